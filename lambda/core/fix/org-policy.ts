/**
 * Fix kind `org-policy`: change a service control policy or resource control policy. Only the
 * organization's management account (or a delegated administrator) can; an SCP that merely lacks an
 * Allow is reported by AWS as an explicit deny too (AWS-FACTS §denial messages).
 * https://docs.aws.amazon.com/cli/latest/reference/organizations/update-policy.html
 */
import { msg } from '../i18n';
import { policyDocument, PROPAGATION } from './document';
import { cliArg } from './quote';
import type { OrgPolicyFix, RenderedForms } from './types';

const FILTER = { scp: 'SERVICE_CONTROL_POLICY', rcp: 'RESOURCE_CONTROL_POLICY' } as const;

/** Renders an {@link OrgPolicyFix}. */
export function renderOrgPolicy(fix: OrgPolicyFix): RenderedForms {
  const id = fix.policyId ? cliArg(fix.policyId) : '<policy-id>';
  const update = `then: aws organizations update-policy --policy-id ${id} --content file://policy.json`;
  const find = fix.policyId
    ? `aws organizations describe-policy --policy-id ${id}`
    : `aws organizations list-policies-for-target --target-id ${cliArg(fix.account ?? '<account-id>')} --filter ${FILTER[fix.policyType]}`;
  return {
    policyJson: fix.statement ? policyDocument([fix.statement]) : undefined,
    cli: `${find}  # run in the management account; edit the policy, ${update}`,
    notes: [msg('fix.render.orgAccount', { org: fix.policyType.toUpperCase() }), PROPAGATION],
  };
}
