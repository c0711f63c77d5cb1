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
  orderedLayers,
  withKeyPolicyLayer,
  type LayerEval,
  type MissingKeyPolicy,
  type Layers,
  type Verdict,
} from './layers';
import { awsRuleFor } from './aws-rules';
import type { AwsRule, AuthzRequest, Decision, DecisionKind, PolicySet, PolicyType, StatementRef } from './model';
import { roleKey } from './principal';
import { EngineDecision } from './decision';
import { resourcePartStart, type EvalInput } from './scan';

/**
 * `arnAccount` (core/arn.ts) when the index of the ARN's sixth part is already known: the account is the 12 digits
 * between the fourth and the fifth colon.
 */
function accountBefore(arn: string, resourcePart: number): string | undefined {
  const at = resourcePart - 13;
  if (at < 5 || arn.charCodeAt(at - 1) !== 58 /* : */ || !arn.startsWith('arn:')) return undefined;
  for (let i = at; i < resourcePart - 1; i++) {
    const c = arn.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  return arn.slice(at, resourcePart - 1);
}

function explicitDeny(l: Layers): Verdict | undefined {
  // Only one type is named, as in AWS's messages; organization layers first.
  const first = firstDenying(l);
  if (!first) return undefined;
  // The usual case, one denying layer: its list as is (no array built).
  const deciding =
    denyingLayers(l) === 1
      ? first.denies
      : [...first.denies, ...orderedLayers(l).flatMap((x) => (x !== first && x.denies.length > 0 ? x.denies : []))];
  return makeVerdict('ExplicitlyDenied', first.type, deciding);
}

/** The layer named by an explicit deny: SCP, RCP, VPC endpoint, resource, identity, boundary, session. */
function firstDenying(l: Layers): LayerEval | undefined {
  if (l.scp.denies.length > 0) return l.scp;
  if (l.rcp.denies.length > 0) return l.rcp;
  if (l.vpc.denies.length > 0) return l.vpc;
  if (l.resource.denies.length > 0) return l.resource;
  if (l.identity.denies.length > 0) return l.identity;
  if (l.boundary.denies.length > 0) return l.boundary;
  return l.session.denies.length > 0 ? l.session : undefined;
}

/** Number of layers with a matching Deny (no allocation). */
const denyingLayers = (l: Layers): number =>
  (l.rcp.denies.length > 0 ? 1 : 0) +
  (l.scp.denies.length > 0 ? 1 : 0) +
  (l.vpc.denies.length > 0 ? 1 : 0) +
  (l.resource.denies.length > 0 ? 1 : 0) +
  (l.identity.denies.length > 0 ? 1 : 0) +
  (l.boundary.denies.length > 0 ? 1 : 0) +
  (l.session.denies.length > 0 ? 1 : 0);

const NONE: readonly StatementRef[] = [];
/**
 * Every verdict has the same fields in the same order (absent ones undefined), so the code reading them
 * sees one object shape.
 */
const makeVerdict = (
  decision: DecisionKind,
  decidingType: PolicyType | undefined,
  deciding: readonly StatementRef[],
  failedLayer?: LayerEval,
  awsRule?: AwsRule,
  requires?: readonly 'key-policy'[],
): Verdict => ({ decision, decidingType, deciding, failedLayer, awsRule, requires });
const implicit = (layer: LayerEval): Verdict => makeVerdict('ImplicitlyDenied', layer.type, NONE, layer);
const allowed = (type: PolicyType, deciding: readonly StatementRef[]): Verdict =>
  makeVerdict('Allowed', type, deciding);
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
  // A KMS grant (`keyPolicy: 'grants-cover'`) allows without a statement.
  const resAllows = res.allows.length > 0 || res.outcome === 'allow';
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
  /** An AWS rule may apply (aws-rules.ts only has rules for `sts:`, `iam:` and `kms:` actions). */
  readonly ruled: boolean;
}
const RULED_SERVICES = new Set(['sts', 'iam', 'kms']);
const actionKeys = new Map<string, ActionKey>();

/** Lower-cased action and service prefix, memoized (bounded) to keep the hot path allocation-free. */
function actionKey(action: string): ActionKey {
  let k = actionKeys.get(action);
  if (k) return k;
  const lower = action.toLowerCase();
  const colon = lower.indexOf(':');
  const service = colon < 0 ? lower : lower.slice(0, colon);
  k = { lower, service, ruled: RULED_SERVICES.has(service) };
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
  const resourcePart = resourcePartStart(request.resource);
  const knownAccount = request.resourceAccount ?? accountBefore(request.resource, resourcePart);
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
    resourcePart,
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
  const missingKeyPolicy = key.service === 'kms' ? keyPolicyState(policies, request.resource, resourcePart) : undefined;
  const layers = withKeyPolicyLayer(evaluateLayers(policies, input), missingKeyPolicy);
  // Trust policies and KMS key policies must allow even within one account (see the header).
  const res = layers.resource;
  const resourceRequired = crossAccount || res.type === 'trust' || (res.present && key.service === 'kms');
  const v = verdict(layers, resourceRequired, crossAccount, p.kind === 'root', isFederatedUserSession(p));
  const rule = key.ruled
    ? awsRuleFor(key.lower, request.resource, p, serviceLinked || (key.service === 'iam' && isServiceLinked(p)))
    : undefined;
  const verdictOrRule = rule
    ? ruled(rule, v)
    : v.decision === 'Allowed' && layers.resource.outcome === 'unknown'
      ? makeVerdict(v.decision, v.decidingType, v.deciding, undefined, undefined, KEY_POLICY)
      : v;
  return new EngineDecision(verdictOrRule, layers, crossAccount, request, input);
}

/**
 * The verdict of an AWS rule: layers are reported, but they did not decide. A protected resource is refused
 * without a Deny statement, so that is an implicit deny ("A request results in an explicit deny if an applicable
 * policy includes a Deny statement", IAM User Guide, "The difference between explicit and implicit denies");
 * when a Deny statement applies too, the deny is explicit and lists it.
 */
const ruled = (rule: AwsRule, v: Verdict): Verdict =>
  rule.kind === 'always-allowed'
    ? makeVerdict('Allowed', undefined, NONE, undefined, rule)
    : v.decision === 'ExplicitlyDenied'
      ? makeVerdict('ExplicitlyDenied', v.decidingType, v.deciding, undefined, rule)
      : makeVerdict('ImplicitlyDenied', undefined, NONE, undefined, rule);

const KEY_POLICY: readonly 'key-policy'[] = Object.freeze(['key-policy'] as const);

/**
 * The key-policy layer of a `kms:` request when no key policy was supplied (see `PolicySet.keyPolicy`):
 * undefined when one was supplied or the request is not on a key (resource `*`, an alias ARN).
 */
function keyPolicyState(policies: PolicySet, resource: string, resourcePart: number): MissingKeyPolicy | undefined {
  if (policies.resource !== undefined) return undefined;
  if (policies.keyPolicyRequired === true) return 'none';
  if (resourcePart < 0 || !resource.startsWith('key/', resourcePart)) return undefined;
  return policies.keyPolicy ?? 'unknown';
}
