import {
  ConditionalCheckFailedException,
  DeleteItemCommand,
  DynamoDBClient,
  PutItemCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import type { SQSEvent } from 'aws-lambda';
import { auditRecord, createOnDenialHandler } from '../../lambda/handlers/on-denial';
import {
  CONFIG,
  CONTEXT,
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
    expect(ddb.commandCalls(PutItemCommand)).toHaveLength(1);
    expect(ddb.commandCalls(PutItemCommand)[0].args[0].input.TableName).toBe(TABLE);

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

  it('counts a repeat within the dedup window without publishing', async () => {
    ddb.on(PutItemCommand).rejects(conditionFailed());
    ddb.on(UpdateItemCommand).resolves({
      Attributes: {
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

  it('fails the record and releases the dedup entry when SNS rejects the publish (the retry alerts)', async () => {
    sns.on(PublishCommand).rejects(Object.assign(new Error('KMS key disabled'), { name: 'KMSDisabledException' }));
    ddb.on(DeleteItemCommand).resolves({});
    const deps = testDeps();
    const out = await createOnDenialHandler(deps)(
      batch(sqsRecord('a', 'exec-role-dynamodb-implicit-identity')),
      CONTEXT,
    );
    expect(out.batchItemFailures).toEqual([{ itemIdentifier: 'a' }]);
    const released = ddb.commandCalls(DeleteItemCommand);
    expect(released).toHaveLength(1);
    const created = ddb.commandCalls(PutItemCommand)[0].args[0].input.Item!;
    expect(released[0].args[0].input).toMatchObject({
      TableName: TABLE,
      Key: { fingerprint: created.fingerprint },
      ExpressionAttributeValues: { ':firstSeen': created.firstSeen, ':one': { N: '1' } },
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

  it('logs findings below the alert threshold without dedup or publish', async () => {
    const deps = testDeps({ checks: [denialCheck('info')] });
    await auditRecord(deps, sqsRecord('a', 'exec-role-dynamodb-implicit-identity'));
    expect(sns.commandCalls(PublishCommand)).toHaveLength(0);
    expect(ddb.commandCalls(PutItemCommand)).toHaveLength(0);
    expect(deps.logger.named('finding')[0].attributes).toMatchObject({ outcome: 'below-threshold', severity: 'info' });
  });

  it('turns a throwing check into a check-error finding and a CheckErrors metric, not a failed record', async () => {
    const deps = testDeps({ checks: [denialCheck(), throwingCheck] });
    await expect(auditRecord(deps, sqsRecord('a', 'exec-role-dynamodb-implicit-identity'))).resolves.toBe('audited');
    expect(deps.metrics.get('CheckErrors')).toBe(1);
    const checkIds = deps.logger.named('finding').map((l) => l.attributes.checkId);
    expect(checkIds.sort()).toEqual(['LAA-CHECK-ERROR', 'TEST-DENIED']);
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
});
