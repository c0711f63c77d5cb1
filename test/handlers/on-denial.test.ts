import {
  ConditionalCheckFailedException,
  DynamoDBClient,
  PutItemCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import type { SQSEvent } from 'aws-lambda';
import type { DeniedRequest } from '../../lambda/core/cloudtrail';
import { unattributedSnapshot } from '../../lambda/handlers/runtime';
import { auditRecord, createOnDenialHandler } from '../../lambda/handlers/on-denial';
import { IDENTITY_INVOKE } from '../../lambda/core/checks/invoke/identity-invoke';
import {
  CONFIG,
  CONTEXT,
  NOW,
  TABLE,
  TOPIC_ARN,
  denialCheck,
  rawRecord,
  sqsRecord,
  testDeps,
  throwingCheck,
} from './helpers';

const sns = mockClient(SNSClient);
const ddb = mockClient(DynamoDBClient);
const conditionFailed = (): ConditionalCheckFailedException =>
  new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} });

beforeEach(() => {
  sns.reset();
  ddb.reset();
  sns.on(PublishCommand).resolves({ MessageId: 'm-1' });
  ddb.on(PutItemCommand).resolves({});
});

const batch = (...records: SQSEvent['Records']): SQSEvent => ({ Records: records });

describe('on-denial handler', () => {
  it('audits a mixed batch: only the unparseable record fails, one alert is published', async () => {
    const deps = testDeps();
    const handler = createOnDenialHandler(deps);
    const out = await handler(
      batch(
        sqsRecord('audited', 'exec-role-dynamodb-implicit-identity'),
        sqsRecord('ignored', 'ignored-service-linked-role-read-only'),
        sqsRecord('unrelated', 'unrelated-organizations-leave'),
        sqsRecord('throttled', 'not-failure-throttling'),
        sqsRecord('truncated', 'malformed-truncated-json'),
      ),
      CONTEXT,
    );
    expect(out).toEqual({ batchItemFailures: [{ itemIdentifier: 'truncated' }] });

    const published = sns.commandCalls(PublishCommand);
    expect(published).toHaveLength(1);
    expect(published[0].args[0].input).toMatchObject({
      TopicArn: TOPIC_ARN,
      MessageStructure: 'json',
      Subject: '[LAA HIGH] orders-api was denied dynamodb:PutItem',
    });
    const message = JSON.parse(published[0].args[0].input.Message!) as { default: string; email: string };
    expect(JSON.parse(message.default)).toMatchObject({ version: '1.0', source: 'custom' });
    expect(message.email).toContain('Occurrences: 1');
    // The event key is claimed before collection, then the finding's fingerprint.
    const keys = ddb.commandCalls(PutItemCommand).map((c) => c.args[0].input);
    expect(keys.map((k) => [k.TableName, k.Item!.fingerprint!.S!.startsWith('event#')])).toEqual([
      [TABLE, true],
      [TABLE, false],
    ]);

    expect(deps.collectForDenial).toHaveBeenCalledTimes(1);
    expect(deps.collectForDenial).toHaveBeenCalledWith(
      expect.objectContaining({
        action: 'dynamodb:PutItem',
        classification: expect.objectContaining({ functionName: 'orders-api' }),
      }),
    );
    expect(Object.fromEntries(deps.metrics.counts)).toMatchObject({
      DenialsReceived: 5,
      NotAuthorizationFailures: 1,
      'ParseErrors{code=INVALID_JSON}': 1,
      'DenialsClassified{denialClass=execution-role}': 1,
      'DenialsClassified{denialClass=unrelated}': 1,
      'Findings{severity=high}': 1,
      'Findings{category=execution-role}': 1,
      AlertsPublished: 1,
    });
    expect(deps.metrics.flushes).toBe(1);
  });

  it.each([
    ['ignored-service-linked-role-read-only', 'ignored'],
    ['unrelated-organizations-leave', 'unrelated'],
    ['exec-role-dynamodb-implicit-identity', 'audited'],
    ['not-failure-throttling', 'not-authorization-failure'],
  ])('classifies %s as %s and logs it', async (fixture, outcome) => {
    const deps = testDeps();
    await expect(auditRecord(deps, sqsRecord('r', fixture))).resolves.toBe(outcome);
    expect(deps.logger.named('denial').map((l) => l.attributes.outcome)).toEqual([outcome]);
    expect(sns.commandCalls(PublishCommand)).toHaveLength(outcome === 'audited' ? 1 : 0);
  });

  it('logs a parse error with its code and path but never the event body', async () => {
    const deps = testDeps();
    const secretish = '{"detail-type":"AWS API Call via CloudTrail","detail":{"requestParameters":{"x":"SECRET-CANARY"';
    await expect(auditRecord(deps, rawRecord('bad', secretish))).rejects.toMatchObject({ code: 'DENIAL_PARSE_ERROR' });
    const [line] = deps.logger.named('denial-parse-error');
    expect(line.level).toBe('error');
    expect(line.attributes).toMatchObject({ code: 'INVALID_JSON', messageId: 'bad' });
    expect(JSON.stringify(deps.logger.lines)).not.toContain('SECRET-CANARY');
  });

  it('skips a repeated event key before collection: counted and logged, nothing read or published', async () => {
    ddb.on(PutItemCommand).rejects(conditionFailed());
    ddb.on(UpdateItemCommand).resolves({ Attributes: { state: { S: 'sent' }, occurrences: { N: '7' } } });
    const deps = testDeps();
    await expect(auditRecord(deps, sqsRecord('a', 'exec-role-dynamodb-implicit-identity'))).resolves.toBe('repeat');
    expect(deps.collectForDenial).not.toHaveBeenCalled();
    expect(sns.commandCalls(PublishCommand)).toHaveLength(0);
    expect(deps.metrics.get('DenialsDeduplicated')).toBe(1);
    expect(deps.logger.named('denial-repeat')[0]!.attributes).toMatchObject({ occurrences: 7 });
  });

  it('counts a repeat finding within the dedup window without publishing', async () => {
    ddb.on(PutItemCommand).resolvesOnce({}).rejects(conditionFailed());
    ddb.on(UpdateItemCommand).resolves({
      Attributes: {
        state: { S: 'sent' },
        occurrences: { N: '4' },
        firstSeen: { S: '2026-11-22T10:00:00.000Z' },
        lastSeen: { S: '2026-11-23T02:00:00.000Z' },
      },
    });
    const deps = testDeps();
    const out = await createOnDenialHandler(deps)(
      batch(sqsRecord('a', 'exec-role-dynamodb-implicit-identity')),
      CONTEXT,
    );
    expect(out.batchItemFailures).toEqual([]);
    expect(sns.commandCalls(PublishCommand)).toHaveLength(0);
    const [finding] = deps.logger.named('finding');
    expect(finding.attributes).toMatchObject({
      outcome: 'repeat',
      alerted: false,
      occurrences: 4,
      firstSeen: '2026-11-22T10:00:00.000Z',
    });
    expect(deps.metrics.get('FindingsDeduplicated')).toBe(1);
  });

  it('fails the record, logs and counts the fault, and releases its claims when SNS rejects the publish', async () => {
    sns.on(PublishCommand).rejects(Object.assign(new Error('KMS key disabled'), { name: 'KMSDisabledException' }));
    const deps = testDeps();
    const out = await createOnDenialHandler(deps)(
      batch(sqsRecord('a', 'exec-role-dynamodb-implicit-identity')),
      CONTEXT,
    );
    expect(out.batchItemFailures).toEqual([{ itemIdentifier: 'a' }]);
    const claims = ddb.commandCalls(PutItemCommand).map((c) => c.args[0].input.Item!);
    const releases = ddb
      .commandCalls(UpdateItemCommand)
      .map((c) => c.args[0].input)
      .filter((i) => i.UpdateExpression === 'SET leaseUntil = :zero');
    // The finding's claim first, then the event key's: both by their own claim ID, never by a counter.
    expect(releases.map((r) => [r.Key!.fingerprint!.S, r.ExpressionAttributeValues![':claim']!.S])).toEqual(
      [claims[1]!, claims[0]!].map((c) => [c.fingerprint!.S, c.claimId!.S]),
    );
    expect(deps.metrics.get('Faults{code=SNS_PUBLISH_FAILED}')).toBe(1);
    expect(deps.logger.named('fault')[0]!.attributes).toMatchObject({
      code: 'SNS_PUBLISH_FAILED',
      errorName: 'KMSDisabledException',
    });
  });

  it('fails the record when the collector faults, so it is retried and finally dead-lettered', async () => {
    const deps = testDeps({ collectForDenial: jest.fn(async () => Promise.reject(new Error('socket hang up'))) });
    const out = await createOnDenialHandler(deps)(
      batch(sqsRecord('a', 'exec-role-dynamodb-implicit-identity'), sqsRecord('b', 'unrelated-organizations-leave')),
      CONTEXT,
    );
    expect(out.batchItemFailures).toEqual([{ itemIdentifier: 'a' }]);
    expect(sns.commandCalls(PublishCommand)).toHaveLength(0);
  });

  const withFailedRead = (errorCode: string) =>
    jest.fn(async (d: DeniedRequest) => {
      const snap = unattributedSnapshot(d, NOW);
      const failed = { api: 'iam:GetRole', target: 'r', errorCode, message: 'x' };
      return { ...snap, provenance: { ...snap.provenance, failedReads: [failed] } };
    });
  it.each([
    ['ThrottlingException', 'fails', 1],
    ['TimeoutError', 'fails', 1],
    ['AccessDeniedException', 'audits', 0],
  ])('a collection with a %s read %s the record', async (errorCode, verdict, faults) => {
    const deps = testDeps({ collectForDenial: withFailedRead(errorCode) });
    const out = await createOnDenialHandler(deps)(
      batch(sqsRecord('a', 'exec-role-dynamodb-implicit-identity')),
      CONTEXT,
    );
    expect(out.batchItemFailures).toEqual(verdict === 'fails' ? [{ itemIdentifier: 'a' }] : []);
    expect(sns.commandCalls(PublishCommand)).toHaveLength(verdict === 'fails' ? 0 : 1);
    expect(deps.metrics.get('CollectorFailedReads')).toBe(1);
    expect(deps.metrics.get('Faults{code=COLLECTION_DEGRADED}')).toBe(faults);
  });

  it('logs and counts a collector exception with a code (never the event body)', async () => {
    const deps = testDeps({ collectForDenial: jest.fn(async () => Promise.reject(new Error('socket hang up'))) });
    await expect(auditRecord(deps, sqsRecord('a', 'exec-role-dynamodb-implicit-identity'))).rejects.toThrow('socket');
    expect(deps.metrics.get('Faults{code=COLLECTOR_FAILED}')).toBe(1);
    expect(deps.logger.named('fault')[0]!.attributes).toEqual({
      code: 'COLLECTOR_FAILED',
      eventId: expect.any(String),
      errorName: 'Error',
      errorMessage: 'socket hang up',
    });
  });

  it.each([
    [60_000, []],
    [14_999, [{ itemIdentifier: 'a' }]],
  ])('with %i ms left, publishes or fails the record before publishing', async (left, failures) => {
    const deps = testDeps();
    const context = { ...CONTEXT, getRemainingTimeInMillis: () => left };
    const out = await createOnDenialHandler(deps)(
      batch(sqsRecord('a', 'exec-role-dynamodb-implicit-identity')),
      context,
    );
    expect(out.batchItemFailures).toEqual(failures);
    expect(sns.commandCalls(PublishCommand)).toHaveLength(failures.length === 0 ? 1 : 0);
  });

  it('logs findings below the alert threshold without dedup or publish', async () => {
    const deps = testDeps({ checks: [denialCheck('info')] });
    await auditRecord(deps, sqsRecord('a', 'exec-role-dynamodb-implicit-identity'));
    expect(sns.commandCalls(PublishCommand)).toHaveLength(0);
    expect(ddb.commandCalls(PutItemCommand).map((c) => c.args[0].input.Item!.fingerprint!.S!.slice(0, 6))).toEqual([
      'event#',
    ]);
    expect(deps.logger.named('finding')[0].attributes).toMatchObject({ outcome: 'below-threshold', severity: 'info' });
  });

  it('turns a throwing check into a check-error finding and a CheckErrors metric, not a failed record', async () => {
    const deps = testDeps({ checks: [denialCheck(), throwingCheck] });
    await expect(auditRecord(deps, sqsRecord('a', 'exec-role-dynamodb-implicit-identity'))).resolves.toBe('audited');
    expect(deps.metrics.get('CheckErrors')).toBe(1);
    const checkIds = deps.logger.named('finding').map((l) => l.attributes.checkId);
    expect(checkIds.sort()).toEqual(['LAA-CHECK-ERROR', 'TEST-DENIED']);
  });

  it.each([
    ['default', CONFIG, 'medium'],
    ['CONSOLE_READ_SEVERITY=low', { ...CONFIG, consoleReadSeverity: 'low' as const }, 'low'],
  ])('gives a console read denial the configured severity (%s)', async (_n, config, severity) => {
    const deps = testDeps({ config, checks: [IDENTITY_INVOKE] });
    await auditRecord(deps, sqsRecord('a', 'special-sso-console-get-function-name-only'));
    const [finding] = deps.logger.named('finding');
    expect(finding.attributes).toMatchObject({ checkId: 'LAA-IDENTITY-INVOKE', severity });
  });

  it('passes configured ignore rules to the parser', async () => {
    const deps = testDeps({
      config: {
        ...CONFIG,
        ignoreRules: [{ id: 'no-dynamodb', description: 'test', action: 'dynamodb:*', effect: 'ignore' }],
      },
    });
    await expect(auditRecord(deps, sqsRecord('a', 'exec-role-dynamodb-implicit-identity'))).resolves.toBe('ignored');
    expect(deps.logger.named('denial')[0].attributes.ignoredBy).toBe('no-dynamodb');
  });

  it('applies configured suppressions through audit(): the suppressed finding is logged and counted, never alerted', async () => {
    const deps = testDeps({
      config: { ...CONFIG, suppressions: [{ id: 'accepted', checkId: 'TEST-DENIED', reason: 'known gap' }] },
    });
    const out = await createOnDenialHandler(deps)(
      batch(sqsRecord('a', 'exec-role-dynamodb-implicit-identity')),
      CONTEXT,
    );
    expect(out).toEqual({ batchItemFailures: [] });
    expect(sns.commandCalls(PublishCommand)).toHaveLength(0);
    const logged = deps.logger.named('finding').filter((l) => l.attributes.outcome === 'suppressed');
    expect(logged.map((l) => l.attributes.suppressionId)).toEqual(['accepted']);
    expect(deps.metrics.get('FindingsSuppressed')).toBe(1);
  });
});
