/**
 * What `cdk synth` + deploy leaves in an account: `<Fn>ServiceRole…` roles without a trust guard,
 * `AWSLambdaBasicExecutionRole` attached, `ServiceRoleDefaultPolicy…` inline statements from
 * `grant*()` calls, and `AWS::Lambda::Permission` statements from the L2 integrations.
 */
import type { Snapshot } from '../../../../lambda/core/snapshot/types';
import {
  snapshot,
  ACCOUNT as A,
  BASIC,
  MANAGED,
  REGION as R,
  VPC_ACCESS,
  deployedFn,
  fnArn,
  iacRole,
  permission,
  resourcePolicyDoc,
  trigger,
} from '../../../support/factory';

const STACK = 'OrdersStack';
const role = (fn: string) => `${STACK}-${fn}ServiceRole4A2C7E01-Q1W2E3R4T5Y6`;
const defaultPolicy = (fn: string) => `${fn}ServiceRoleDefaultPolicy8B1C2D3E`;

const QUEUE = `arn:aws:sqs:${R}:${A}:${STACK}-OrdersQueue1A2B3C4D-AbCdEfGh1234`;
const DLQ = `arn:aws:sqs:${R}:${A}:${STACK}-WorkerDeadLetterQueue9F8E7D6C-ZyXw98765432`;
const KEY = `arn:aws:kms:${R}:${A}:key/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b`;
const TABLE = `arn:aws:dynamodb:${R}:${A}:table/${STACK}-OrdersTable5C6D7E8F-1QAZ2WSX3EDC`;
const TABLE_STREAM = `${TABLE}/stream/2026-01-02T03:04:05.678`;
const BUCKET = `arn:aws:s3:::orderstack-uploadsbucket7e6f5a4b-1x2y3z4w5v6u`;
const RULE = `arn:aws:events:${R}:${A}:rule/${STACK}-NightlyRule0A1B2C3D-7H8J9K0L1M2N`;
const TOPIC = `arn:aws:sns:${R}:${A}:${STACK}-AlertsTopic4E5F6A7B-PqRsTuVw`;
const API = 'k3yw0rd9a1';
const FS = `arn:aws:elasticfilesystem:${R}:${A}:file-system/fs-0fedcba9876543210`;
const AP = `arn:aws:elasticfilesystem:${R}:${A}:access-point/fsap-0fedcba9876543210`;

/** `queue.grantConsumeMessages(fn)` on an SSE-KMS queue + `key.grantDecrypt(fn)`. */
const consumeMessages = [
  {
    Action: [
      'sqs:ReceiveMessage',
      'sqs:ChangeMessageVisibility',
      'sqs:GetQueueUrl',
      'sqs:DeleteMessage',
      'sqs:GetQueueAttributes',
    ],
    Effect: 'Allow',
    Resource: QUEUE,
  },
  { Action: 'kms:Decrypt', Effect: 'Allow', Resource: KEY },
];

/** `table.grantStreamRead(fn)` (ListStreams on *, the rest on the stream ARN). */
const streamRead = [
  { Action: 'dynamodb:ListStreams', Effect: 'Allow', Resource: '*' },
  {
    Action: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator'],
    Effect: 'Allow',
    Resource: TABLE_STREAM,
  },
];

/** `bucket.grantRead(fn)`. */
const bucketRead = {
  Action: ['s3:GetObject*', 's3:GetBucket*', 's3:List*'],
  Effect: 'Allow',
  Resource: [BUCKET, `${BUCKET}/*`],
};

/** `tracing: Tracing.ACTIVE`. */
const xray = { Action: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], Effect: 'Allow', Resource: '*' };

/** `deadLetterQueueEnabled: true` and `onFailure: new SqsDestination(queue)` (grantSendMessages). */
const sendToDlq = {
  Action: ['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'],
  Effect: 'Allow',
  Resource: DLQ,
};

/** `FileSystem.fromEfsAccessPoint(ap, '/mnt/efs')`. */
const efs = [
  {
    Action: 'elasticfilesystem:ClientMount',
    Condition: { StringEquals: { 'elasticfilesystem:AccessPointArn': AP } },
    Effect: 'Allow',
    Resource: '*',
  },
  { Action: 'elasticfilesystem:ClientWrite', Effect: 'Allow', Resource: FS },
];

/** The key policy CDK gives a `kms.Key` (account root `kms:*`). */
const keyPolicy = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${A}:root` }, Action: 'kms:*', Resource: '*' }],
};

/** The CDK account: one function per integration. */
export function cdkAccount(): Snapshot {
  const worker = 'OrdersStack-WorkerFn3C4D5E6F-a1B2c3D4e5F6';
  const api = 'OrdersStack-ApiFn7A8B9C0D-g7H8i9J0k1L2';
  const hooks = 'OrdersStack-HooksFnE1F2A3B4-m3N4o5P6q7R8';
  const url = 'OrdersStack-UrlFn5B6C7D8E-s9T0u1V2w3X4';
  const files = 'OrdersStack-FilesFn9C0D1E2F-y5Z6a7B8c9D0';
  const functions = [
    deployedFn(worker, role('WorkerFn'), {
      tracingMode: 'Active',
      kmsKeyArn: KEY,
      environmentVariableNames: ['TABLE_NAME', 'BUCKET_NAME'],
      deadLetterTargetArn: DLQ,
      eventSourceMappings: [
        {
          uuid: 'c0c0c0c0-0000-4000-8000-000000000001',
          kind: 'sqs',
          eventSourceArn: QUEUE,
          state: 'Enabled',
          sourceKmsKeyArn: KEY,
        },
        {
          uuid: 'c0c0c0c0-0000-4000-8000-000000000002',
          kind: 'dynamodb',
          eventSourceArn: TABLE_STREAM,
          state: 'Enabled',
          onFailureDestination: DLQ,
        },
      ],
    }),
    deployedFn(api, role('ApiFn'), {
      resourcePolicy: resourcePolicyDoc(
        permission(
          'OrdersStackApiGETApiPermissionOrdersStackApiGET1A2B3C4D',
          { Service: 'apigateway.amazonaws.com' },
          fnArn(api),
          {
            ArnLike: { 'AWS:SourceArn': `arn:aws:execute-api:${R}:${A}:${API}/prod/GET/orders` },
          },
        ),
        permission(
          'OrdersStackApiGETApiPermissionTestOrdersStackApiGET5E6F7A8B',
          { Service: 'apigateway.amazonaws.com' },
          fnArn(api),
          {
            ArnLike: { 'AWS:SourceArn': `arn:aws:execute-api:${R}:${A}:${API}/test-invoke-stage/GET/orders` },
          },
        ),
        permission('ApiFnProxyPermission', { Service: 'apigateway.amazonaws.com' }, fnArn(api), {
          ArnLike: { 'AWS:SourceArn': `arn:aws:execute-api:${R}:${A}:${API}/*/*/*` },
        }),
      ),
    }),
    deployedFn(hooks, role('HooksFn'), {
      resourcePolicy: resourcePolicyDoc(
        permission(
          'OrdersStackNightlyRuleAllowEventRuleOrdersStackHooksFn1A2B3C4D',
          { Service: 'events.amazonaws.com' },
          fnArn(hooks),
          {
            ArnLike: { 'AWS:SourceArn': RULE },
          },
        ),
        permission('HooksFnAllowInvokeOrdersStackAlertsTopic5E6F7A8B', { Service: 'sns.amazonaws.com' }, fnArn(hooks), {
          ArnLike: { 'AWS:SourceArn': TOPIC },
        }),
        permission(
          'HooksFnAllowBucketNotificationsToOrdersStackHooksFn9C0D1E2F',
          { Service: 's3.amazonaws.com' },
          fnArn(hooks),
          {
            StringEquals: { 'AWS:SourceAccount': A },
            ArnLike: { 'AWS:SourceArn': BUCKET },
          },
        ),
      ),
    }),
    deployedFn(url, role('UrlFn'), {
      url: { url: 'https://abcdefghijklmnopqrstuvwxyz012345.lambda-url.us-east-1.on.aws/', authType: 'NONE' },
      resourcePolicy: resourcePolicyDoc(
        {
          Sid: 'FunctionURLAllowPublicAccess',
          Effect: 'Allow',
          Principal: '*',
          Action: 'lambda:InvokeFunctionUrl',
          Resource: fnArn(url),
          Condition: { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } },
        },
        {
          Sid: 'FunctionURLInvokeAllowPublicAccess',
          Effect: 'Allow',
          Principal: '*',
          Action: 'lambda:InvokeFunction',
          Resource: fnArn(url),
          Condition: { Bool: { 'lambda:InvokedViaFunctionUrl': 'true' } },
        },
      ),
    }),
    deployedFn(files, role('FilesFn'), {
      vpc: {
        vpcId: 'vpc-0a1b2c3d',
        subnetIds: ['subnet-0a1b2c3d4e5f60718'],
        securityGroupIds: ['sg-0a1b2c3d4e5f60718'],
      },
      fileSystems: [{ arn: AP, localMountPath: '/mnt/efs', fileSystemArn: FS }],
      logGroup: `/aws/lambda/${files}`,
    }),
  ];
  const roles = [
    iacRole(role('WorkerFn'), [BASIC], {
      [defaultPolicy('WorkerFn')]: [...consumeMessages, ...streamRead, bucketRead, xray, sendToDlq],
    }),
    iacRole(role('ApiFn'), [BASIC], {}),
    iacRole(role('HooksFn'), [BASIC], {}),
    iacRole(role('UrlFn'), [BASIC], {}),
    iacRole(role('FilesFn'), [BASIC, VPC_ACCESS], { [defaultPolicy('FilesFn')]: efs }),
  ];
  return snapshot({
    functions,
    roles,
    managedPolicies: MANAGED,
    kmsKeys: [{ arn: KEY, keyPolicy }],
    triggers: [
      trigger(
        'apigateway',
        `arn:aws:execute-api:${R}:${A}:${API}/prod/GET/orders`,
        fnArn(api),
        'apigateway.amazonaws.com',
        A,
      ),
      trigger('apigateway', `arn:aws:execute-api:${R}:${A}:${API}/*/*/*`, fnArn(api), 'apigateway.amazonaws.com', A),
      trigger('eventbridge-rule', RULE, fnArn(hooks), 'events.amazonaws.com', A),
      trigger('sns', TOPIC, fnArn(hooks), 'sns.amazonaws.com', A),
      trigger('s3', BUCKET, fnArn(hooks), 's3.amazonaws.com', A),
    ],
    inventory: {
      apigateway: { complete: true, arns: [`arn:aws:execute-api:${R}:${A}:${API}`] },
      'eventbridge-rule': { complete: true, arns: [RULE] },
      sns: { complete: true, arns: [TOPIC] },
      s3: { complete: true, arns: [BUCKET] },
    },
  });
}
