/**
 * Plain-language phrases for decisions and policy layers, in the vocabulary of AWS's enhanced
 * access-denied messages.
 */
import type { Decision, PolicyType } from '../../policy/model';

/** AWS's name of a policy type. */
export const LAYER_NAMES: Readonly<Record<PolicyType, string>> = {
  identity: 'identity-based policy',
  resource: 'resource-based policy',
  trust: 'role trust policy',
  'permissions-boundary': 'permissions boundary',
  session: 'session policy',
  scp: 'service control policy',
  rcp: 'resource control policy',
  'vpc-endpoint': 'VPC endpoint policy',
};

/** Why a decision denied, as a clause: "no identity-based policy allows it" / "an explicit deny in …". */
export function denialClause(decision: Decision): string {
  const layer = decision.decidingType ? LAYER_NAMES[decision.decidingType] : 'identity-based policy';
  if (decision.decision === 'ExplicitlyDenied') {
    const first = decision.deciding[0];
    const where = first
      ? ` (${first.policy.name}${first.sid ? `, Sid ${first.sid}` : `, statement #${first.index}`})`
      : '';
    return `an explicit deny in a ${layer}${where} blocks it`;
  }
  if (decision.decision === 'ImplicitlyDenied') return `no ${layer} allows it`;
  return `it is allowed by a ${layer}`;
}
