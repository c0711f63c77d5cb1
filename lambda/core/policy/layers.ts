/**
 * Evaluates every policy layer of a {@link PolicySet} for one request, in AWS's evaluation order.
 * Hot path: compiled policy lists are prepared once per policy set; a layer allocates arrays only when
 * a statement matches.
 */
import { enginePolicy, type EnginePolicy } from './compile';
import type { AwsRule, DecisionKind, LayerResult, PolicySet, PolicyType, StatementRef } from './model';
import type { PrincipalVia } from './principal';
import { statementAppliesToAction, type EvalInput } from './scan';

/** The outcome of one layer, with what evaluation and explanation need. */
export interface LayerEval {
  readonly type: PolicyType;
  readonly outcome: LayerResult['outcome'];
  readonly present: boolean;
  readonly allows: readonly StatementRef[];
  readonly denies: readonly StatementRef[];
  /** How the strongest Allow named the caller (`direct` > `role` > `account`); resource layer only. */
  readonly via: PrincipalVia;
  /** SCP / RCP: index of the first organization level without an Allow. */
  readonly failedLevel?: number;
  /** The compiled policies of the layer (the failing level for SCP / RCP), for near misses. */
  readonly policies: readonly EnginePolicy[];
}

const EMPTY: readonly StatementRef[] = [];
const RANK: Record<PrincipalVia, number> = { none: 0, account: 1, role: 2, direct: 3 };

const absent = (type: PolicyType): LayerEval => ({
  type,
  outcome: 'not-present',
  present: false,
  allows: EMPTY,
  denies: EMPTY,
  via: 'none',
  policies: [],
});
const ABSENT: Readonly<Record<PolicyType, LayerEval>> = {
  identity: absent('identity'),
  resource: absent('resource'),
  trust: absent('trust'),
  'permissions-boundary': absent('permissions-boundary'),
  session: absent('session'),
  scp: absent('scp'),
  rcp: absent('rcp'),
  'vpc-endpoint': absent('vpc-endpoint'),
};

/** Scans the policies of one layer (or one SCP / RCP level). */
function scanLayer(type: PolicyType, policies: readonly EnginePolicy[], input: EvalInput): LayerEval {
  let allows: StatementRef[] | undefined;
  let denies: StatementRef[] | undefined;
  let via: PrincipalVia = 'none';
  for (let k = 0; k < policies.length; k++) {
    const { allows: a, denies: d } = policies[k].forAction(input.action, input.service);
    for (let i = 0; i < d.length; i++)
      if (statementAppliesToAction(d[i], input) !== 'none') (denies ??= []).push(d[i].ref);
    for (let i = 0; i < a.length; i++) {
      const v = statementAppliesToAction(a[i], input);
      if (v === 'none') continue;
      (allows ??= []).push(a[i].ref);
      if (RANK[v] > RANK[via]) via = v;
    }
  }
  const outcome = denies ? 'explicit-deny' : allows ? 'allow' : 'no-allow';
  return { type, outcome, present: true, allows: allows ?? EMPTY, denies: denies ?? EMPTY, via, policies };
}

/** SCP / RCP hierarchy: every SCP level must allow (RCP levels always do); a deny at any level denies. */
function scanLevels(type: 'scp' | 'rcp', levels: readonly (readonly EnginePolicy[])[], input: EvalInput): LayerEval {
  const allows: StatementRef[] = [];
  const denies: StatementRef[] = [];
  let failedLevel: number | undefined;
  levels.forEach((policies, i) => {
    const r = scanLayer(type, policies, input);
    allows.push(...r.allows);
    denies.push(...r.denies);
    // RCPs only deny explicitly: RCPFullAWSAccess "is automatically attached to the organization root, every OU,
    // and every account … You cannot detach this policy" (Organizations UG, "RCP evaluation").
    if (type === 'scp' && r.allows.length === 0 && failedLevel === undefined) failedLevel = i;
  });
  const outcome = denies.length > 0 ? 'explicit-deny' : failedLevel !== undefined ? 'no-allow' : 'allow';
  const policies = failedLevel !== undefined ? levels[failedLevel] : levels.flat();
  return {
    type,
    outcome,
    present: true,
    allows,
    denies,
    via: 'none',
    ...(failedLevel !== undefined ? { failedLevel } : {}),
    policies,
  };
}

/** A policy set with every policy in engine form, prepared once per set object. */
export interface Prepared {
  readonly identity: readonly EnginePolicy[];
  readonly resource?: readonly EnginePolicy[];
  readonly resourceType: PolicyType;
  readonly boundary?: readonly EnginePolicy[];
  readonly session?: readonly EnginePolicy[];
  readonly scp?: readonly (readonly EnginePolicy[])[];
  readonly rcp?: readonly (readonly EnginePolicy[])[];
  readonly vpc?: readonly EnginePolicy[];
}

const preparedCache = new WeakMap<PolicySet, Prepared>();
const nonEmpty = <T>(xs: readonly T[] | undefined): xs is readonly T[] => xs !== undefined && xs.length > 0;

/**
 * The engine form of a policy set (cached per set object).
 * @param set the policies a request meets
 */
export function prepare(set: PolicySet): Prepared {
  let p = preparedCache.get(set);
  if (p) return p;
  p = {
    identity: set.identity.map(enginePolicy),
    resourceType: set.resource?.parsed.source.type === 'trust' ? 'trust' : 'resource',
    ...(set.resource ? { resource: [enginePolicy(set.resource)] } : {}),
    ...(set.permissionsBoundary ? { boundary: [enginePolicy(set.permissionsBoundary)] } : {}),
    ...(nonEmpty(set.sessionPolicies) ? { session: set.sessionPolicies.map(enginePolicy) } : {}),
    ...(nonEmpty(set.scpLevels) ? { scp: set.scpLevels.map((l) => l.map(enginePolicy)) } : {}),
    ...(nonEmpty(set.rcpLevels) ? { rcp: set.rcpLevels.map((l) => l.map(enginePolicy)) } : {}),
    ...(set.vpcEndpoint ? { vpc: [enginePolicy(set.vpcEndpoint)] } : {}),
  };
  preparedCache.set(set, p);
  return p;
}

/**
 * Whether the caller has identity-based policies at all (services and anonymous callers do not).
 * @param input request facts
 * @param set the policies the request meets
 */
export function hasIdentityLayer(input: EvalInput, set: PolicySet): boolean {
  const k = input.principal.kind;
  if (k === 'service' || k === 'anonymous') return false;
  return k !== 'federated' || set.identity.length > 0;
}

/** All layers of a request. */
export interface Layers {
  readonly rcp: LayerEval;
  readonly scp: LayerEval;
  readonly vpc: LayerEval;
  readonly resource: LayerEval;
  readonly identity: LayerEval;
  readonly boundary: LayerEval;
  readonly session: LayerEval;
}

/**
 * Evaluates all layers of a policy set. Boundaries and session policies only exist for callers with
 * identity-based policies.
 * @param set the policies the request meets
 * @param input request facts
 */
export function evaluateLayers(set: PolicySet, input: EvalInput): Layers {
  const p = prepare(set);
  const hasIdentity = hasIdentityLayer(input, set);
  return {
    // RCPs apply to every caller except service-linked roles (see `rcpExempt` in evaluate.ts).
    rcp: p.rcp && !input.rcpExempt ? scanLevels('rcp', p.rcp, input) : ABSENT.rcp,
    // "SCPs affect only IAM users and roles managed by accounts of the organization" (Organizations
    // guide): not service principals nor anonymous callers, and "SCPs do not affect any service-linked role".
    scp: p.scp && hasIdentity && !input.scpExempt ? scanLevels('scp', p.scp, input) : ABSENT.scp,
    vpc: p.vpc ? scanLayer('vpc-endpoint', p.vpc, input) : ABSENT['vpc-endpoint'],
    resource: p.resource ? scanLayer(p.resourceType, p.resource, input) : ABSENT[p.resourceType],
    identity: hasIdentity ? scanLayer('identity', p.identity, input) : ABSENT.identity,
    boundary:
      p.boundary && hasIdentity ? scanLayer('permissions-boundary', p.boundary, input) : ABSENT['permissions-boundary'],
    session: p.session && hasIdentity ? scanLayer('session', p.session, input) : ABSENT.session,
  };
}

const publicAbsent = new Map<PolicyType, LayerResult>();
const UNKNOWN_RESULT: LayerResult = Object.freeze({ type: 'resource', outcome: 'unknown', matched: EMPTY });

/** The public {@link LayerResult} of a layer (shared objects for absent layers). */
export function layerResult(x: LayerEval): LayerResult {
  if (x.outcome === 'unknown') return UNKNOWN_RESULT;
  if (!x.present) {
    let r = publicAbsent.get(x.type);
    if (!r) publicAbsent.set(x.type, (r = Object.freeze({ type: x.type, outcome: 'not-present', matched: EMPTY })));
    return r;
  }
  const matched = x.denies.length === 0 ? x.allows : x.allows.length === 0 ? x.denies : [...x.denies, ...x.allows];
  return { type: x.type, outcome: x.outcome, matched };
}

/** Layers in AWS's evaluation order (the order of `Decision.layers`). */
export function orderedLayers(l: Layers): LayerEval[] {
  return [l.rcp, l.scp, l.vpc, l.resource, l.identity, l.boundary, l.session];
}

/** State of the KMS key-policy layer when no key policy was supplied (see `PolicySet.keyPolicy`). */
export type MissingKeyPolicy = 'unknown' | 'grants-cover' | 'none';

const UNKNOWN_KEY_POLICY: LayerEval = { ...ABSENT.resource, outcome: 'unknown' };
const NO_ALLOW_KEY_POLICY: LayerEval = { ...ABSENT.resource, outcome: 'no-allow', present: true };
// A grant names its grantee principal directly (KMS Developer Guide, "Grants in AWS KMS").
const GRANT_KEY_POLICY: LayerEval = { ...ABSENT.resource, outcome: 'allow', present: true, via: 'direct' };

/**
 * The key-policy layer of a `kms:` request on a key when no key policy was supplied: never "no layer".
 * `unknown` stays out of the verdict (not present) but is reported; `none` allows nothing; `grants-cover`
 * allows the caller directly (no statement: the grant is not a policy).
 * @param l evaluated layers
 * @param missing the state, or undefined when the request has no key-policy layer or one was supplied
 */
export function withKeyPolicyLayer(l: Layers, missing: MissingKeyPolicy | undefined): Layers {
  if (missing === undefined || l.resource.present) return l;
  const resource =
    missing === 'none' ? NO_ALLOW_KEY_POLICY : missing === 'grants-cover' ? GRANT_KEY_POLICY : UNKNOWN_KEY_POLICY;
  return { ...l, resource };
}

/** Internal outcome before the public `Decision` is assembled. */
export interface Verdict {
  readonly decision: DecisionKind;
  /** Undefined when an AWS rule decided ({@link Verdict.awsRule}). */
  readonly decidingType?: PolicyType;
  readonly deciding: readonly StatementRef[];
  /** The layer whose missing Allow caused an implicit deny. */
  readonly failedLayer?: LayerEval;
  /** An AWS rule that decided whatever the policies say (aws-rules.ts). */
  readonly awsRule?: AwsRule;
  /** An Allowed that holds only if the unknown key policy allows too (`Decision.requires`). */
  readonly requires?: readonly 'key-policy'[];
}
