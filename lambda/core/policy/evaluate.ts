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
 * The account root user is allowed by its own account (identity layer) but still bound by steps 1–3.
 */
import { principalFacts, requestContext } from './context';
import { evaluateLayers, orderedLayers, type LayerEval, type Layers } from './layers';
import type { AuthzRequest, Decision, DecisionKind, PolicySet, PolicyType, StatementRef } from './model';
import { findNearMisses } from './near-miss';
import { decisionReasons } from './reasons';
import type { EvalInput } from './scan';

/** Account ID in an ARN (5th field) when it is 12 digits, else undefined. No allocation on miss. */
export function arnAccount(arn: string): string | undefined {
  if (!arn.startsWith('arn:')) return undefined;
  let pos = 0;
  for (let i = 0; i < 4; i++) {
    pos = arn.indexOf(':', pos) + 1;
    if (pos === 0) return undefined;
  }
  const end = arn.indexOf(':', pos);
  if (end - pos !== 12) return undefined;
  const acct = arn.slice(pos, end);
  return /^\d{12}$/.test(acct) ? acct : undefined;
}

/** Internal outcome before the public {@link Decision} is assembled. */
export interface Verdict {
  readonly decision: DecisionKind;
  readonly decidingType?: PolicyType;
  readonly deciding: readonly StatementRef[];
  /** The layer whose missing Allow caused an implicit deny. */
  readonly failedLayer?: LayerEval;
}

function explicitDeny(l: Layers): Verdict | undefined {
  const order = [l.scp, l.rcp, l.vpc, l.resource, l.identity, l.boundary, l.session];
  const first = order.find((x) => x.denies.length > 0);
  if (!first) return undefined;
  const deciding = [...first.denies, ...order.filter((x) => x !== first).flatMap((x) => x.denies)];
  return { decision: 'ExplicitlyDenied', decidingType: first.type, deciding };
}

const implicit = (layer: LayerEval): Verdict => ({ decision: 'ImplicitlyDenied', decidingType: layer.type, deciding: [], failedLayer: layer });
const allowed = (type: PolicyType, deciding: readonly StatementRef[]): Verdict => ({ decision: 'Allowed', decidingType: type, deciding });
const lacksAllow = (x: LayerEval): boolean => x.present && x.outcome !== 'allow';

function verdict(l: Layers, crossAccount: boolean, isRoot: boolean): Verdict {
  const denied = explicitDeny(l);
  if (denied) return denied;
  for (const org of [l.rcp, l.scp, l.vpc]) if (lacksAllow(org)) return implicit(org);
  const res = l.resource;
  const resAllows = res.present && res.allows.length > 0;
  if (!crossAccount && resAllows && res.via === 'direct') return allowed(res.type, res.allows);
  if (!crossAccount && resAllows && res.via === 'role') {
    if (lacksAllow(l.boundary)) return implicit(l.boundary);
    if (lacksAllow(l.session)) return implicit(l.session);
    return allowed(res.type, res.allows);
  }
  if (!l.identity.present) return implicit(res);
  if (!isRoot && l.identity.allows.length === 0) return implicit(l.identity);
  if (lacksAllow(l.boundary)) return implicit(l.boundary);
  if (lacksAllow(l.session)) return implicit(l.session);
  if (crossAccount && !resAllows) return implicit(res);
  return allowed('identity', crossAccount ? [...l.identity.allows, ...res.allows] : l.identity.allows);
}

function defineLazy<T extends object, K extends string, V>(obj: T, key: K, compute: () => V): void {
  let value: V | undefined;
  let done = false;
  Object.defineProperty(obj, key, {
    enumerable: true,
    get: () => {
      if (!done) {
        value = compute();
        done = true;
      }
      return value;
    },
  });
}

/**
 * Evaluates a request. Pure and deterministic; `nearMisses` and `reasons` are computed on first read
 * (sweeps evaluate millions of requests and read them only for the few that matter).
 * @param request who does what on which resource, with which context
 * @param policies the policies the request meets
 */
export function evaluate(request: AuthzRequest, policies: PolicySet): Decision {
  const facts = principalFacts(request.principal);
  const action = request.action.toLowerCase();
  const colon = action.indexOf(':');
  const input: EvalInput = {
    action,
    service: colon < 0 ? action : action.slice(0, colon),
    resource: request.resource,
    ctx: requestContext(request),
    principal: request.principal,
    ...(facts.roleKey !== undefined ? { roleKey: facts.roleKey } : {}),
    hasBoundary: policies.permissionsBoundary !== undefined,
  };
  const principalAccount = request.principal.kind === 'service' ? undefined : request.principal.accountId;
  const resourceAccount = request.resourceAccount ?? arnAccount(request.resource) ?? principalAccount;
  const crossAccount = principalAccount !== undefined && resourceAccount !== undefined && principalAccount !== resourceAccount;
  const layers = evaluateLayers(policies, input);
  const v = verdict(layers, crossAccount, request.principal.kind === 'root');
  const decision = {
    decision: v.decision,
    ...(v.decidingType !== undefined ? { decidingType: v.decidingType } : {}),
    deciding: v.deciding,
    layers: orderedLayers(layers).map((x) => ({ type: x.type, outcome: x.outcome, matched: x.matched })),
    crossAccount,
  } as unknown as Decision;
  defineLazy(decision, 'nearMisses', () => (v.failedLayer ? findNearMisses(v.failedLayer, input) : []));
  defineLazy(decision, 'reasons', () => decisionReasons(request, v, layers, crossAccount));
  return decision;
}
