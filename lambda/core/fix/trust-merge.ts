/**
 * Fix kind `trust-merge`: add a statement to a role's trust policy (the resource-based policy of
 * `sts:AssumeRole`), merged into the current document: `update-assume-role-policy` replaces the
 * whole trust policy, so printing only the new statement would lock every other principal out.
 */
import { PROPAGATION } from './document';
import { mergeCli, mergeNote } from './merge';
import { cliArg } from './quote';
import type { RenderedForms, TrustMergeFix } from './types';

/** Renders a {@link TrustMergeFix}. */
export function renderTrustMerge(fix: TrustMergeFix): RenderedForms {
  const role = fix.roleNameLookup ? `"$(${fix.roleNameLookup})"` : cliArg(fix.roleName);
  const { cli, document } = mergeCli(
    {
      read: `aws iam get-role --role-name ${role} --query Role.AssumeRolePolicyDocument --output json`,
      write: (doc) => `aws iam update-assume-role-policy --role-name ${role} --policy-document ${doc}`,
      file: 'trust-policy.json',
    },
    fix.statement,
    fix.existing,
    fix.replaces,
  );
  return {
    policyJson: document ?? fix.statement,
    cli: fix.account ? `${cli}  # run in account ${fix.account}` : cli,
    cdk: fix.cdk,
    notes: [mergeNote('update-assume-role-policy', fix.existing !== undefined), PROPAGATION],
  };
}
