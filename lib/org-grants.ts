/** IAM grants of the central deployment. */
import { memberAccessEnvironment } from '../lambda/handlers/config';
import { Aws, Validations } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { ASSUME_MEMBER_ROLE_REASON } from './org-nag';

/** How the central auditor reads member accounts. */
export interface CrossAccountProps {
  /** Name of the member stack's read-only auditor role (the same in every member account). */
  readonly memberRoleName: string;
}

/** ARN pattern of the member role in any account of the partition. */
export function memberRoleArnPattern(memberRoleName: string): string {
  return `arn:${Aws.PARTITION}:iam::*:role/${memberRoleName}`;
}

/**
 * Lets `role` assume the member role in every member account (the account is only known per event). The
 * member trust policy is the real boundary: exact central role ARNs, `aws:PrincipalOrgID`.
 */
export function grantAssumeMemberRole(role: iam.Role, memberRoleName: string): void {
  role.addToPrincipalPolicy(
    new iam.PolicyStatement({ actions: ['sts:AssumeRole'], resources: [memberRoleArnPattern(memberRoleName)] }),
  );
  Validations.of(role).acknowledge({
    id: `AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:iam::*:role/${memberRoleName}]`,
    reason: ASSUME_MEMBER_ROLE_REASON,
  });
}

/** Environment telling the handlers which member role to assume and their own account (none: single account). */
export function crossAccountEnvironment(crossAccount?: CrossAccountProps): Record<string, string> {
  return memberAccessEnvironment(
    crossAccount ? { roleName: crossAccount.memberRoleName, homeAccount: Aws.ACCOUNT_ID } : undefined,
  );
}

/**
 * The collector's Organizations reads (SCPs and RCPs that apply to an account). Organizations answers them
 * only in the management account or a delegated administrator account ("This operation can be called only
 * from the organization's management account or by a member account that is a delegated administrator":
 * Organizations API reference, ListPoliciesForTarget), so the central account, never a member role, reads
 * them. Organizations ARNs name the management account, unknown here: `arn:<partition>:organizations::*:*`.
 */
export const ORGANIZATION_POLICY_READ_ACTIONS = [
  'organizations:ListParents',
  'organizations:ListPoliciesForTarget',
  'organizations:DescribePolicy',
] as const;

/** Grants {@link ORGANIZATION_POLICY_READ_ACTIONS} to `role` (organization `auto`). */
export function grantOrganizationPolicyReads(role: iam.Role): void {
  const resource = `arn:${Aws.PARTITION}:organizations::*:*`;
  role.addToPrincipalPolicy(
    new iam.PolicyStatement({ actions: [...ORGANIZATION_POLICY_READ_ACTIONS], resources: [resource] }),
  );
  Validations.of(role).acknowledge({
    id: 'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:organizations::*:*]',
    reason:
      'Organizations policy, OU and root ARNs name the management account, which is not known at synth time; ' +
      'read-only (ListParents, ListPoliciesForTarget, DescribePolicy), used to explain SCP/RCP denials.',
  });
}
