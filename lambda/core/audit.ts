/**
 * The one audit entry point: `audit(snapshot, denials, options)`. The Lambda handlers, the CLI, the demo,
 * the tests and the benches all call it, so an event, a sweep and a local run are analysed the same way.
 *
 * Pure: no AWS SDK, no clock, no environment. Given the same snapshot, denials and options it returns the
 * same findings, sorted highest severity first.
 */
import { CHECKS } from './checks/registry';
import { runChecks, type CheckRun } from './checks/runner';
import type { Check, CheckSettings } from './checks/types';
import type { DeniedRequest } from './cloudtrail/types';
import { withAwsWord } from './findings/aws-word';
import { sortFindings } from './findings/sort';
import { applySuppressions, type Suppression } from './findings/suppress';
import type { Finding } from './findings/types';
import type { ActionCatalog } from './policy/model';
import type { FunctionInfo, Snapshot } from './snapshot/types';

/**
 * Which functions get the function-scoped checks: every function of the snapshot (`'all'`), none
 * (`'none'`, e.g. `explain`), or the named ones (names or ARNs).
 */
export type FunctionSelection = 'all' | 'none' | readonly string[];

/** How to audit. Only `now` is required. */
export interface AuditOptions {
  /** Time of the audit (UTC): "recent change" windows are measured from it. Never read from the clock here. */
  readonly now: Date;
  /** IAM action catalog: fixes name only actions it knows. Pass one from every entry point. */
  readonly catalog?: ActionCatalog;
  /** The checks to run. @default CHECKS (the registry's default list) */
  readonly checks?: readonly Check[];
  /** Optional checks enabled in addition (e.g. `--check ID`). @default [] */
  readonly extraChecks?: readonly Check[];
  /** Functions that get the function-scoped checks. @default 'all' */
  readonly functions?: FunctionSelection;
  /**
   * Run the account-scoped checks (deployer keys, deprecated policies, the auditor's own denied reads).
   * @default true when `functions` is `'all'`, false otherwise (they are not about the functions named)
   */
  readonly accountChecks?: boolean;
  /** Ignore rules for findings: matching findings leave `findings` (listed in `suppressed`). @default [] */
  readonly suppressions?: readonly Suppression[];
  /** Settings the checks read (e.g. the severity of console read denials). @default {} */
  readonly settings?: CheckSettings;
  /** Called after each function- or account-scoped check run (progress bars). */
  readonly onProgress?: (done: number, total: number) => void;
}

/** The findings of one denial's event checks. */
export interface DenialFindings {
  readonly denial: DeniedRequest;
  readonly findings: readonly Finding[];
}

/** What an audit returns. */
export interface AuditResult {
  /** Every finding, sorted (severity, then check, then function). */
  readonly findings: readonly Finding[];
  /** One entry per check run, with its status and notes. */
  readonly runs: readonly CheckRun[];
  /** The checks that ran (defaults plus the enabled optional ones). */
  readonly checks: readonly Check[];
  /** Number of functions the function-scoped checks ran on. */
  readonly functionsAudited: number;
  /** Findings of the function- and account-scoped checks. */
  readonly sweepFindings: readonly Finding[];
  /** Findings of the event checks, per denial, in input order (before suppressions). */
  readonly perDenial: readonly DenialFindings[];
  /** Findings a live suppression removed, with the rule. */
  readonly suppressed: readonly { readonly finding: Finding; readonly rule: Suppression }[];
  /** Suppressions past their expiry (not applied). */
  readonly expiredSuppressions: readonly Suppression[];
}

/**
 * Audits `snapshot`: function-scoped checks on the selected functions, account-scoped checks when asked,
 * then the event checks once for each denial, then the suppressions. A throwing check becomes a
 * `LAA-CHECK-ERROR` finding.
 */
export function audit(snapshot: Snapshot, denials: readonly DeniedRequest[], options: AuditOptions): AuditResult {
  const checks = [...(options.checks ?? CHECKS), ...(options.extraChecks ?? [])];
  const selection = options.functions ?? 'all';
  const accountChecks = options.accountChecks ?? selection === 'all';
  const functions = selectFunctions(snapshot, selection);
  const { now, catalog, settings } = options;
  const sweepChecks = checks.filter(
    (c) => (c.scope === 'function' && functions.length > 0) || (c.scope === 'account' && accountChecks),
  );
  const sweep = runChecks(sweepChecks, {
    snapshot,
    now,
    catalog,
    settings,
    functions: functions.map((fn) => fn.arn),
    onProgress: options.onProgress,
  });
  const eventChecks = checks.filter((c) => c.scope === 'event');
  const runs: CheckRun[] = [...sweep.runs];
  const perDenial = denials.map((denial): DenialFindings => {
    const report = runChecks(eventChecks, { snapshot, now, catalog, settings, denial });
    runs.push(...report.runs);
    // AWS's word first: a fix aimed at another layer than the one AWS named says so (findings/aws-word.ts).
    return { denial, findings: report.findings.map((f) => withAwsWord(f, denial)) };
  });
  const all = sortFindings([...sweep.findings, ...perDenial.flatMap((d) => d.findings)]);
  const { kept: findings, suppressed, expired } = applySuppressions(all, options.suppressions ?? [], now);
  return {
    findings,
    runs,
    checks,
    functionsAudited: functions.length,
    sweepFindings: sweep.findings,
    perDenial,
    suppressed,
    expiredSuppressions: expired,
  };
}

function selectFunctions(snapshot: Snapshot, selection: FunctionSelection): readonly FunctionInfo[] {
  if (selection === 'all') return snapshot.functions;
  if (selection === 'none') return [];
  return snapshot.functions.filter((fn) => selection.includes(fn.name) || selection.includes(fn.arn));
}
