/**
 * AWS managed policies used by the demo account, with the actions AWS publishes (see
 * shared/AWS-FACTS.md §6.3). The collector fetches the live default version at runtime; these are
 * fixtures.
 */
import type { ManagedPolicyInfo } from '../../lambda/core/snapshot/types';

function awsManaged(
  name: string,
  path: string,
  version: string,
  actions: readonly string[],
  sid?: string,
): ManagedPolicyInfo {
  return {
    arn: `arn:aws:iam::aws:policy/${path}${name}`,
    name,
    awsManaged: true,
    defaultVersionId: version,
    document: {
      Version: '2012-10-17',
      Statement: [{ ...(sid ? { Sid: sid } : {}), Effect: 'Allow', Action: [...actions], Resource: '*' }],
    },
  };
}

const LOGS = ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'];

/** `service-role/AWSLambdaBasicExecutionRole` (v1). */
export const BASIC_EXECUTION = awsManaged('AWSLambdaBasicExecutionRole', 'service-role/', 'v1', LOGS);

/** `service-role/AWSLambdaVPCAccessExecutionRole` (v3). */
export const VPC_ACCESS_EXECUTION = awsManaged(
  'AWSLambdaVPCAccessExecutionRole',
  'service-role/',
  'v3',
  [
    ...LOGS,
    'ec2:CreateNetworkInterface',
    'ec2:DescribeNetworkInterfaces',
    'ec2:DescribeSubnets',
    'ec2:DeleteNetworkInterface',
    'ec2:AssignPrivateIpAddresses',
    'ec2:UnassignPrivateIpAddresses',
  ],
  'AWSLambdaVPCAccessExecutionPermissions',
);

/** `service-role/AWSLambdaSQSQueueExecutionRole` (v1). */
export const SQS_QUEUE_EXECUTION = awsManaged('AWSLambdaSQSQueueExecutionRole', 'service-role/', 'v1', [
  'sqs:ReceiveMessage',
  'sqs:DeleteMessage',
  'sqs:GetQueueAttributes',
  ...LOGS,
]);

/** `service-role/AWSLambdaKinesisExecutionRole` (v2). */
export const KINESIS_EXECUTION = awsManaged('AWSLambdaKinesisExecutionRole', 'service-role/', 'v2', [
  'kinesis:DescribeStream',
  'kinesis:DescribeStreamSummary',
  'kinesis:GetRecords',
  'kinesis:GetShardIterator',
  'kinesis:ListShards',
  'kinesis:ListStreams',
  'kinesis:SubscribeToShard',
  ...LOGS,
]);

/** `service-role/AWSLambdaDynamoDBExecutionRole` (v1). */
export const DYNAMODB_EXECUTION = awsManaged('AWSLambdaDynamoDBExecutionRole', 'service-role/', 'v1', [
  'dynamodb:DescribeStream',
  'dynamodb:GetRecords',
  'dynamodb:GetShardIterator',
  'dynamodb:ListStreams',
  ...LOGS,
]);

/** `service-role/AWSLambdaMSKExecutionRole` (v2). */
export const MSK_EXECUTION = awsManaged('AWSLambdaMSKExecutionRole', 'service-role/', 'v2', [
  'kafka:DescribeCluster',
  'kafka:DescribeClusterV2',
  'kafka:GetBootstrapBrokers',
  'ec2:CreateNetworkInterface',
  'ec2:DescribeNetworkInterfaces',
  'ec2:DescribeVpcs',
  'ec2:DeleteNetworkInterface',
  'ec2:DescribeSubnets',
  'ec2:DescribeSecurityGroups',
  ...LOGS,
]);

/** `AWSXRayDaemonWriteAccess` (v2, no service-role/ path). */
export const XRAY_DAEMON_WRITE = awsManaged('AWSXRayDaemonWriteAccess', '', 'v2', [
  'xray:PutTraceSegments',
  'xray:PutTelemetryRecords',
  'xray:GetSamplingRules',
  'xray:GetSamplingTargets',
  'xray:GetSamplingStatisticSummaries',
]);

/** `service-role/AWSLambdaRole`. */
export const LAMBDA_ROLE = awsManaged('AWSLambdaRole', 'service-role/', 'v2', ['lambda:InvokeFunction']);

/** Demo account constants. */
export const DEMO_ACCOUNT = '111122223333';
/** Demo region. */
export const DEMO_REGION = 'us-east-1';
