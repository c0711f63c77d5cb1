/**
 * Rules AWS applies whatever the policies say. Checked by `evaluate` before the policy layers decide.
 *
 * Always allowed (no policy can allow or deny them):
 * - `sts:GetCallerIdentity`: "No permissions are required to perform this operation. If an administrator
 *   attaches a policy to your identity that explicitly denies access to the sts:GetCallerIdentity action,
 *   you can still perform this operation" (AWS STS API Reference, GetCallerIdentity).
 * - `sts:GetSessionToken` (IAM users and the root user, the only callers AWS accepts): "No permissions are
 *   required for a user to get a session token … You cannot use policies to control authentication
 *   operations" (IAM User Guide, "Permissions for GetSessionToken").
 *
 * Never allowed (resources only AWS may change):
 * - AWS managed policies `arn:aws:iam::aws:policy/…`: "You cannot change the permissions defined in AWS
 *   managed policies" (AWS KMS Developer Guide, "AWS managed policies for AWS KMS"; IAM User Guide, "Edit IAM
 *   policies": AWS managed policies cannot be edited).
 * - Roles on the reserved path `/aws-reserved/` (IAM Identity Center roles): IAM answers "Cannot perform the
 *   operation on the protected role … this role is only modifiable by AWS" (AWS re:Post knowledge center,
 *   identity-center-aws-reserved-sso); IAM Identity Center changes them through its service-linked role
 *   (IAM Identity Center User Guide, "Using service-linked roles"), which stays allowed.
 * - AWS managed KMS key aliases `alias/aws/…`: "The alias/aws/ prefix is reserved for AWS managed key" and
 *   "You cannot manage aliases for AWS managed keys" (AWS KMS Developer Guide, "Create aliases").
 */
import type { AwsRule, RequestPrincipal } from './model';

/** Verbs of actions that change a resource (a protected resource refuses them). */
const MUTATING = /^(create|delete|put|update|set|tag|untag|attach|detach|add|remove|upload|change|enable|disable)/;

function verb(actionLower: string): string {
  return actionLower.slice(actionLower.indexOf(':') + 1);
}

/**
 * The AWS rule that decides this request whatever the policies say, if any.
 * @param actionLower lower-case `service:action`
 * @param resource requested resource ARN
 * @param principal the caller
 * @param serviceLinked whether the caller is a service-linked role (or its session)
 */
export function awsRuleFor(
  actionLower: string,
  resource: string,
  principal: RequestPrincipal,
  serviceLinked: boolean,
): AwsRule | undefined {
  if (actionLower === 'sts:getcalleridentity')
    return { kind: 'always-allowed', detail: 'sts:GetCallerIdentity needs no permission and no policy can deny it' };
  if (actionLower === 'sts:getsessiontoken' && (principal.kind === 'user' || principal.kind === 'root'))
    return {
      kind: 'always-allowed',
      detail: 'sts:GetSessionToken is an authentication call that policies do not control',
    };
  if (!resource.startsWith('arn:')) return undefined;
  if (actionLower.startsWith('iam:') && MUTATING.test(verb(actionLower))) {
    if (/^arn:[\w-]+:iam::aws:policy\//.test(resource))
      return { kind: 'aws-protected', detail: `${resource} is an AWS managed policy: only AWS can change it` };
    if (/^arn:[\w-]+:iam::\d{12}:role\/aws-reserved\//.test(resource) && !serviceLinked)
      return {
        kind: 'aws-protected',
        detail: `${resource} is a protected role (path /aws-reserved/): only AWS can change it`,
      };
  }
  if (
    (actionLower === 'kms:createalias' || actionLower === 'kms:updatealias' || actionLower === 'kms:deletealias') &&
    /^arn:[\w-]+:kms:[^:]*:\d{12}:alias\/aws\//.test(resource)
  )
    return {
      kind: 'aws-protected',
      detail: `${resource} is an AWS managed key alias (alias/aws/…): only AWS can manage it`,
    };
  return undefined;
}
