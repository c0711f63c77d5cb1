/**
 * The decision rule of `evaluate` over per-layer summaries (one small integer per layer), shared by the fast
 * path (which only summarizes each layer: does a Deny match, does an Allow match) and the detailed path (which
 * lists the matching statements). One rule, so both paths decide alike; see the header of evaluate.ts for the
 * AWS documentation each step follows.
 */
import type { LayerEval } from './layers';
import type { DecisionKind } from './model';

/** Layer indexes, in the order of `Decision.layers` (AWS's evaluation order). */
export const RCP = 0;
export const SCP = 1;
export const VPC = 2;
export const RES = 3;
export const ID = 4;
export const BND = 5;
export const SES = 6;
/** Number of layers. */
export const LAYER_COUNT = 7;

/** Summary bit: the layer applies to the request (its policies were supplied). */
export const PRESENT = 1;
/** Summary bit: a Deny statement of the layer matched. */
export const DENY = 2;
/** Summary bit: the layer allows (an Allow matched; SCP / RCP: at every level; a KMS grant covers the caller). */
export const ALLOW = 4;
/** Summary bit: at least one Allow statement of the layer matched. */
export const STMT = 8;

/** How the strongest resource-layer Allow named the caller (`PrincipalVia`), as a rank. */
export const VIA_NONE = 0;
/** The resource policy named the caller's account (delegates to identity policies). */
export const VIA_ACCOUNT = 1;
/** The resource policy named the caller's role ARN (still limited by boundary and session policies). */
export const VIA_ROLE = 2;
/** The resource policy named the caller itself. */
export const VIA_DIRECT = 3;

/** What a request is, beyond its layers, that the rule needs. */
export interface VerdictFacts {
  /** The resource-based policy must allow too (cross-account, trust policy, KMS key policy). */
  readonly resourceRequired: boolean;
  readonly crossAccount: boolean;
  readonly isRoot: boolean;
  readonly federatedUserSession: boolean;
}

/** Outcome kinds, packed into {@link decide}'s result as `kind * 8 + layer`. */
export const ALLOWED = 0;
/** Explicit deny: the layer is the first denying one (SCP, RCP, VPC endpoint, resource, identity, …). */
export const EXPLICIT = 1;
/** Implicit deny: the layer is the one whose missing Allow decided. */
export const IMPLICIT = 2;
/** Allowed by identity policies (deciding: the identity allows, plus the resource allows cross-account). */
export const ALLOWED_BY_IDENTITY = ALLOWED * 8 + ID;

const KINDS: readonly DecisionKind[] = ['Allowed', 'ExplicitlyDenied', 'ImplicitlyDenied'];

/** The public decision kind of a packed outcome. */
export const kindOf = (outcome: number): DecisionKind => KINDS[outcome >> 3];
/** The layer index of a packed outcome. */
export const layerOf = (outcome: number): number => outcome & 7;

// Only one type is named, as in AWS's messages; organization layers first.
const DENY_ORDER = [SCP, RCP, VPC, RES, ID, BND, SES];

const lacksAllow = (code: number): boolean => (code & (PRESENT | ALLOW)) === PRESENT;

/**
 * The decision rule: explicit deny first, then RCP / SCP / VPC endpoint must allow, then resource-based and
 * identity-based grants with boundary and session limits (evaluate.ts header).
 * @param codes one summary per layer (bits {@link PRESENT}, {@link DENY}, {@link ALLOW}, {@link STMT}), by index
 * @param via rank of the resource layer's strongest Allow ({@link VIA_DIRECT} …)
 * @param f request facts
 * @returns `kind * 8 + layer`: see {@link kindOf} and {@link layerOf}
 */
export function decide(codes: ArrayLike<number>, via: number, f: VerdictFacts): number {
  for (let i = 0; i < DENY_ORDER.length; i++)
    if ((codes[DENY_ORDER[i]] & DENY) !== 0) return EXPLICIT * 8 + DENY_ORDER[i];
  if (lacksAllow(codes[RCP])) return IMPLICIT * 8 + RCP;
  if (lacksAllow(codes[SCP])) return IMPLICIT * 8 + SCP;
  if (lacksAllow(codes[VPC])) return IMPLICIT * 8 + VPC;
  const res = codes[RES];
  const resAllows = (res & (STMT | ALLOW)) !== 0;
  if (!f.crossAccount && resAllows && via === VIA_DIRECT) return ALLOWED * 8 + RES;
  if (!f.crossAccount && resAllows && via === VIA_ROLE) {
    if (lacksAllow(codes[BND])) return IMPLICIT * 8 + BND;
    if (lacksAllow(codes[SES])) return IMPLICIT * 8 + SES;
    return ALLOWED * 8 + RES;
  }
  const id = codes[ID];
  if ((id & PRESENT) === 0) return IMPLICIT * 8 + RES;
  if (!f.isRoot && (id & STMT) === 0) return IMPLICIT * 8 + ID;
  if (lacksAllow(codes[BND])) return IMPLICIT * 8 + BND;
  const ses = codes[SES];
  if (lacksAllow(ses) || (f.federatedUserSession && (ses & PRESENT) === 0)) return IMPLICIT * 8 + SES;
  if (f.resourceRequired && !resAllows) return IMPLICIT * 8 + RES;
  return ALLOWED_BY_IDENTITY;
}

/**
 * The summary of an evaluated layer (detailed path). `unknown` (a KMS key policy not supplied) is not present.
 * @param x the layer
 */
export function codeOf(x: LayerEval): number {
  if (!x.present) return 0;
  return (
    PRESENT | (x.denies.length > 0 ? DENY : 0) | (x.outcome === 'allow' ? ALLOW : 0) | (x.allows.length > 0 ? STMT : 0)
  );
}
