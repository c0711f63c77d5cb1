/**
 * Per-statement tests of one request (resource, principal, conditions). Hot path: no regex and no
 * allocation; action matching is done once per action by `EnginePolicy.forAction`.
 */
import * as CP from './compile';
import type { CompiledStatement } from './compile';
import * as M from './match';
import type { RequestContextView } from './match';
import type { RequestPrincipal } from './model';
import * as P from './principal';
import type { PrincipalVia } from './principal';

// Module-local copies: an imported binding is read through a getter per use when modules are transpiled one
// by one (tsx, ts-jest), not a constant.
const { MATCH, UNRESOLVED } = M;
const { SURE_PREFIX } = CP;
const { excludedByNotPrincipal, matchPrincipal, namedByNotPrincipal } = P;

/** Per-request facts shared by every statement test. */
export interface EvalInput {
  /** Lower-cased `service:action`. */
  readonly action: string;
  /** The action as the request spelled it, for human-readable evidence. */
  readonly requestedAction: string;
  /** Lower-cased service prefix. */
  readonly service: string;
  readonly resource: string;
  /** Index where the resource's sixth ARN part starts (after its fifth colon), -1 when it has fewer parts. */
  readonly resourcePart: number;
  readonly ctx: RequestContextView;
  readonly principal: RequestPrincipal;
  readonly roleKey?: string;
  /** A permissions boundary is attached to the caller (changes `Deny` + `NotPrincipal`). */
  readonly hasBoundary: boolean;
  /** SCPs do not apply to this request (service-linked role caller). */
  readonly scpExempt: boolean;
  /** RCPs do not apply to this request (service-linked role caller or trust, `kms:RetireGrant`). */
  readonly rcpExempt: boolean;
}

/**
 * Index after the fifth colon of an ARN (where its sixth part, the resource, starts), or -1 when it has fewer
 * than five colons (`*`, a short or malformed ARN).
 * @param value requested resource
 */
export function resourcePartStart(value: string): number {
  let at = -1;
  for (let n = 0; n < 5; n++) {
    at = value.indexOf(':', at + 1);
    if (at < 0) return -1;
  }
  return at + 1;
}

/**
 * Resource / NotResource test. A policy variable that cannot be resolved makes the comparison fail (IAM
 * User Guide, "IAM policy elements: Variables and tags": an unresolvable variable makes the match fail): in
 * `Resource` the pattern does not match; in `NotResource` the statement does not apply at all, so a failed
 * comparison never inverts into a match (the same rule the condition operators follow, negated ones too).
 */
export function resourceMatches(s: CompiledStatement, input: EvalInput): boolean {
  const list = s.resources;
  if (list === undefined) return true;
  const value = input.resource;
  const negated = s.notResource;
  const rs = input.resourcePart;
  for (let i = 0; i < list.length; i++) {
    const r = list[i];
    if (r.any) return !negated;
    // One character of the literal head and one of the resource part's literal start reject most patterns.
    if (
      (r.probe >= 0 && value.charCodeAt(r.probe) !== r.probeCode) ||
      (r.resProbeCode >= 0 && (rs < 0 || value.charCodeAt(rs + r.resProbe) !== r.resProbeCode))
    ) {
      if (negated && r.arn.dynamic && r.arn.unresolved(input.ctx)) return false;
      continue;
    }
    // The simplest static patterns are decided by their literal head (compile.ts `sure`); the others by their
    // matcher. (A string builtin costs about as much as the matcher's own checks: no further pre-filter.)
    const sure = r.sure;
    if (sure !== 0) {
      if ((sure === SURE_PREFIX || value.length === r.head.length) && value.startsWith(r.head)) return !negated;
      continue;
    }
    const outcome = r.arn.outcome(value, input.ctx);
    if (outcome === MATCH) return !negated;
    if (outcome === UNRESOLVED && negated) return false;
  }
  return negated;
}

/** Principal / NotPrincipal test; statements without either (identity-type policies) match `direct`. */
export function principalVia(s: CompiledStatement, input: EvalInput): PrincipalVia {
  if (s.principal) return matchPrincipal(s.principal, input.principal, input);
  if (s.notPrincipal) {
    // IAM User Guide, permissions boundaries: a Deny with NotPrincipal always denies a principal that
    // has a permissions boundary attached, whatever NotPrincipal lists.
    if (!s.allow && input.hasBoundary) return 'direct';
    // NotPrincipal with Allow is unsupported (IAM User Guide, NotPrincipal): it never grants a caller it names.
    if (s.allow) return namedByNotPrincipal(s.notPrincipal, input.principal, input) ? 'none' : 'direct';
    return excludedByNotPrincipal(s.notPrincipal, input.principal, input) ? 'none' : 'direct';
  }
  return 'direct';
}

/** Index of the first failing condition, or -1 when all pass (conditions are ANDed). */
export function failingCondition(s: CompiledStatement, ctx: RequestContextView): number {
  const conds = s.conditions;
  for (let i = 0; i < conds.length; i++) if (!conds[i].test(ctx)) return i;
  return -1;
}

/**
 * How a statement already known to match the action applies to the request: its principal match, or
 * `none` when its resource, principal or conditions do not match.
 */
export function statementAppliesToAction(s: CompiledStatement, input: EvalInput): PrincipalVia {
  if (!resourceMatches(s, input)) return 'none';
  const via = principalVia(s, input);
  if (via === 'none') return 'none';
  return failingCondition(s, input.ctx) < 0 ? via : 'none';
}
