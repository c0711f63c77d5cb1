/**
 * Fix kind `boundary`: a permissions boundary caps what a role's identity policies can grant; an
 * action it does not allow stays denied whatever the role's policies say. Add the statement to a new
 * default version of the boundary policy.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html
 */
import { msg } from '../i18n';
import { policyDocument, PROPAGATION } from './document';
import { cliArg } from './quote';
import type { BoundaryFix, RenderedForms } from './types';

/** Renders a {@link BoundaryFix}. */
export function renderBoundary(fix: BoundaryFix): RenderedForms {
  const cli = fix.boundaryArn
    ? `aws iam create-policy-version --policy-arn ${cliArg(fix.boundaryArn)} --policy-document file://boundary-with-statement.json --set-as-default`
    : `aws iam get-role --role-name ${cliArg(fix.roleName)} --query Role.PermissionsBoundary`;
  return {
    policyJson: fix.statement ? policyDocument([fix.statement]) : undefined,
    cli,
    notes: [...(fix.statement ? [msg('fix.render.boundaryFile')] : []), PROPAGATION],
  };
}
