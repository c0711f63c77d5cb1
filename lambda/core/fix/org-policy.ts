/**
 * Fix kind `org-policy`: change a service control policy or resource control policy. Only the
 * organization's management account (or a delegated administrator) can; an SCP that merely lacks an
 * Allow is reported by AWS as an explicit deny too (AWS-FACTS §denial messages).
 * https://docs.aws.amazon.com/cli/latest/reference/organizations/update-policy.html
 */
import { policyDocument } from './document';
import { cliArg } from './quote';
import type { OrgPolicyFix, RenderedForms } from './types';

const FILTER = { scp: 'SERVICE_CONTROL_POLICY', rcp: 'RESOURCE_CONTROL_POLICY' } as const;

/** Renders an {@link OrgPolicyFix}. */
export function renderOrgPolicy(fix: OrgPolicyFix): RenderedForms {
  const cli = fix.policyId
    ? `aws organizations describe-policy --policy-id ${cliArg(fix.policyId)}  # run in the management account; edit, then update-policy --policy-id ${cliArg(fix.policyId)} --content file://policy.json`
    : `aws organizations list-policies-for-target --target-id ${cliArg(fix.account)} --filter ${FILTER[fix.policyType]}  # run in the management account`;
  return {
    policyJson: fix.statement ? policyDocument([fix.statement]) : undefined,
    cli,
    notes: [
      `${fix.policyType.toUpperCase()}s are changed in the organization's management account, not in this account.`,
    ],
  };
}
