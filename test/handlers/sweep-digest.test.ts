/**
 * The organization digest handler (lambda/handlers/sweep-digest.ts) with mocked S3 and SNS: the manifest
 * and result files read from S3 (streamed in small chunks), one digest published through the sweep's SNS
 * path, a failed Map run found by listing (paginated), malformed files logged and counted, never a crash.
 * Result shapes: Step Functions developer guide, "ResultWriter (Map)" (see lambda/core/findings/map-results.ts).
 */
import { Readable } from 'node:stream';
import { GetObjectCommand, ListObjectsV2Command, S3Client, type GetObjectCommandOutput } from '@aws-sdk/client-s3';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import type { OrgItemResult } from '../../lambda/core/findings/org-digest';
import { runSweepDigest, type SweepDigestEvent } from '../../lambda/handlers/sweep-digest';
import { CONFIG, RecordingLogger, RecordingMetrics, TOPIC_ARN } from './helpers';

const s3 = mockClient(S3Client);
const sns = mockClient(SNSClient);
const BUCKET = 'laa-results';
const MANIFEST = 'sweeps/run-1/manifest.json';
const A = '222222222222';
const B = '333333333333';

/** An S3 body streamed in `chunk`-byte pieces (and readable whole, as the SDK's stream mixin allows). */
function body(text: string, chunk = 17): GetObjectCommandOutput['Body'] {
  const bytes = Buffer.from(text, 'utf8');
  const pieces: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunk) pieces.push(bytes.subarray(i, i + chunk));
  return Object.assign(Readable.from(pieces), {
    transformToString: () => Promise.resolve(text),
  }) as unknown as GetObjectCommandOutput['Body'];
}

function result(account: string, o: Partial<OrgItemResult> = {}): OrgItemResult {
  return {
    account,
    region: 'eu-west-1',
    shard: 0,
    status: 'ok',
    functions: 5,
    findings: 2,
    alerted: 1,
    failedReads: 0,
    partial: false,
    bySeverity: { high: 1, low: 1 },
    ...o,
  };
}

const succeeded = (results: OrgItemResult[]) => ({ Status: 'SUCCEEDED', Output: JSON.stringify(results) });

function files(map: Record<string, string>): void {
  for (const [Key, text] of Object.entries(map)) {
    s3.on(GetObjectCommand, { Bucket: BUCKET, Key }).callsFake(() => ({ Body: body(text) }));
  }
}

function manifest(succeededKeys: string[], failedKeys: string[] = []): string {
  return JSON.stringify({
    DestinationBucket: BUCKET,
    MapRunArn: 'arn:aws:states:eu-west-1:111122223333:mapRun:sweep/SweepAccounts:run-1',
    ResultFiles: {
      SUCCEEDED: succeededKeys.map((Key) => ({ Key, Size: 1 })),
      FAILED: failedKeys.map((Key) => ({ Key, Size: 1 })),
      PENDING: [],
    },
  });
}

function event(run: SweepDigestEvent['run']): SweepDigestEvent {
  return {
    run,
    executionName: 'run-1',
    startTime: '2026-11-23T02:00:00.000Z',
    resultBucket: BUCKET,
    resultPrefix: 'sweeps',
  };
}

function deps() {
  return {
    config: CONFIG,
    sns: new SNSClient({}),
    s3: new S3Client({}),
    logger: new RecordingLogger(),
    metrics: new RecordingMetrics(),
  };
}

function publishedEmail(): string {
  const calls = sns.commandCalls(PublishCommand);
  expect(calls).toHaveLength(1);
  return (JSON.parse(calls[0]?.args[0].input.Message ?? '{}') as { email: string }).email;
}

beforeEach(() => {
  s3.reset();
  sns.reset();
  sns.on(PublishCommand).resolves({ MessageId: 'digest-1' });
});

describe('runSweepDigest', () => {
  it('streams every result file of the manifest and publishes one digest for the organization', async () => {
    files({
      [MANIFEST]: manifest(
        ['sweeps/run-1/SUCCEEDED_0.json', 'sweeps/run-1/SUCCEEDED_1.json'],
        ['sweeps/run-1/FAILED_0.json'],
      ),
      'sweeps/run-1/SUCCEEDED_0.json': JSON.stringify([succeeded([result(A), result(A, { region: 'us-east-1' })])]),
      'sweeps/run-1/SUCCEEDED_1.json': JSON.stringify([
        succeeded([result(B, { findings: 0, alerted: 0, bySeverity: {} })]),
      ]),
      'sweeps/run-1/FAILED_0.json': JSON.stringify([
        {
          Status: 'FAILED',
          Error: 'AuditorError',
          Cause: 'All 1 items failed: AccessDenied',
          Input: JSON.stringify({ Items: [{ account: '444444444444', region: 'eu-west-1' }] }),
        },
      ]),
    });
    const d = deps();
    const summary = await runSweepDigest(d, event({ ResultWriterDetails: { Bucket: BUCKET, Key: MANIFEST } }));
    expect(summary).toEqual({
      items: 4,
      failedItems: 1,
      findings: 4,
      unreadable: 0,
      published: true,
      manifestKey: MANIFEST,
    });
    const publish = sns.commandCalls(PublishCommand)[0]?.args[0].input;
    expect(publish).toMatchObject({ TopicArn: TOPIC_ARN, MessageStructure: 'json' });
    const email = publishedEmail();
    expect(email).toContain('4 item(s) (account x Region x shard) in 3 account(s): 3 swept, 1 failed');
    expect(email).toContain('444444444444 eu-west-1: AuditorError: All 1 items failed: AccessDenied');
    expect(email).toContain(`s3://${BUCKET}/${MANIFEST}`);
    expect(d.metrics.get('DigestsPublished')).toBe(1);
    expect(d.metrics.flushes).toBe(1);
  });

  it('logs and counts a malformed result file and entry, and still publishes the rest', async () => {
    files({
      [MANIFEST]: manifest(['sweeps/run-1/SUCCEEDED_0.json', 'sweeps/run-1/SUCCEEDED_1.json']),
      'sweeps/run-1/SUCCEEDED_0.json': `[${JSON.stringify(succeeded([result(A)]))}, {"Status":"SUCCEEDED","Output":"[{"}, `,
      'sweeps/run-1/SUCCEEDED_1.json': JSON.stringify([succeeded([result(B)])]),
    });
    const d = deps();
    const summary = await runSweepDigest(d, event({ ResultWriterDetails: { Bucket: BUCKET, Key: MANIFEST } }));
    expect(summary).toMatchObject({ items: 2, findings: 4, unreadable: 2, published: true });
    expect(d.logger.named('org-digest-unreadable').map((l) => l.attributes.file)).toEqual([
      'sweeps/run-1/SUCCEEDED_0.json',
      'sweeps/run-1/SUCCEEDED_0.json',
    ]);
    expect(d.metrics.get('DigestUnreadableEntries')).toBe(2);
    expect(publishedEmail()).toContain('2 result entr(ies) could not be read');
  });

  it('counts an unreadable result file (GetObject fails) and goes on', async () => {
    files({
      [MANIFEST]: manifest(['sweeps/run-1/SUCCEEDED_0.json', 'sweeps/run-1/SUCCEEDED_1.json']),
      'sweeps/run-1/SUCCEEDED_1.json': JSON.stringify([succeeded([result(B)])]),
    });
    s3.on(GetObjectCommand, { Bucket: BUCKET, Key: 'sweeps/run-1/SUCCEEDED_0.json' }).rejects(
      Object.assign(new Error('Access Denied'), { name: 'AccessDenied' }),
    );
    const d = deps();
    const summary = await runSweepDigest(d, event({ ResultWriterDetails: { Bucket: BUCKET, Key: MANIFEST } }));
    expect(summary).toMatchObject({ items: 1, unreadable: 1, published: true });
  });

  it('after a failed Map run, finds the newest manifest since the start (paginated) and reports the error', async () => {
    s3.on(ListObjectsV2Command, { ContinuationToken: undefined }).resolves({
      IsTruncated: true,
      NextContinuationToken: 'p2',
      Contents: [
        { Key: 'sweeps/old/manifest.json', LastModified: new Date('2026-11-22T02:00:00Z') },
        { Key: 'sweeps/run-1/SUCCEEDED_0.json', LastModified: new Date('2026-11-23T02:10:00Z') },
      ],
    });
    s3.on(ListObjectsV2Command, { ContinuationToken: 'p2' }).resolves({
      IsTruncated: false,
      Contents: [{ Key: MANIFEST, LastModified: new Date('2026-11-23T02:10:00Z') }],
    });
    files({
      [MANIFEST]: manifest(['sweeps/run-1/SUCCEEDED_0.json']),
      'sweeps/run-1/SUCCEEDED_0.json': JSON.stringify([
        succeeded([result(A, { status: 'failed', error: 'AccessDenied: x' })]),
      ]),
    });
    const d = deps();
    const summary = await runSweepDigest(
      d,
      event({
        mapError: {
          Error: 'States.ExceedToleratedFailureThreshold',
          Cause: 'The specified tolerated failure threshold was exceeded',
        },
      }),
    );
    expect(summary).toMatchObject({ manifestKey: MANIFEST, items: 1, failedItems: 1, published: true });
    expect(s3.commandCalls(ListObjectsV2Command).map((c) => c.args[0].input.Prefix)).toEqual(['sweeps/', 'sweeps/']);
    expect(publishedEmail()).toContain('The Map run failed: States.ExceedToleratedFailureThreshold');
  });

  it('reports a failed Map run without any results written', async () => {
    s3.on(ListObjectsV2Command).resolves({ IsTruncated: false, Contents: [] });
    const summary = await runSweepDigest(deps(), event({ mapError: { Error: 'States.Runtime', Cause: 'boom' } }));
    expect(summary).toMatchObject({ items: 0, published: true });
    expect(summary.manifestKey).toBeUndefined();
    expect(publishedEmail()).toContain(`s3://${BUCKET}/sweeps/`);
  });

  it('publishes nothing when every item is clean (logged only)', async () => {
    files({
      [MANIFEST]: manifest(['sweeps/run-1/SUCCEEDED_0.json']),
      'sweeps/run-1/SUCCEEDED_0.json': JSON.stringify([
        succeeded([result(A, { findings: 0, alerted: 0, bySeverity: {} })]),
      ]),
    });
    const d = deps();
    const summary = await runSweepDigest(d, event({ ResultWriterDetails: { Bucket: BUCKET, Key: MANIFEST } }));
    expect(summary).toMatchObject({ items: 1, findings: 0, published: false });
    expect(sns.commandCalls(PublishCommand)).toHaveLength(0);
    expect(d.logger.named('org-sweep')).toHaveLength(1);
  });

  it('lets a publish failure propagate (the Digest state retries)', async () => {
    files({
      [MANIFEST]: manifest(['sweeps/run-1/SUCCEEDED_0.json']),
      'sweeps/run-1/SUCCEEDED_0.json': JSON.stringify([succeeded([result(A)])]),
    });
    sns.on(PublishCommand).rejects(new Error('SNS down'));
    const d = deps();
    await expect(runSweepDigest(d, event({ ResultWriterDetails: { Bucket: BUCKET, Key: MANIFEST } }))).rejects.toThrow(
      'SNS down',
    );
    expect(d.metrics.flushes).toBe(1);
  });
});
