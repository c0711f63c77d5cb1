/**
 * Names of policy types and statements as AWS's enhanced access-denied messages spell them
 * (IAM User Guide "Troubleshooting access denied error messages"; see AWS-FACTS §4).
 */
import type { PolicyType, StatementRef } from './model';

/** Policy type as AWS names it in error messages, e.g. `identity-based policy`. */
export const TYPE_NAME: Readonly<Record<PolicyType, string>> = {
  identity: 'identity-based policy',
  resource: 'resource-based policy',
  trust: 'role trust policy',
  'permissions-boundary': 'permissions boundary',
  session: 'session policy',
  scp: 'service control policy',
  rcp: 'resource control policy',
  'vpc-endpoint': 'VPC endpoint policy',
};

/** `a` / `an` / `the` before a type name, as in AWS's messages. */
export function article(type: PolicyType): string {
  if (type === 'trust') return 'the';
  return /^[aeiou]/i.test(TYPE_NAME[type]) ? 'an' : 'a';
}

/** `policy "name" (arn) statement "Sid"` / `statement #2` — a human pointer to one statement. */
export function describeStatement(ref: StatementRef): string {
  const policy = ref.policy.arn ? `${ref.policy.name} (${ref.policy.arn})` : ref.policy.name;
  const stmt = ref.sid ? `statement "${ref.sid}"` : `statement #${ref.index}`;
  return `${TYPE_NAME[ref.policy.type]} ${policy}, ${stmt} (${ref.effect})`;
}
