/**
 * Plain-language reasons of a decision, in evaluation order. Built only when `Decision.reasons` is read.
 */
import type { LayerEval, Layers, Verdict } from './layers';
import type { AuthzRequest } from './model';
import { describeStatement, TYPE_NAME, typeWithArticle } from './wording';

function layerLine(x: LayerEval): string | undefined {
  const name = TYPE_NAME[x.type];
  switch (x.outcome) {
    case 'explicit-deny':
      return `${name}: explicit deny by ${x.denies.map(describeStatement).join('; ')}`;
    case 'unknown':
      return `${name}: the KMS key policy was not supplied (every KMS key has one, and it must allow too)`;
    case 'allow':
      return x.allows.length === 0
        ? `${name}: a KMS grant authorizes the caller`
        : `${name}: allowed by ${x.allows.map(describeStatement).join('; ')}`;
    case 'no-allow':
      return x.failedLevel !== undefined
        ? `${name}: no statement allows the action at organization level ${x.failedLevel + 1}`
        : `${name}: no statement allows the action`;
    default:
      return undefined;
  }
}

/**
 * Reasons for a verdict: the request summary, the outcome of each present layer, then the rule
 * that decided.
 */
export function decisionReasons(request: AuthzRequest, v: Verdict, layers: Layers, crossAccount: boolean): string[] {
  const out = [
    `${request.principal.arn} requests ${request.action} on ${request.resource} (${crossAccount ? 'cross-account' : 'same account'})`,
  ];
  for (const x of [
    layers.rcp,
    layers.scp,
    layers.vpc,
    layers.resource,
    layers.identity,
    layers.boundary,
    layers.session,
  ]) {
    const line = layerLine(x);
    if (line) out.push(line);
  }
  if (v.awsRule) {
    const verb = v.awsRule.kind === 'always-allowed' ? 'Allowed' : 'Denied';
    out.push(`${verb} whatever the policies say: ${v.awsRule.detail}`);
    return out;
  }
  const t = v.decidingType ? TYPE_NAME[v.decidingType] : 'policy';
  if (v.decision === 'ExplicitlyDenied')
    out.push(
      `Denied: an explicit deny in ${v.decidingType ? typeWithArticle(v.decidingType) : 'a policy'} overrides every allow`,
    );
  else if (v.decision === 'ImplicitlyDenied') {
    if (request.principal.kind === 'service' || request.principal.kind === 'anonymous') {
      out.push(`Denied: ${request.principal.kind} callers need an allow in the ${t}`);
    } else if (crossAccount && (v.decidingType === 'resource' || v.decidingType === 'trust')) {
      out.push(`Denied: cross-account access needs an allow in both the identity-based policy and the ${t}`);
    } else if (
      v.decidingType === 'trust' ||
      (v.decidingType === 'resource' && request.action.toLowerCase().startsWith('kms:'))
    ) {
      out.push(`Denied: the ${t} must allow the caller explicitly, even within the same account`);
    } else if (v.decidingType === 'session' && !layers.session.present) {
      out.push('Denied: a federated user session (GetFederationToken) without a session policy has no permissions');
    } else out.push(`Denied: no ${t} allows the action (implicit deny)`);
  } else if (v.decidingType === 'resource' || v.decidingType === 'trust') {
    out.push(`Allowed: the ${t} grants the caller directly within the same account`);
  } else if (v.requires) {
    out.push('Allowed by the other layers, but only if the key policy, which could not be read, allows too');
  } else if (request.principal.kind === 'root' && layers.identity.allows.length === 0) {
    out.push('Allowed: the account root user has full access within its account unless a policy denies it');
  } else
    out.push(
      crossAccount
        ? 'Allowed: both the identity-based policy and the resource-based policy allow'
        : 'Allowed: an identity-based policy allows and no limit applies',
    );
  return out;
}
