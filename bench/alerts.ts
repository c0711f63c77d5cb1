/**
 * Alert benchmarks: rendering throughput (SNS email + Chatbot payload) for a typical and an oversized
 * finding, and the on-denial handler's own cost per record (real parser and checks over the demo account;
 * SNS and DynamoDB answered in memory, so AWS latency is excluded).
 */
import { configEnvironment, readConfig } from '../lambda/handlers/config';
import { performance } from 'node:perf_hooks';
import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import type { Context } from 'aws-lambda';
import { buildDemoSnapshot, DEMO_SCENARIOS, demoEvents } from '../examples/demo-account';
import { loadActionCatalog } from '../lambda/catalog';
import { CHECKS } from '../lambda/core/checks/registry';
import type { Finding } from '../lambda/core/findings/types';
import { renderSnsAlert } from '../lambda/core/render/alerts/sns-message';
import { createOnDenialHandler } from '../lambda/handlers/on-denial';
import type { MetricsSink } from '../lambda/handlers/ports';
import type { BenchResult } from './types';

const TYPICAL: Finding = {
  checkId: 'LAA-ROLE-DENIED-ACTION',
  category: 'execution-role',
  severity: 'high',
  function: {
    name: 'orders',
    arn: 'arn:aws:lambda:us-east-1:111122223333:function:orders',
    account: '111122223333',
    region: 'us-east-1',
  },
  title: 'orders cannot s3:GetObject on arn:aws:s3:::orders-bucket/incoming/*',
  action: 's3:GetObject',
  resource: 'arn:aws:s3:::orders-bucket/incoming/1.json',
  explanation: {
    summary: 'No identity-based policy allows s3:GetObject.',
    decision: 'ImplicitlyDenied',
    decidingPolicyType: 'identity',
    statements: [
      {
        policy: 'inline',
        policyType: 'identity',
        index: 0,
        effect: 'Allow',
        statement: { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::orders-bucket/archive/*' },
      },
    ],
    nearMisses: ['Sid 0 allows s3:GetObject on another prefix'],
    details: [],
  },
  fix: {
    summary: 'Allow s3:GetObject on arn:aws:s3:::orders-bucket/incoming/*',
    policyJson: { Effect: 'Allow' },
    notes: [],
  },
  references: [
    { title: 'Execution role', url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html' },
  ],
  fingerprint: '0123456789abcdef',
};

const OVERSIZED: Finding = {
  ...TYPICAL,
  explanation: {
    ...TYPICAL.explanation,
    statements: Array.from({ length: 5_000 }, (_, i) => ({ ...TYPICAL.explanation.statements[0], index: i })),
    details: Array.from({ length: 2_000 }, (_, i) => `detail ${i} ${'x'.repeat(100)}`),
  },
};

function perSecond(iterations: number, run: () => void): number {
  const start = performance.now();
  for (let i = 0; i < iterations; i++) run();
  return iterations / ((performance.now() - start) / 1000);
}

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
const noMetrics: MetricsSink = { count: () => undefined, flush: () => undefined };

async function handlerRecordsPerSecond(rounds: number): Promise<{ value: number; records: number }> {
  // Mock these two instances only (mocking the classes would leak into later benchmarks of this run).
  const sns = new SNSClient({ region: 'us-east-1' });
  const ddb = new DynamoDBClient({ region: 'us-east-1' });
  const snsMock = mockClient(sns);
  const ddbMock = mockClient(ddb);
  snsMock.on(PublishCommand).resolves({ MessageId: 'm' });
  ddbMock.on(PutItemCommand).resolves({});
  try {
    return await timeHandler(sns, ddb, rounds);
  } finally {
    snsMock.restore();
    ddbMock.restore();
  }
}

async function timeHandler(
  sns: SNSClient,
  ddb: DynamoDBClient,
  rounds: number,
): Promise<{ value: number; records: number }> {
  const snapshot = buildDemoSnapshot();
  const records = demoEvents(DEMO_SCENARIOS).map((e, i) => ({
    messageId: `m-${i}`,
    receiptHandle: 'r',
    body: JSON.stringify(e.envelope),
    attributes: {},
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:111122223333:intake',
    awsRegion: 'us-east-1',
  }));
  const handler = createOnDenialHandler({
    config: readConfig({
      ...configEnvironment({
        topicArn: 'arn:aws:sns:us-east-1:111122223333:t',
        tableName: 't',
        minAlertSeverity: 'low',
      }),
      AWS_REGION: 'us-east-1',
    }),
    sns,
    ddb,
    logger: silent,
    metrics: noMetrics,
    checks: CHECKS,
    catalog: loadActionCatalog(),
    now: () => new Date(snapshot.provenance.takenAt),
    collectForDenial: async () => snapshot,
    collectSweep: async () => snapshot,
  });
  const event = { Records: records as never };
  const context = { functionName: 'bench' } as Context;
  await handler(event, context);
  const start = performance.now();
  for (let i = 0; i < rounds; i++) await handler(event, context);
  return { value: (rounds * records.length) / ((performance.now() - start) / 1000), records: records.length };
}

/** Runs the alert benchmarks. */
export async function run(): Promise<BenchResult[]> {
  const oversized = renderSnsAlert(OVERSIZED);
  const handler = await handlerRecordsPerSecond(20);
  return [
    {
      name: 'alerts: render typical finding (email + Slack JSON)',
      value: Math.round(perSecond(20_000, () => renderSnsAlert(TYPICAL))),
      unit: 'alerts/s',
    },
    {
      name: 'alerts: render oversized finding (5,000 statements) within 256 KB',
      value: Math.round(perSecond(20, () => renderSnsAlert(OVERSIZED))),
      unit: 'alerts/s',
      note: `${oversized.bytes} bytes after shortening`,
    },
    {
      name: 'alerts: on-denial handler cost per record (demo account, AWS mocked)',
      value: Math.round(handler.value),
      unit: 'records/s',
      note: `${handler.records} demo events per batch, parse + all checks + dedup + publish rendering`,
    },
  ];
}
