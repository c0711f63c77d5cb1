/**
 * Suppressions: ignore rules for findings (from events and sweeps alike), by check ID, target ARN (glob:
 * `*` any run of characters, `?` one character, case-sensitive like ARNs) and/or fingerprint, each with a
 * reason and an optional expiry. Every criterion a rule sets must match. Pure: the handlers
 * (lambda/handlers/pipeline.ts) and the CLI (lambda/cli/pipeline.ts) both call {@link applySuppressions}.
 */
import { err, ok, type Result } from '../result';
import { compileGlob, matchGlob } from '../policy/match/wildcard';
import type { Finding } from './types';

/** One suppression rule. */
export interface Suppression {
  /** Name shown in logs. */
  readonly id: string;
  readonly checkId?: string;
  /** Glob over the finding's function ARN (or its principal ARN, or its resource when it has neither). */
  readonly target?: string;
  readonly fingerprint?: string;
  /** Why it is suppressed (required: the log says it). */
  readonly reason: string;
  /** ISO 8601 date or time; from then on the rule no longer applies (and the log says so). */
  readonly expires?: string;
}

/** A suppressions document that could not be used. */
export interface SuppressionError {
  readonly code: 'INVALID_SUPPRESSIONS';
  readonly message: string;
}

/** Findings split by the rules. */
export interface SuppressionOutcome {
  readonly kept: readonly Finding[];
  readonly suppressed: readonly { readonly finding: Finding; readonly rule: Suppression }[];
  /** Rules past their expiry (they matched nothing). */
  readonly expired: readonly Suppression[];
}

const fail = (message: string): Result<never, SuppressionError> => err({ code: 'INVALID_SUPPRESSIONS', message });

function parseRule(raw: unknown, i: number): Result<Suppression, SuppressionError> {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return fail(`rule ${i} is not an object.`);
  const r = raw as Record<string, unknown>;
  for (const key of ['id', 'checkId', 'target', 'fingerprint', 'reason', 'expires']) {
    if (r[key] !== undefined && typeof r[key] !== 'string') return fail(`rule ${i}: ${key} must be a string.`);
  }
  const id = typeof r.id === 'string' && r.id !== '' ? r.id : `suppression-${i}`;
  if (typeof r.reason !== 'string' || r.reason.trim() === '') return fail(`rule ${id}: a reason is required.`);
  if (r.checkId === undefined && r.target === undefined && r.fingerprint === undefined) {
    return fail(
      `rule ${id}: set at least one of checkId, target, fingerprint (a rule matching everything is refused).`,
    );
  }
  if (typeof r.expires === 'string' && Number.isNaN(Date.parse(r.expires))) {
    return fail(`rule ${id}: expires ${JSON.stringify(r.expires)} is not an ISO 8601 date, e.g. "2027-01-31".`);
  }
  return ok({ ...(r as unknown as Suppression), id });
}

/** Validates a parsed JSON document (an array of rules). Errors are returned as data. */
export function parseSuppressions(raw: unknown): Result<Suppression[], SuppressionError> {
  if (!Array.isArray(raw)) return fail('suppressions must be a JSON array of rules.');
  const rules: Suppression[] = [];
  for (const [i, item] of raw.entries()) {
    const rule = parseRule(item, i);
    if (!rule.ok) return rule;
    rules.push(rule.value);
  }
  return ok(rules);
}

function targetOf(f: Finding): string | undefined {
  return f.function?.arn || f.principal || f.resource;
}

/** True when every criterion `rule` sets matches `finding` (expiry not considered). */
export function suppressionMatches(rule: Suppression, finding: Finding): boolean {
  if (rule.checkId !== undefined && rule.checkId !== finding.checkId) return false;
  if (rule.fingerprint !== undefined && rule.fingerprint !== finding.fingerprint) return false;
  if (rule.target !== undefined) {
    const target = targetOf(finding);
    if (target === undefined || !matchGlob(compileGlob(rule.target), target)) return false;
  }
  return true;
}

/** True once `now` is at or past the rule's expiry. */
export function suppressionExpired(rule: Suppression, now: Date): boolean {
  return rule.expires !== undefined && Date.parse(rule.expires) <= now.getTime();
}

/** Splits `findings` into kept and suppressed (first live matching rule wins); lists expired rules. */
export function applySuppressions(
  findings: readonly Finding[],
  rules: readonly Suppression[],
  now: Date,
): SuppressionOutcome {
  const live = rules.filter((r) => !suppressionExpired(r, now));
  const kept: Finding[] = [];
  const suppressed: { finding: Finding; rule: Suppression }[] = [];
  for (const finding of findings) {
    const rule = live.find((r) => suppressionMatches(r, finding));
    if (rule) suppressed.push({ finding, rule });
    else kept.push(finding);
  }
  return { kept, suppressed, expired: rules.filter((r) => suppressionExpired(r, now)) };
}
