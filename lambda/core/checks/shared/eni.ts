/**
 * The EC2 network-interface permissions Lambda needs to attach a function (or an event source
 * poller) to a VPC. Lambda does not inject `lambda:SourceFunctionArn` into these calls.
 */
import type { Requirement } from './requirements';

/** Core ENI actions of `AWSLambdaVPCAccessExecutionRole` (AWS-FACTS §6.3). */
export const ENI_CORE_ACTIONS = [
  'ec2:CreateNetworkInterface',
  'ec2:DescribeNetworkInterfaces',
  'ec2:DeleteNetworkInterface',
];

/** Further actions of `AWSLambdaVPCAccessExecutionRole` v3. */
export const ENI_EXTRA_ACTIONS = [
  'ec2:DescribeSubnets',
  'ec2:AssignPrivateIpAddresses',
  'ec2:UnassignPrivateIpAddresses',
];

/** Actions event source pollers in a VPC need (MSK, self-managed Kafka, MQ, DocumentDB; AWS-FACTS §7.1). */
export const ESM_VPC_ACTIONS = [
  'ec2:CreateNetworkInterface',
  'ec2:DescribeNetworkInterfaces',
  'ec2:DescribeVpcs',
  'ec2:DeleteNetworkInterface',
  'ec2:DescribeSubnets',
  'ec2:DescribeSecurityGroups',
];

/** Requirements for `actions` on `*` (what the managed policies grant; EC2 Describe* has no resource-level permissions). */
export function onAnyResource(actions: readonly string[]): Requirement[] {
  return actions.map((action) => ({ action, resource: '*' }));
}

/**
 * `ec2:CreateNetworkInterface` is authorized against the new interface AND the subnets and security
 * groups it uses, so it is asked once per resource.
 */
export function createEniRequirements(
  partition: string,
  region: string,
  account: string,
  subnetIds: readonly string[],
  securityGroupIds: readonly string[],
): Requirement[] {
  const base = `arn:${partition}:ec2:${region}:${account}`;
  return [
    `${base}:network-interface/*`,
    ...subnetIds.map((s) => `${base}:subnet/${s}`),
    ...securityGroupIds.map((g) => `${base}:security-group/${g}`),
  ].map((resource) => ({ action: 'ec2:CreateNetworkInterface', resource }));
}
