/**
 * Runs checks over a snapshot. A throwing check becomes a `check-error` finding; it never stops the
 * audit. Results are deterministic and findings sorted.
 */
import { fingerprint } from '../findings/fingerprint';
import { sortFindings } from '../findings/sort';
import type { Finding } from '../findings/types';
import type { DeniedRequest } from '../cloudtrail/types';
import type { Check, CheckInput, CheckStatus } from './types';

/** The outcome of one check on one target. */
export interface CheckRun {
  readonly checkId: string;
  /** Function ARN for function-scoped checks, `account` or `event` otherwise. */
  readonly target: string;
  readonly status: CheckStatus | 'error';
  readonly findingCount: number;
  readonly notes: readonly string[];
  /** Message of the error a check threw. */
  readonly error?: string;
}

/** The result of an audit. */
export interface AuditReport {
  readonly findings: readonly Finding[];
  readonly runs: readonly CheckRun[];
}

/** What to audit. */
export interface RunOptions extends Omit<CheckInput, 'fn'> {
  /** Restrict function-scoped checks to these function names or ARNs (default: all). */
  readonly functions?: readonly string[];
  /** Called after each check run (progress bars). */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Runs `checks` on the snapshot in `options` and returns sorted findings and per-run statuses. */
export function runChecks(checks: readonly Check[], options: RunOptions): AuditReport {
  const targets = planRuns(checks, options);
  const findings: Finding[] = [];
  const runs: CheckRun[] = [];
  targets.forEach(({ check, input, target }, i) => {
    const run = skipIgnored(check, input.denial) ?? runOne(check, input, target);
    runs.push(run.run);
    findings.push(...run.findings);
    options.onProgress?.(i + 1, targets.length);
  });
  return { findings: sortFindings(findings), runs };
}

interface PlannedRun {
  readonly check: Check;
  readonly input: CheckInput;
  readonly target: string;
}

function planRuns(checks: readonly Check[], options: RunOptions): PlannedRun[] {
  const wanted = options.functions;
  const functions = options.snapshot.functions.filter(
    (fn) => !wanted || wanted.includes(fn.name) || wanted.includes(fn.arn),
  );
  const base: CheckInput = {
    snapshot: options.snapshot,
    denial: options.denial,
    catalog: options.catalog,
    now: options.now,
    ...(options.settings ? { settings: options.settings } : {}),
  };
  const planned: PlannedRun[] = [];
  for (const check of checks) {
    if (check.scope === 'function') {
      for (const fn of functions) planned.push({ check, input: { ...base, fn }, target: fn.arn });
    } else if (check.scope === 'event') {
      if (options.denial) planned.push({ check, input: base, target: 'event' });
    } else {
      planned.push({ check, input: base, target: 'account' });
    }
  }
  return planned;
}

/**
 * A denial that matched an ignore rule is counted, never alerted: no event check runs on it (each is
 * recorded as not applicable, with the rule that matched).
 */
function skipIgnored(
  check: Check,
  denial: DeniedRequest | undefined,
): { run: CheckRun; findings: readonly Finding[] } | undefined {
  const ignored = check.scope === 'event' ? denial?.classification.ignoredBy : undefined;
  if (!ignored) return undefined;
  const note = `The denial matched ignore rule ${ignored.rule} (${ignored.reason}).`;
  return {
    run: { checkId: check.id, target: 'event', status: 'not-applicable', findingCount: 0, notes: [note] },
    findings: [],
  };
}

function runOne(check: Check, input: CheckInput, target: string): { run: CheckRun; findings: readonly Finding[] } {
  try {
    const result = check.run(input);
    return {
      run: {
        checkId: check.id,
        target,
        status: result.status,
        findingCount: result.findings.length,
        notes: result.notes ?? [],
      },
      findings: result.findings,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      run: { checkId: check.id, target, status: 'error', findingCount: 1, notes: [], error: message },
      findings: [checkErrorFinding(check, input, target, message)],
    };
  }
}

function checkErrorFinding(check: Check, input: CheckInput, target: string, message: string): Finding {
  const fn = input.fn;
  return {
    checkId: 'LAA-CHECK-ERROR',
    category: 'check-error',
    severity: 'medium',
    function: fn ? { name: fn.name, arn: fn.arn, account: fn.accountId, region: fn.region } : undefined,
    title: `Check ${check.id} failed to run: the result for this target is unknown`,
    explanation: {
      summary: `The check "${check.title}" threw an error, so it could not say whether ${fn ? fn.name : target} is affected.`,
      statements: [],
      nearMisses: [],
      details: [`Error: ${message}`],
    },
    fix: {
      summary: 'Report this as a bug of lambda-access-auditor with the snapshot (it holds no secrets).',
      notes: ['Other checks ran normally; only this check on this target is missing.'],
    },
    references: [{ title: check.title, url: check.docsUrl }],
    fingerprint: fingerprint({ checkId: 'LAA-CHECK-ERROR', functionArn: fn?.arn, cause: `${check.id}:${target}` }),
  };
}
