/**
 * The audit pipeline every command shares: CloudTrail input → denials, then the checks (sweep over
 * functions and account, event checks once per denial), merged into one sorted report.
 */
import { gunzipSync } from 'node:zlib';
import { runChecks, type AuditReport, type CheckRun } from '../core/checks/runner';
import type { Check } from '../core/checks/types';
import type { CloudTrailParseError, DeniedRequest } from '../core/cloudtrail/types';
import { sortFindings } from '../core/findings/sort';
import { applySuppressions, type Suppression } from '../core/findings/suppress';
import type { Finding } from '../core/findings/types';
import type { ActionCatalog } from '../core/policy/model';
import type { Snapshot } from '../core/snapshot/types';
import type { CliDeps } from './deps';

/** A CloudTrail input that did not yield a denial. */
export interface RejectedEvent {
  /** Which input: file name plus record index. */
  readonly source: string;
  readonly error: CloudTrailParseError;
}

/** Denials parsed from CloudTrail input. */
export interface ParsedEvents {
  readonly denials: readonly DeniedRequest[];
  readonly rejected: readonly RejectedEvent[];
}

function isGzip(buf: Buffer): boolean {
  return buf.length > 2 && buf[0] === 0x1f && buf[1] === 0x8b;
}

/**
 * Parses an event file: an EventBridge envelope or bare CloudTrail record, a JSON array of those, or a
 * CloudTrail log file (`{"Records": [...]}`, plain or gzipped). Bad records are returned, not thrown.
 */
export function parseEventFile(deps: CliDeps, content: Buffer, source: string): ParsedEvents {
  const denials: DeniedRequest[] = [];
  const rejected: RejectedEvent[] = [];
  const text = isGzip(content) ? gunzipSync(content).toString('utf8') : content.toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch (error) {
    return { denials, rejected: [{ source, error: { code: 'INVALID_JSON', message: (error as Error).message } }] };
  }
  const collect = (r: ReturnType<CliDeps['parseDenial']>, where: string): void => {
    if (r.ok) denials.push(r.value);
    else rejected.push({ source: where, error: r.error });
  };
  if (json !== null && typeof json === 'object' && Array.isArray((json as { Records?: unknown }).Records)) {
    const file = deps.parseLogFile(text);
    if (!file.ok) return { denials, rejected: [{ source, error: file.error }] };
    file.value.forEach((r, i) => collect(r, `${source} Records[${i}]`));
  } else if (Array.isArray(json)) {
    json.forEach((item, i) => collect(deps.parseDenial(item), `${source}[${i}]`));
  } else {
    collect(deps.parseDenial(json), source);
  }
  return { denials, rejected };
}

/** What to audit. */
export interface AuditRequest {
  readonly snapshot: Snapshot;
  readonly denials: readonly DeniedRequest[];
  /** Run function- and account-scoped checks (false: only event checks, e.g. `explain`). */
  readonly sweep: boolean;
  /** Audit only these functions (names/ARNs): function-scoped checks only, no account-wide ones. */
  readonly functions?: readonly string[];
  readonly now: Date;
  readonly catalog?: ActionCatalog;
  /** Optional checks to run too (from `--check ID`). */
  readonly extraChecks?: readonly Check[];
  /** Ignore rules for findings (`--suppressions`): matching findings leave `findings`. */
  readonly suppressions?: readonly Suppression[];
  /** Progress of the sweep's check runs. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** The merged result, plus per-denial findings for the demo's self-check. */
export interface AuditOutcome extends AuditReport {
  /** The checks that ran (default + optional). */
  readonly checks: readonly Check[];
  readonly functionsAudited: number;
  readonly perDenial: readonly { readonly denial: DeniedRequest; readonly findings: readonly Finding[] }[];
  readonly sweepFindings: readonly Finding[];
  /** Findings removed by a live suppression, with the rule. */
  readonly suppressed: readonly { readonly finding: Finding; readonly rule: Suppression }[];
  /** Suppressions past their expiry (not applied). */
  readonly expiredSuppressions: readonly Suppression[];
}

/** Runs the checks of `deps` as described by `request`. Deterministic for the same inputs. */
export function runAudit(deps: CliDeps, request: AuditRequest): AuditOutcome {
  const { snapshot, now, catalog, functions } = request;
  const checks = [...deps.checks, ...(request.extraChecks ?? [])];
  const runs: CheckRun[] = [];
  let sweepFindings: readonly Finding[] = [];
  if (request.sweep) {
    const sweep = runChecks(
      // Account-wide checks (deployers, hygiene) are not about the functions asked for: skip them then.
      checks.filter((c) => (functions ? c.scope === 'function' : c.scope !== 'event')),
      { snapshot, now, catalog, functions, onProgress: request.onProgress },
    );
    sweepFindings = sweep.findings;
    runs.push(...sweep.runs);
  }
  const eventChecks = checks.filter((c) => c.scope === 'event');
  const perDenial = request.denials.map((denial) => {
    const report = runChecks(eventChecks, { snapshot, now, catalog, denial });
    runs.push(...report.runs);
    return { denial, findings: report.findings };
  });
  const all = sortFindings([...sweepFindings, ...perDenial.flatMap((d) => d.findings)]);
  const { kept: findings, suppressed, expired } = applySuppressions(all, request.suppressions ?? [], now);
  const wanted = functions;
  const functionsAudited = request.sweep
    ? snapshot.functions.filter((fn) => !wanted || wanted.includes(fn.name) || wanted.includes(fn.arn)).length
    : 0;
  return {
    findings,
    runs,
    functionsAudited,
    perDenial,
    sweepFindings,
    checks,
    suppressed,
    expiredSuppressions: expired,
  };
}
