/**
 * Test doubles for the handlers: recording logger and metrics, SQS records from CloudTrail fixtures,
 * fake checks, and deps wired to aws-sdk-client-mock'ed SNS and DynamoDB clients.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import type { Context, SQSRecord } from 'aws-lambda';
import type { DeniedRequest } from '../../lambda/core/cloudtrail';
import type { Check } from '../../lambda/core/checks/types';
import { fingerprint } from '../../lambda/core/findings/fingerprint';
import type { Finding, Severity } from '../../lambda/core/findings/types';
import { type AuditorConfig, configEnvironment, readConfig } from '../../lambda/handlers/config';
import type { AuditLogger, MetricsSink } from '../../lambda/handlers/ports';
import { loadActionCatalog } from '../../lambda/catalog';
import { unattributedSnapshot, type HandlerDeps } from '../../lambda/handlers/runtime';
import { sampleFinding, snapshotWithFunctions } from '../support/factory';

export const TOPIC_ARN = 'arn:aws:sns:us-east-1:111122223333:laa-alerts';
export const TABLE = 'laa-dedup';
export const NOW = new Date('2026-11-23T02:00:00.000Z');

export const CONFIG: AuditorConfig = readConfig({
  ...configEnvironment({ topicArn: TOPIC_ARN, tableName: TABLE, minAlertSeverity: 'low' }),
  AWS_REGION: 'us-east-1',
});

/** A logged line. */
export interface LogLine {
  readonly level: 'info' | 'warn' | 'error';
  readonly message: string;
  readonly attributes: Record<string, unknown>;
}

/** Logger that keeps lines in memory. */
export class RecordingLogger implements AuditLogger {
  readonly lines: LogLine[] = [];
  info(message: string, attributes: Record<string, unknown> = {}): void {
    this.lines.push({ level: 'info', message, attributes });
  }
  warn(message: string, attributes: Record<string, unknown> = {}): void {
    this.lines.push({ level: 'warn', message, attributes });
  }
  error(message: string, attributes: Record<string, unknown> = {}): void {
    this.lines.push({ level: 'error', message, attributes });
  }
  named(message: string): LogLine[] {
    return this.lines.filter((l) => l.message === message);
  }
}

/** Metrics sink that sums counts per name + dimensions. */
export class RecordingMetrics implements MetricsSink {
  readonly counts = new Map<string, number>();
  flushes = 0;
  count(name: string, value = 1, dimensions?: Readonly<Record<string, string>>): void {
    const key = dimensions
      ? `${name}{${Object.entries(dimensions)
          .map(([k, v]) => `${k}=${v}`)
          .join(',')}}`
      : name;
    this.counts.set(key, (this.counts.get(key) ?? 0) + value);
  }
  flush(): void {
    this.flushes++;
  }
  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }
}

const FIXTURES = join(__dirname, '..', 'fixtures', 'cloudtrail');

/** An SQS record whose body is a CloudTrail fixture file (exactly as EventBridge delivers it). */
export function sqsRecord(messageId: string, fixture: string): SQSRecord {
  return rawRecord(messageId, readFileSync(join(FIXTURES, `${fixture}.json`), 'utf8'));
}

/** An SQS record with an arbitrary body. */
export function rawRecord(messageId: string, body: string): SQSRecord {
  return {
    messageId,
    receiptHandle: `rh-${messageId}`,
    body,
    attributes: {
      ApproximateReceiveCount: '1',
      SentTimestamp: '1795399200000',
      SenderId: 'AIDAEXAMPLE',
      ApproximateFirstReceiveTimestamp: '1795399200001',
    },
    messageAttributes: {},
    md5OfBody: 'd41d8cd98f00b204e9800998ecf8427e',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:us-east-1:111122223333:laa-intake',
    awsRegion: 'us-east-1',
  };
}

/** Minimal Lambda context. */
export const CONTEXT = { functionName: 'laa-on-denial', awsRequestId: 'req-1' } as unknown as Context;

/** An event-scoped check that turns every denial into one finding of `severity`. */
export function denialCheck(severity: Severity = 'high'): Check {
  return {
    id: 'TEST-DENIED',
    title: 'Denied action',
    category: 'execution-role',
    defaultSeverity: severity,
    docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html',
    scope: 'event',
    run: ({ denial }) => ({ status: 'fail', findings: [findingFor(denial!, severity)] }),
  };
}

function findingFor(denial: DeniedRequest, severity: Severity): Finding {
  const fn = denial.classification.functionName ?? 'unknown';
  return sampleFinding({
    checkId: 'TEST-DENIED',
    severity,
    title: `${fn} was denied ${denial.action}`,
    function: {
      name: fn,
      arn: denial.classification.functionArn ?? '',
      account: denial.account,
      region: denial.region,
    },
    action: denial.action,
    resource: denial.resource,
    fingerprint: fingerprint({
      checkId: 'TEST-DENIED',
      functionArn: denial.classification.functionArn,
      action: denial.action,
    }),
  });
}

/** A function-scoped check failing for every function of the snapshot. */
export function perFunctionCheck(severity: Severity = 'medium'): Check {
  return {
    id: 'TEST-PER-FUNCTION',
    title: 'Per function',
    category: 'hygiene',
    defaultSeverity: severity,
    docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/',
    scope: 'function',
    run: ({ fn }) => ({
      status: 'fail',
      findings: [
        sampleFinding({
          checkId: 'TEST-PER-FUNCTION',
          category: 'hygiene',
          severity,
          title: `${fn!.name} has a problem`,
          function: { name: fn!.name, arn: fn!.arn, account: fn!.accountId, region: fn!.region },
          event: undefined,
          fingerprint: fingerprint({ checkId: 'TEST-PER-FUNCTION', functionArn: fn!.arn }),
        }),
      ],
    }),
  };
}

/** An account-scoped check that always throws (the runner turns it into a check-error finding). */
export const throwingCheck: Check = {
  id: 'TEST-THROWS',
  title: 'Throws',
  category: 'hygiene',
  defaultSeverity: 'low',
  docsUrl: 'https://example.com',
  scope: 'account',
  run: () => {
    throw new Error('bug in check');
  },
};

/** Deps with mocked clients (wrap `sns`/`ddb` with aws-sdk-client-mock in the test). */
export function testDeps(
  over: Partial<HandlerDeps> = {},
): HandlerDeps & { logger: RecordingLogger; metrics: RecordingMetrics } {
  const logger = new RecordingLogger();
  const metrics = new RecordingMetrics();
  return {
    config: CONFIG,
    sns: new SNSClient({ region: 'us-east-1' }),
    ddb: new DynamoDBClient({ region: 'us-east-1' }),
    checks: [denialCheck()],
    catalog: loadActionCatalog(),
    now: () => NOW,
    collectForDenial: jest.fn(async (d: DeniedRequest) => unattributedSnapshot(d, NOW)),
    collectSweep: jest.fn(async () => snapshotWithFunctions(3, { takenAt: NOW.toISOString(), mode: 'sweep' })),
    ...over,
    logger,
    metrics,
  } as HandlerDeps & { logger: RecordingLogger; metrics: RecordingMetrics };
}
