/**
 * cdk-nag (AwsSolutions) acknowledgments of the organization stacks, each with its reason. The collector
 * grants are the single-account ones with the Region replaced by `*` (the member role is global).
 */
import { collectorReadAcknowledgments } from './nag-suppressions';

/** `AwsSolutions-IAM5[...]` IDs and reasons for the member role's read policy (Region wildcard). */
export function memberReadAcknowledgments(): { id: string; reason: string }[] {
  return collectorReadAcknowledgments().map((ack) => ({
    id: ack.id.replaceAll('<AWS::Region>', '*'),
    reason: `${ack.reason.replace(/ Scoped to this account\/region where the ARN allows\.$/, '')} Scoped to this account; every Region, because the one global role reads all Regions of the account.`,
  }));
}

/** Why the central roles may assume the member role in any account of the organization. */
export const ASSUME_MEMBER_ROLE_REASON =
  'sts:AssumeRole on arn:<partition>:iam::*:role/<member role>: the member role exists in every account of the ' +
  'organization (StackSet auto-deployment), so its account is not known in advance; the member trust policy ' +
  'only accepts these exact central role ARNs from inside the organization (aws:PrincipalOrgID).';
