/**
 * One minimal case per false positive fixed in round 2 (each failed before its fix), each paired with
 * the true positive next to it so the fix cannot hide a real problem.
 */
import { CHECKS } from '../../../../lambda/core/checks/registry';
import { runChecks } from '../../../../lambda/core/checks/runner';
import type {
  EventSourceMappingInfo,
  FunctionInfo,
  PolicyDocument,
  Snapshot,
} from '../../../../lambda/core/snapshot/types';
import { withDataPerimeter, withRegionGuardrail } from './guardrails';
import { ACCOUNT, LOGS_ALLOW, NOW, allow, doc, fn, lambdaTrust, role, single } from '../../../support/factory';

const STREAM = `arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/clicks`;
const CONSUMER = `${STREAM}/consumer/fanout:1767225600`;
const DDB = `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/orders/stream/2026-01-01T00:00:00.000`;
const QUEUE = `arn:aws:sqs:us-east-1:${ACCOUNT}:jobs`;
const GROUP = `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/app/audit`;

function account(extra: Partial<FunctionInfo>, statements: Record<string, unknown>[], region = 'us-east-1'): Snapshot {
  const f = fn('subject', 'subject-role', {
    ...extra,
    region,
    arn: `arn:aws:lambda:${region}:${ACCOUNT}:function:subject`,
  });
  const r = role('subject-role', { app: doc(LOGS_ALLOW, ...statements) }, { trustPolicy: lambdaTrust(true) });
  return single(f, r);
}

const esm = (kind: EventSourceMappingInfo['kind'], arn: string): Partial<FunctionInfo> => ({
  eventSourceMappings: [{ uuid: `u-${kind}`, kind, eventSourceArn: arn, state: 'Enabled' }],
});

function logsSubscribed(principal: string): Snapshot {
  const base = account({}, []);
  const f = base.functions[0];
  const policy: PolicyDocument = doc({
    Sid: 'logs',
    Effect: 'Allow',
    Principal: { Service: principal },
    Action: 'lambda:InvokeFunction',
    Resource: f.arn,
    Condition: { ArnLike: { 'AWS:SourceArn': `${GROUP}:*` } },
  });
  return {
    ...base,
    functions: [{ ...f, resourcePolicy: policy }],
    triggers: [
      {
        kind: 'logs-subscription',
        sourceArn: `${GROUP}:*`,
        sourceAccount: ACCOUNT,
        targetArn: f.arn,
        servicePrincipal: 'logs.amazonaws.com',
      },
    ],
  };
}

const sqsWorker = (region: string) =>
  account(
    esm('sqs', QUEUE),
    [allow(['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'], QUEUE)],
    region,
  );

const SHARED_QUEUE = 'arn:aws:sqs:us-east-1:999988887777:shared-orders';
const SHARED_TOPIC = 'arn:aws:sns:us-east-1:999988887777:shared-failures';
const crossAccount = (grant: boolean) =>
  account({ ...esm('sqs', SHARED_QUEUE), deadLetterTargetArn: SHARED_TOPIC }, [
    allow(
      grant ? ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'] : ['sqs:ReceiveMessage'],
      SHARED_QUEUE,
    ),
    ...(grant ? [allow('sns:Publish', SHARED_TOPIC)] : []),
  ]);

const cases: [string, Snapshot, string[]][] = [
  [
    "Another account's queue and DLQ topic: the role allows, their policies are not in the snapshot",
    crossAccount(true),
    [],
  ],
  [
    "Another account's queue and DLQ topic: the role itself lacks the actions",
    crossAccount(false),
    ['LAA-ASYNC-DESTINATIONS', 'LAA-ESM-PERMISSIONS'],
  ],
  [
    'Kinesis: Serverless Framework grant (DescribeStream, no Summary / ListShards) is enough',
    account(esm('kinesis', STREAM), [
      allow(
        ['kinesis:GetRecords', 'kinesis:GetShardIterator', 'kinesis:DescribeStream', 'kinesis:ListStreams'],
        STREAM,
      ),
    ]),
    [],
  ],
  [
    'Kinesis: consumer grant (Summary + ListShards + SubscribeToShard, no DescribeStream) is enough',
    account(esm('kinesis', CONSUMER), [
      allow(
        ['kinesis:GetRecords', 'kinesis:GetShardIterator', 'kinesis:DescribeStreamSummary', 'kinesis:ListShards'],
        STREAM,
      ),
      allow('kinesis:SubscribeToShard', CONSUMER),
    ]),
    [],
  ],
  [
    'Kinesis: no Describe* at all is still reported',
    account(esm('kinesis', STREAM), [allow(['kinesis:GetRecords', 'kinesis:GetShardIterator'], STREAM)]),
    ['LAA-ESM-PERMISSIONS'],
  ],
  [
    'DynamoDB: ListStreams scoped to the stream ARN (Serverless, Terraform) is enough',
    account(esm('dynamodb', DDB), [
      allow(
        ['dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:DescribeStream', 'dynamodb:ListStreams'],
        DDB,
      ),
    ]),
    [],
  ],
  [
    'DynamoDB: no ListStreams at all is still reported',
    account(esm('dynamodb', DDB), [
      allow(['dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:DescribeStream'], DDB),
    ]),
    ['LAA-ESM-PERMISSIONS'],
  ],
  [
    'Logs subscription granted to logs.us-east-1.amazonaws.com (Terraform, Datadog)',
    logsSubscribed('logs.us-east-1.amazonaws.com'),
    [],
  ],
  ['Logs subscription granted to logs.amazonaws.com', logsSubscribed('logs.amazonaws.com'), []],
  [
    "Logs subscription granted to another Region's principal is reported",
    logsSubscribed('logs.eu-west-1.amazonaws.com'),
    ['LAA-TRIGGER-INVOKE-PERMISSION'],
  ],
  ['Region SCP: a function in an allowed Region', withRegionGuardrail(sqsWorker('us-east-1')), []],
  [
    'Region SCP: a function outside the allowed Regions is reported',
    withRegionGuardrail(sqsWorker('ap-south-1')),
    ['LAA-ESM-PERMISSIONS', 'LAA-ROLE-LOGS-WRITE', 'LAA-ROLE-SHADOWED-GRANT'],
  ],
  ['Org-identity RCP: the execution role belongs to the organization', withDataPerimeter(sqsWorker('us-east-1')), []],
  [
    'Org-identity RCP naming another organization is reported',
    withDataPerimeter(sqsWorker('us-east-1'), 'o-other0000'),
    ['LAA-ESM-PERMISSIONS', 'LAA-ROLE-SHADOWED-GRANT'],
  ],
];

describe('false-positive regressions (round 2)', () => {
  it.each(cases)('%s', (_label, snap, want) => {
    const report = runChecks(CHECKS, { snapshot: snap, now: NOW });
    expect(report.runs.filter((r) => r.status === 'error')).toEqual([]);
    expect([...new Set(report.findings.map((f) => f.checkId))].sort()).toEqual(want);
  });
});
