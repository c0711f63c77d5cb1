/**
 * Fix kind `permission-set`: roles named `AWSReservedSSO_<set>_<id>` are managed by IAM Identity
 * Center; editing them directly is undone. Change the permission set's inline policy, then provision it.
 * https://docs.aws.amazon.com/cli/latest/reference/sso-admin/put-inline-policy-to-permission-set.html
 */
import { msg } from '../i18n';
import { policyDocument } from './document';
import { cliJson } from './quote';
import type { PermissionSetFix, RenderedForms } from './types';

/** Renders a {@link PermissionSetFix}. */
export function renderPermissionSet(fix: PermissionSetFix): RenderedForms {
  const doc = policyDocument(fix.statements);
  return {
    policyJson: doc,
    cli: [
      `aws sso-admin put-inline-policy-to-permission-set --instance-arn <instance-arn> --permission-set-arn <arn-of-${fix.permissionSetName}> --inline-policy ${cliJson(doc)}`,
      'aws sso-admin provision-permission-set --instance-arn <instance-arn> --permission-set-arn <arn-of-permission-set> --target-type ALL_PROVISIONED_ACCOUNTS',
    ].join('\n'),
    notes: [msg('fix.render.permissionSet', { name: fix.permissionSetName })],
  };
}
