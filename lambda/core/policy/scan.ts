/**
 * Per-statement tests of one request (resource, principal, conditions). Hot path: no regex and no
 * allocation; action matching is done once per action by `EnginePolicy.forAction`.
 */
import type { CompiledStatement } from './compile';
import type { RequestContextView } from './match';
import type { RequestPrincipal } from './model';
import { excludedByNotPrincipal, matchPrincipal, type PrincipalVia } from './principal';

/** Per-request facts shared by every statement test. */
export interface EvalInput {
  /** Lower-cased `service:action`. */
  readonly action: string;
  /** The action as the request spelled it, for human-readable evidence. */
  readonly requestedAction: string;
  /** Lower-cased service prefix. */
  readonly service: string;
  readonly resource: string;
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

/** Resource / NotResource test. */
export function resourceMatches(s: CompiledStatement, input: EvalInput): boolean {
  const list = s.resources;
  if (list === undefined) return true;
  const value = input.resource;
  let hit = false;
  for (const r of list) {
    if (r.any) {
      hit = true;
      break;
    }
    if (!value.startsWith(r.head) || (r.tail.length > 0 && !value.includes(r.tail))) continue;
    if (r.match(value, input.ctx)) {
      hit = true;
      break;
    }
  }
  return hit !== s.notResource;
}

/** Principal / NotPrincipal test; statements without either (identity-type policies) match `direct`. */
export function principalVia(s: CompiledStatement, input: EvalInput): PrincipalVia {
  if (s.principal) return matchPrincipal(s.principal, input.principal, input.roleKey);
  if (s.notPrincipal) {
    // IAM User Guide, permissions boundaries: a Deny with NotPrincipal always denies a principal that
    // has a permissions boundary attached, whatever NotPrincipal lists.
    if (!s.allow && input.hasBoundary) return 'direct';
    return excludedByNotPrincipal(s.notPrincipal, input.principal, input.roleKey) ? 'none' : 'direct';
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
