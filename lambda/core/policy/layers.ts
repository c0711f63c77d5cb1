/**
 * Evaluates every policy layer of a {@link PolicySet} for one request and returns one
 * {@link LayerResult} per policy type, in AWS's evaluation order.
 */
import { enginePolicy, type EnginePolicy } from './compile';
import type { LayerResult, PolicySet, PolicyType, StatementRef } from './model';
import type { PrincipalVia } from './principal';
import { scan, type EvalInput } from './scan';

/** A layer's result plus what evaluation needs beyond the public shape. */
export interface LayerEval extends LayerResult {
  readonly present: boolean;
  readonly allows: readonly StatementRef[];
  readonly denies: readonly StatementRef[];
  /** Resource layer: how the strongest Allow named the caller. */
  readonly via: PrincipalVia;
  /** SCP / RCP: index of the first organization level without an Allow. */
  readonly failedLevel?: number;
  /** The compiled policies of the layer (for near misses). */
  readonly policies: readonly EnginePolicy[];
}

const EMPTY: readonly StatementRef[] = [];

function notPresent(type: PolicyType): LayerEval {
  return { type, outcome: 'not-present', matched: EMPTY, present: false, allows: EMPTY, denies: EMPTY, via: 'none', policies: [] };
}

function single(type: PolicyType, policies: readonly EnginePolicy[], input: EvalInput): LayerEval {
  const r = scan(policies, input);
  const outcome = r.denies.length > 0 ? 'explicit-deny' : r.allows.length > 0 ? 'allow' : 'no-allow';
  const matched = r.denies.length === 0 ? r.allows : r.allows.length === 0 ? r.denies : [...r.denies, ...r.allows];
  return { type, outcome, matched, present: true, allows: r.allows, denies: r.denies, via: r.via, policies };
}

/** SCP / RCP hierarchy: every level must allow; a deny at any level denies. */
function levels(type: 'scp' | 'rcp', lv: readonly (readonly EnginePolicy[])[], input: EvalInput): LayerEval {
  const allows: StatementRef[] = [];
  const denies: StatementRef[] = [];
  let failedLevel: number | undefined;
  lv.forEach((policies, i) => {
    const r = scan(policies, input);
    allows.push(...r.allows);
    denies.push(...r.denies);
    if (r.allows.length === 0 && failedLevel === undefined) failedLevel = i;
  });
  const outcome = denies.length > 0 ? 'explicit-deny' : failedLevel !== undefined ? 'no-allow' : 'allow';
  const policies = failedLevel !== undefined ? lv[failedLevel] : lv.flat();
  return {
    type,
    outcome,
    matched: [...denies, ...allows],
    present: true,
    allows,
    denies,
    via: 'none',
    ...(failedLevel !== undefined ? { failedLevel } : {}),
    policies,
  };
}

/** Whether the caller has identity-based policies at all (services and anonymous callers do not). */
export function hasIdentityLayer(input: EvalInput, set: PolicySet): boolean {
  const k = input.principal.kind;
  if (k === 'service' || k === 'anonymous') return false;
  return k !== 'federated' || set.identity.length > 0;
}

/** All layers of a request, keyed by role in the decision. */
export interface Layers {
  readonly rcp: LayerEval;
  readonly scp: LayerEval;
  readonly vpc: LayerEval;
  readonly resource: LayerEval;
  readonly identity: LayerEval;
  readonly boundary: LayerEval;
  readonly session: LayerEval;
}

const compiledLevels = (lv: readonly (readonly { parsed: unknown }[])[] | undefined): EnginePolicy[][] =>
  (lv ?? []).map((l) => l.map((p) => enginePolicy(p as never)));

/**
 * Evaluates all layers of a policy set.
 * @param set the policies the request meets
 * @param input request facts
 */
export function evaluateLayers(set: PolicySet, input: EvalInput): Layers {
  const rcpLv = set.rcpLevels && set.rcpLevels.length > 0 ? compiledLevels(set.rcpLevels) : undefined;
  const scpLv = set.scpLevels && set.scpLevels.length > 0 ? compiledLevels(set.scpLevels) : undefined;
  const resType: PolicyType = set.resource?.parsed.source.type === 'trust' ? 'trust' : 'resource';
  const identity = hasIdentityLayer(input, set) ? single('identity', set.identity.map(enginePolicy), input) : notPresent('identity');
  return {
    rcp: rcpLv ? levels('rcp', rcpLv, input) : notPresent('rcp'),
    scp: scpLv ? levels('scp', scpLv, input) : notPresent('scp'),
    vpc: set.vpcEndpoint ? single('vpc-endpoint', [enginePolicy(set.vpcEndpoint)], input) : notPresent('vpc-endpoint'),
    resource: set.resource ? single(resType, [enginePolicy(set.resource)], input) : notPresent(resType),
    identity,
    boundary: set.permissionsBoundary && identity.present
      ? single('permissions-boundary', [enginePolicy(set.permissionsBoundary)], input)
      : notPresent('permissions-boundary'),
    session: set.sessionPolicies && set.sessionPolicies.length > 0 && identity.present
      ? single('session', set.sessionPolicies.map(enginePolicy), input)
      : notPresent('session'),
  };
}

/** Layers in AWS's evaluation order (the order of `Decision.layers`). */
export function orderedLayers(l: Layers): LayerEval[] {
  return [l.rcp, l.scp, l.vpc, l.resource, l.identity, l.boundary, l.session];
}
