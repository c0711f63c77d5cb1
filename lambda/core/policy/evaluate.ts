/**
 * Evaluates a request against the policy set it meets, following the IAM User Guide "Policy
 * evaluation logic" (single account) and "Cross-account policy evaluation logic":
 *
 * 1. An explicit Deny in any applicable policy (RCP, SCP, VPC endpoint, resource-based, identity-based,
 *    permissions boundary, session) denies.
 * 2. RCPs, then SCPs: every level of the organization hierarchy must allow (a missing Allow denies).
 * 3. VPC endpoint policy, when the request goes through an endpoint, must allow.
 * 4. Resource-based policy (a role's trust policy for sts:AssumeRole), same account:
 *    - an Allow that names the caller itself (user ARN, assumed-role session ARN, federated-user
 *      session, service, or `*`) is enough: it is not limited by an implicit deny in identity-based
 *      policies, permissions boundaries or session policies;
 *    - an Allow that names the caller's role ARN is limited by an implicit deny in a permissions
 *      boundary or session policy ("Permissions boundaries for IAM entities" → resource-based
 *      policies; "Session policies": permissions granted to the role ARN are added before the session
 *      policy applies, those granted to the session ARN after it);
 *    - an Allow that names only the account delegates to the account's identity-based policies.
 * 5. Identity-based policies must allow; a permissions boundary and session policies, when present,
 *    must allow too (they limit identity grants only).
 * 6. Cross-account: identity-based policies (limited as above) AND the resource-based policy must allow.
 *    Role trust policies and KMS key policies must allow the principal even within the same account
 *    ("Policy evaluation logic": they "must explicitly allow access for principals"); a key policy that
 *    names the account root delegates to IAM policies.
 * The account root user is allowed by its own account (identity layer) but still bound by steps 1–3.
 * Session policies (step 6 of "Determining whether a request is allowed or denied within an account"): an
 * IAM federated user session (`GetFederationToken`) without a session policy is implicitly denied; a role
 * session without one is not.
 * Organization policies (Organizations guide): SCPs and RCPs do not restrict service-linked roles
 * (role path `/aws-service-role/`), nor a service assuming its service-linked role (RCPs); RCPs do not
 * restrict `kms:RetireGrant`.
 */
import { isFederatedUserSession, isServiceLinked, requestContext } from './context';
import {
  evaluateLayers,
  layerResult,
  orderedLayers,
  withKeyPolicyLayer,
  type LayerEval,
  type Layers,
  type Verdict,
} from './layers';
import { awsRuleFor } from './aws-rules';
import type {
  AwsRule,
  AuthzRequest,
  Decision,
  DecisionKind,
  LayerResult,
  NearMiss,
  PolicySet,
  PolicyType,
  StatementRef,
} from './model';
import { findNearMisses } from './near-miss';
import { arnAccount } from '../arn';
import { roleKey } from './principal';
import { decisionReasons } from './reasons';
import type { EvalInput } from './scan';

function explicitDeny(l: Layers): Verdict | undefined {
  if (!anyDeny(l)) return undefined;
  // Only one type is named, as in AWS's messages; organization layers first.
  const first = [l.scp, l.rcp, l.vpc, l.resource, l.identity, l.boundary, l.session].find((x) => x.denies.length > 0);
  if (!first) return undefined;
  const others = orderedLayers(l).filter((x) => x !== first && x.denies.length > 0);
  const deciding = others.length === 0 ? first.denies : [...first.denies, ...others.flatMap((x) => x.denies)];
  return { decision: 'ExplicitlyDenied', decidingType: first.type, deciding };
}

/** Whether any layer has a matching Deny (no allocation: the common case has none). */
const anyDeny = (l: Layers): boolean =>
  l.rcp.denies.length +
    l.scp.denies.length +
    l.vpc.denies.length +
    l.resource.denies.length +
    l.identity.denies.length +
    l.boundary.denies.length +
    l.session.denies.length >
  0;

const NONE: readonly StatementRef[] = [];
const implicit = (layer: LayerEval): Verdict => ({
  decision: 'ImplicitlyDenied',
  decidingType: layer.type,
  deciding: NONE,
  failedLayer: layer,
});
const allowed = (type: PolicyType, deciding: readonly StatementRef[]): Verdict => ({
  decision: 'Allowed',
  decidingType: type,
  deciding,
});
const lacksAllow = (x: LayerEval): boolean => x.present && x.outcome !== 'allow';

/** The session layer denies: no Allow in present session policies, or none at all for a federated user session. */
const sessionLacksAllow = (l: Layers, federatedUserSession: boolean): boolean =>
  lacksAllow(l.session) || (federatedUserSession && !l.session.present);

function verdict(
  l: Layers,
  resourceRequired: boolean,
  crossAccount: boolean,
  isRoot: boolean,
  federatedUserSession: boolean,
): Verdict {
  const denied = explicitDeny(l);
  if (denied) return denied;
  if (lacksAllow(l.rcp)) return implicit(l.rcp);
  if (lacksAllow(l.scp)) return implicit(l.scp);
  if (lacksAllow(l.vpc)) return implicit(l.vpc);
  const res = l.resource;
  const resAllows = res.allows.length > 0;
  if (!crossAccount && resAllows && res.via === 'direct') return allowed(res.type, res.allows);
  if (!crossAccount && resAllows && res.via === 'role') {
    if (lacksAllow(l.boundary)) return implicit(l.boundary);
    if (lacksAllow(l.session)) return implicit(l.session);
    return allowed(res.type, res.allows);
  }
  if (!l.identity.present) return implicit(res);
  if (!isRoot && l.identity.allows.length === 0) return implicit(l.identity);
  if (lacksAllow(l.boundary)) return implicit(l.boundary);
  if (sessionLacksAllow(l, federatedUserSession)) return implicit(l.session);
  if (resourceRequired && !resAllows) return implicit(res);
  return allowed('identity', crossAccount ? [...l.identity.allows, ...res.allows] : l.identity.allows);
}

/**
 * Requests RCPs do not restrict ("Resources and entities not restricted by RCPs", Organizations guide):
 * `kms:RetireGrant`, and a service assuming a service-linked role (its trust policy is not impacted).
 */
function rcpExemptRequest(key: ActionKey, resource: string): boolean {
  if (key.lower === 'kms:retiregrant') return true;
  return key.service === 'sts' && resource.includes(':role/aws-service-role/');
}

interface ActionKey {
  readonly lower: string;
  readonly service: string;
}
const actionKeys = new Map<string, ActionKey>();

/** Lower-cased action and service prefix, memoized (bounded) to keep the hot path allocation-free. */
function actionKey(action: string): ActionKey {
  let k = actionKeys.get(action);
  if (k) return k;
  const lower = action.toLowerCase();
  const colon = lower.indexOf(':');
  k = { lower, service: colon < 0 ? lower : lower.slice(0, colon) };
  if (actionKeys.size >= 50_000) actionKeys.clear();
  actionKeys.set(action, k);
  return k;
}

/**
 * Evaluates a request. Pure and deterministic; `nearMisses` and `reasons` are computed on first read
 * (sweeps evaluate millions of requests and read them only for the few that matter).
 * @param request who does what on which resource, with which context
 * @param policies the policies the request meets
 */
export function evaluate(request: AuthzRequest, policies: PolicySet): Decision {
  const p = request.principal;
  const key = actionKey(request.action);
  const knownAccount = request.resourceAccount ?? arnAccount(request.resource);
  const organization = policies.scpLevels !== undefined || policies.rcpLevels !== undefined;
  const serviceLinked = organization && isServiceLinked(p);
  // Principal matching only happens in policies with a Principal element.
  const named =
    policies.resource !== undefined || policies.vpcEndpoint !== undefined || policies.rcpLevels !== undefined;
  const input: EvalInput = {
    action: key.lower,
    requestedAction: request.action,
    service: key.service,
    resource: request.resource,
    ctx: requestContext(request, knownAccount),
    principal: p,
    roleKey: named ? roleKey(p) : undefined,
    hasBoundary: policies.permissionsBoundary !== undefined,
    scpExempt: serviceLinked,
    rcpExempt: serviceLinked || (policies.rcpLevels !== undefined && rcpExemptRequest(key, request.resource)),
  };
  const principalAccount = p.kind === 'service' ? undefined : p.accountId;
  const resourceAccount = knownAccount ?? principalAccount;
  const crossAccount =
    principalAccount !== undefined && resourceAccount !== undefined && principalAccount !== resourceAccount;
  const layers = withKeyPolicyLayer(evaluateLayers(policies, input), keyPolicyRequired(policies, key));
  // Trust policies and KMS key policies must allow even within one account (see the header).
  const res = layers.resource;
  const resourceRequired = crossAccount || res.type === 'trust' || (res.present && key.service === 'kms');
  const v = verdict(layers, resourceRequired, crossAccount, p.kind === 'root', isFederatedUserSession(p));
  const rule = awsRuleFor(
    key.lower,
    request.resource,
    p,
    serviceLinked || (key.service === 'iam' && isServiceLinked(p)),
  );
  return new EngineDecision(rule ? ruled(rule) : v, layers, crossAccount, request, input);
}

/** The verdict of an AWS rule: layers are reported, but they did not decide. */
const ruled = (rule: AwsRule): Verdict => ({
  decision: rule.kind === 'always-allowed' ? 'Allowed' : 'ExplicitlyDenied',
  deciding: NONE,
  awsRule: rule,
});

/** Whether the request needs a key-policy Allow even when no key policy was supplied (see PolicySet). */
const keyPolicyRequired = (policies: PolicySet, key: ActionKey): boolean =>
  policies.keyPolicyRequired === true && key.service === 'kms';

const NO_MISSES: readonly NearMiss[] = [];

/**
 * The {@link Decision} returned by `evaluate`. `nearMisses` and `reasons` are getters computed on first
 * read; `toJSON` includes them, so serialized decisions are complete.
 */
class EngineDecision implements Decision {
  readonly decision: DecisionKind;
  readonly decidingType?: PolicyType;
  readonly deciding: readonly StatementRef[];
  readonly layers: readonly LayerResult[];
  readonly crossAccount: boolean;
  declare readonly awsRule?: AwsRule;
  // ES private fields: not own enumerable properties, so `toEqual`, spreads and `Object.keys` see only
  // the public shape.
  readonly #v: Verdict;
  readonly #evaluated: Layers;
  readonly #request: AuthzRequest;
  readonly #input: EvalInput;
  #misses?: readonly NearMiss[];
  #why?: readonly string[];

  constructor(v: Verdict, evaluated: Layers, crossAccount: boolean, request: AuthzRequest, input: EvalInput) {
    this.decision = v.decision;
    this.decidingType = v.decidingType;
    this.deciding = v.deciding;
    const l = evaluated;
    this.layers = [
      layerResult(l.rcp),
      layerResult(l.scp),
      layerResult(l.vpc),
      layerResult(l.resource),
      layerResult(l.identity),
      layerResult(l.boundary),
      layerResult(l.session),
    ];
    this.crossAccount = crossAccount;
    if (v.awsRule) (this as { awsRule?: AwsRule }).awsRule = v.awsRule;
    this.#v = v;
    this.#evaluated = evaluated;
    this.#request = request;
    this.#input = input;
  }

  /** Near misses of an implicit deny (computed on first read). */
  get nearMisses(): readonly NearMiss[] {
    return (this.#misses ??= this.#v.failedLayer ? findNearMisses(this.#v.failedLayer, this.#input) : NO_MISSES);
  }

  /** Plain-language reasons (computed on first read). */
  get reasons(): readonly string[] {
    return (this.#why ??= decisionReasons(this.#request, this.#v, this.#evaluated, this.crossAccount));
  }

  /** Plain-data form (what `JSON.stringify` writes), including `nearMisses` and `reasons`. */
  toJSON(): Decision {
    const { decision, decidingType, deciding, layers, nearMisses, reasons, crossAccount, awsRule } = this;
    const base = { decision, deciding, layers, nearMisses, reasons, crossAccount };
    return { ...base, ...(decidingType ? { decidingType } : {}), ...(awsRule ? { awsRule } : {}) };
  }
}
