/**
 * The fast path of `evaluate`: each layer is summarized as one small integer (verdict.ts: does a Deny match,
 * does an Allow match, how a resource policy named the caller) instead of lists of matching statements. A
 * layer stops testing Allow statements at the first match that settles it, and nothing is allocated. The
 * statement lists (`Decision.deciding`, `layers`) are built by the detailed path (layers.ts) when read.
 */
import type { EnginePolicy } from './compile';
import * as L from './layers';
import type { PolicySet } from './model';
import type { PrincipalVia } from './principal';
import type { RequestFacts } from './request-facts';
import { statementAppliesToAction } from './scan';
import * as V from './verdict';

// Module-local copies: an imported binding is a property read through a getter per use when modules are
// transpiled one by one (tsx, ts-jest), not a constant.
const { ALLOW, BND, DENY, ID, LAYER_COUNT, PRESENT, RCP, RES, SCP, SES, STMT, VPC } = V;
const { VIA_ACCOUNT, VIA_DIRECT, VIA_NONE, VIA_ROLE } = V;
const applies = statementAppliesToAction;
const { hasIdentityLayer, prepare } = L;

const RANK: Record<PrincipalVia, number> = { none: VIA_NONE, account: VIA_ACCOUNT, role: VIA_ROLE, direct: VIA_DIRECT };

/** Per-layer summaries of the last {@link summarize} call, by layer index (reused: valid until the next call). */
export const codes = new Int32Array(LAYER_COUNT);

/** The summaries of one request, besides {@link codes}. */
export interface Summary {
  /** Rank of the resource layer's strongest Allow (verdict.ts `VIA_…`). */
  via: number;
  /** The resource layer is a role's trust policy. */
  trust: boolean;
  /** The KMS key policy applies but was not supplied (`LayerResult.outcome` `unknown`). */
  unknownKeyPolicy: boolean;
}

const summary: Summary = { via: VIA_NONE, trust: false, unknownKeyPolicy: false };
let lastVia = VIA_NONE;

/**
 * Summary of one layer (or one SCP / RCP level); leaves the strongest Allow's rank in `lastVia`. A layer with
 * a matching Deny skips its Allow statements (an explicit deny decides whatever they say); without `wantVia`
 * the first matching Allow settles the layer.
 */
function layer(policies: readonly EnginePolicy[], input: RequestFacts, wantVia: boolean): number {
  let code = PRESENT;
  let best = VIA_NONE;
  for (let k = 0; k < policies.length; k++) {
    const { allows, denies } = policies[k].statementsFor(input.key);
    for (let i = 0; i < denies.length && (code & DENY) === 0; i++)
      if (applies(denies[i], input) !== 'none') code |= DENY;
    for (let i = 0; i < allows.length && (code & DENY) === 0 && best < VIA_DIRECT; i++) {
      const v = applies(allows[i], input);
      if (v === 'none') continue;
      code |= ALLOW | STMT;
      best = wantVia ? Math.max(best, RANK[v]) : VIA_DIRECT;
    }
  }
  lastVia = best;
  return code;
}

/**
 * SCP / RCP hierarchy: a Deny at any level denies; SCPs allow only when every level allows, RCP levels always
 * allow (RCPFullAWSAccess cannot be detached, Organizations UG "RCP evaluation"; layers.ts `scanLevels`).
 */
function levels(all: readonly (readonly EnginePolicy[])[], input: RequestFacts, scp: boolean): number {
  let code = PRESENT | ALLOW;
  for (let i = 0; i < all.length; i++) {
    const c = layer(all[i], input, false);
    code |= c & (DENY | STMT);
    if (scp && (c & STMT) === 0) code &= ~ALLOW;
  }
  return code;
}

/**
 * Summarizes every layer of a policy set for one request into {@link codes} (same layer rules as
 * `evaluateLayers`, layers.ts, including the KMS key-policy layer of `withKeyPolicyLayer`).
 * @param set the policies the request meets
 * @param f request facts
 * @returns the other summaries (a reused object: valid until the next call)
 */
export function summarize(set: PolicySet, f: RequestFacts): Summary {
  const p = prepare(set);
  const hasIdentity = hasIdentityLayer(f, set);
  codes[RCP] = p.rcp && !f.rcpExempt ? levels(p.rcp, f, false) : 0;
  codes[SCP] = p.scp && hasIdentity && !f.scpExempt ? levels(p.scp, f, true) : 0;
  codes[VPC] = p.vpc ? layer(p.vpc, f, false) : 0;
  codes[RES] = p.resource ? layer(p.resource, f, true) : 0;
  summary.via = p.resource ? lastVia : VIA_NONE;
  codes[ID] = hasIdentity ? layer(p.identity, f, false) : 0;
  codes[BND] = p.boundary && hasIdentity ? layer(p.boundary, f, false) : 0;
  codes[SES] = p.session && hasIdentity ? layer(p.session, f, false) : 0;
  summary.trust = p.resourceType === 'trust';
  summary.unknownKeyPolicy = false;
  const missing = f.missingKeyPolicy;
  if (missing !== undefined && !p.resource) {
    if (missing === 'unknown') summary.unknownKeyPolicy = true;
    else codes[RES] = missing === 'none' ? PRESENT : PRESENT | ALLOW;
    // A grant names its grantee principal directly (KMS Developer Guide, "Grants in AWS KMS").
    if (missing === 'grants-cover') summary.via = VIA_DIRECT;
  }
  return summary;
}
