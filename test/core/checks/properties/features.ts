/**
 * A catalog of Lambda features, each with exactly the execution-role / resource-policy permissions AWS
 * documents for it (AWS-FACTS §6-8), and for every required permission the check that must fire when
 * that one permission is missing. Drives the mutation table and the generative property test.
 */
import type { FunctionInfo, KmsKeyInfo, TriggerInfo } from '../../../../lambda/core/snapshot/types';
import { TRIGGER_FEATURES } from './trigger-features';
import { ACCOUNT, REGION, doc } from '../../../support/factory';

const A = ACCOUNT;
const R = REGION;

/** One identity-policy statement of a feature; each action is one "required permission". */
export interface Grant {
  readonly sid: string;
  readonly actions: readonly string[];
  readonly resource: string | readonly string[];
  readonly condition?: Record<string, unknown>;
  /** Check that fires when one of `actions` is removed (undefined: removal is not a finding, e.g. optional). */
  readonly expect?: string;
}

/** One Lambda feature, healthy by construction. */
export interface Feature {
  readonly id: string;
  /** Configuration the feature adds to the function. */
  readonly config: (name: string) => Partial<FunctionInfo>;
  /** Execution-role statements AWS documents for it. */
  readonly grants: (name: string) => readonly Grant[];
  /** Resource-policy statements (triggers) with their trigger; removal fires LAA-TRIGGER-INVOKE-PERMISSION. */
  readonly triggers?: (name: string) => readonly { statement: Record<string, unknown>; trigger: TriggerInfo }[];
  readonly kmsKeys?: readonly KmsKeyInfo[];
  /** Grants actions another feature grants on the same resource (left out of the all-features mutations). */
  readonly sharesActions?: boolean;
}

const KEY = `arn:aws:kms:${R}:${A}:key/1111aaaa-22bb-33cc-44dd-555555eeeeee`;
const QUEUE = `arn:aws:sqs:${R}:${A}:orders`;
const STREAM = `arn:aws:kinesis:${R}:${A}:stream/clicks`;
const TABLE_STREAM = `arn:aws:dynamodb:${R}:${A}:table/orders/stream/2026-01-01T00:00:00.000`;
const DLQ = `arn:aws:sqs:${R}:${A}:orders-dlq`;
const TOPIC = `arn:aws:sns:${R}:${A}:alerts`;
const BUS = `arn:aws:events:${R}:${A}:event-bus/default`;
const FS = `arn:aws:elasticfilesystem:${R}:${A}:file-system/fs-0123456789abcdef0`;
const AP = `arn:aws:elasticfilesystem:${R}:${A}:access-point/fsap-0123456789abcdef0`;
const MSK = `arn:aws:kafka:${R}:${A}:cluster/orders/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d-1`;
const BROKER = `arn:aws:mq:${R}:${A}:broker:orders:b-0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d`;
const SECRET = `arn:aws:secretsmanager:${R}:${A}:secret:mq-orders-AbCdEf`;
const ESM_ENI = [
  'ec2:CreateNetworkInterface',
  'ec2:DescribeNetworkInterfaces',
  'ec2:DescribeVpcs',
  'ec2:DeleteNetworkInterface',
  'ec2:DescribeSubnets',
  'ec2:DescribeSecurityGroups',
];
const SUBNETS = ['subnet-0aaa1111bbbb2222c', 'subnet-0ddd3333eeee4444f'];
const SGS = ['sg-0123456789abcdef0'];

const ESM = 'LAA-ESM-PERMISSIONS';
/** Check that fires when a trigger's resource-policy statement is removed. */
export const INVOKE = 'LAA-TRIGGER-INVOKE-PERMISSION';

/** Every feature. */
export const FEATURES: readonly Feature[] = [
  {
    id: 'vpc',
    config: () => ({ vpc: { vpcId: 'vpc-0abc', subnetIds: SUBNETS, securityGroupIds: SGS } }),
    grants: () => [
      {
        sid: 'VpcEni',
        actions: ['ec2:CreateNetworkInterface', 'ec2:DescribeNetworkInterfaces', 'ec2:DeleteNetworkInterface'],
        resource: '*',
        expect: 'LAA-VPC-ENI-PERMISSIONS',
      },
      {
        sid: 'VpcEniExtra',
        actions: ['ec2:DescribeSubnets', 'ec2:AssignPrivateIpAddresses', 'ec2:UnassignPrivateIpAddresses'],
        resource: '*',
        expect: 'LAA-VPC-ENI-PERMISSIONS',
      },
    ],
  },
  {
    id: 'sqs-esm',
    config: () => ({
      eventSourceMappings: [{ uuid: 'esm-sqs', kind: 'sqs', eventSourceArn: QUEUE, state: 'Enabled' }],
    }),
    grants: () => [
      {
        sid: 'SqsPoll',
        actions: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'],
        resource: QUEUE,
        expect: ESM,
      },
    ],
  },
  {
    id: 'sqs-esm-kms',
    config: () => ({
      eventSourceMappings: [
        { uuid: 'esm-sqs-kms', kind: 'sqs', eventSourceArn: `${QUEUE}-enc`, state: 'Enabled', sourceKmsKeyArn: KEY },
      ],
    }),
    grants: () => [
      {
        sid: 'SqsPollEnc',
        actions: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'],
        resource: `${QUEUE}-enc`,
        expect: ESM,
      },
      { sid: 'QueueKey', actions: ['kms:Decrypt'], resource: KEY, expect: ESM },
    ],
  },
  {
    id: 'kinesis-esm',
    config: () => ({
      eventSourceMappings: [
        {
          uuid: 'esm-kinesis',
          kind: 'kinesis',
          eventSourceArn: STREAM,
          state: 'Enabled',
          onFailureDestination: `${QUEUE}-kinesis-failures`,
        },
      ],
    }),
    grants: () => [
      {
        sid: 'KinesisRead',
        actions: ['kinesis:GetRecords', 'kinesis:GetShardIterator'],
        resource: STREAM,
        expect: ESM,
      },
      {
        // Alternatives: DescribeStream alone, or DescribeStreamSummary + ListShards (see esm.ts).
        sid: 'KinesisDescribe',
        actions: ['kinesis:DescribeStream', 'kinesis:DescribeStreamSummary', 'kinesis:ListShards'],
        resource: STREAM,
      },
      { sid: 'KinesisFailures', actions: ['sqs:SendMessage'], resource: `${QUEUE}-kinesis-failures`, expect: ESM },
    ],
  },
  {
    id: 'dynamodb-esm',
    config: () => ({
      eventSourceMappings: [{ uuid: 'esm-ddb', kind: 'dynamodb', eventSourceArn: TABLE_STREAM, state: 'Enabled' }],
    }),
    grants: () => [
      {
        sid: 'DdbStream',
        actions: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator'],
        resource: TABLE_STREAM,
        expect: ESM,
      },
      { sid: 'DdbListStreams', actions: ['dynamodb:ListStreams'], resource: '*', expect: ESM },
    ],
  },
  {
    id: 'dlq-sqs',
    config: () => ({ deadLetterTargetArn: DLQ }),
    grants: () => [{ sid: 'Dlq', actions: ['sqs:SendMessage'], resource: DLQ, expect: 'LAA-ASYNC-DESTINATIONS' }],
  },
  {
    id: 'destinations',
    config: () => ({ destinations: { onFailure: TOPIC, onSuccess: BUS } }),
    grants: () => [
      { sid: 'OnFailure', actions: ['sns:Publish'], resource: TOPIC, expect: 'LAA-ASYNC-DESTINATIONS' },
      { sid: 'OnSuccess', actions: ['events:PutEvents'], resource: BUS, expect: 'LAA-ASYNC-DESTINATIONS' },
    ],
  },
  {
    id: 'xray',
    config: () => ({ tracingMode: 'Active' }),
    grants: () => [
      {
        sid: 'XRay',
        actions: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'],
        resource: '*',
        expect: 'LAA-XRAY-TRACING',
      },
    ],
  },
  {
    id: 'efs',
    config: () => ({ fileSystems: [{ arn: AP, localMountPath: '/mnt/data', fileSystemArn: FS }] }),
    grants: () => [
      {
        sid: 'Efs',
        actions: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'],
        resource: FS,
        condition: { StringEquals: { 'elasticfilesystem:AccessPointArn': AP } },
        expect: 'LAA-EFS-MOUNT',
      },
    ],
  },
  {
    id: 'msk-esm',
    sharesActions: true,
    config: () => ({
      eventSourceMappings: [{ uuid: 'esm-msk', kind: 'msk', eventSourceArn: MSK, state: 'Enabled' }],
    }),
    grants: () => [
      // Either describe action is enough (MSK Serverless needs V2): removing one alone is not a finding.
      { sid: 'MskDescribe', actions: ['kafka:DescribeClusterV2', 'kafka:DescribeCluster'], resource: MSK },
      { sid: 'MskBrokers', actions: ['kafka:GetBootstrapBrokers'], resource: MSK, expect: ESM },
      { sid: 'MskEni', actions: ESM_ENI, resource: '*', expect: ESM },
    ],
  },
  {
    id: 'mq-esm',
    sharesActions: true,
    config: () => ({
      eventSourceMappings: [
        {
          uuid: 'esm-mq',
          kind: 'mq',
          eventSourceArn: BROKER,
          state: 'Enabled',
          sourceAccessConfigurations: [{ type: 'BASIC_AUTH', uri: SECRET }],
        },
      ],
    }),
    grants: () => [
      { sid: 'MqBroker', actions: ['mq:DescribeBroker'], resource: BROKER, expect: ESM },
      { sid: 'MqSecret', actions: ['secretsmanager:GetSecretValue'], resource: SECRET, expect: ESM },
      { sid: 'MqEni', actions: ESM_ENI, resource: '*', expect: ESM },
    ],
  },
  {
    id: 'env-kms',
    config: () => ({ kmsKeyArn: KEY, environmentVariableNames: ['DB_URL'] }),
    grants: () => [],
    kmsKeys: [
      {
        arn: KEY,
        keyPolicy: doc({
          Sid: 'Enable IAM User Permissions',
          Effect: 'Allow',
          Principal: { AWS: `arn:aws:iam::${A}:root` },
          Action: 'kms:*',
          Resource: '*',
        }),
      },
    ],
  },
  {
    id: 'url-iam',
    config: (name) => ({ url: { url: `https://${name}.lambda-url.${R}.on.aws/`, authType: 'AWS_IAM' } }),
    grants: () => [],
  },
  ...TRIGGER_FEATURES,
];

/** Feature by ID. */
export function feature(id: string): Feature {
  const f = FEATURES.find((x) => x.id === id);
  if (!f) throw new Error(`unknown feature ${id}`);
  return f;
}

/** The logs statement every function needs (`AWSLambdaBasicExecutionRole`, scoped to its group). */
export function logsGrant(name: string): Grant {
  return {
    sid: 'Logs',
    actions: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'],
    resource: `arn:aws:logs:${R}:${A}:log-group:/aws/lambda/${name}:*`,
    expect: 'LAA-ROLE-LOGS-WRITE',
  };
}

/** IAM statement JSON of a grant. */
export function statementOf(g: Grant): Record<string, unknown> {
  return {
    Sid: g.sid,
    Effect: 'Allow',
    Action: g.actions.length === 1 ? g.actions[0] : [...g.actions],
    Resource: g.resource,
    ...(g.condition ? { Condition: g.condition } : {}),
  };
}
