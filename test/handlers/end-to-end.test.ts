/**
 * The deployed on-denial pipeline end to end: the handler built by `productionDeps` exactly as the Lambda entry
 * point builds it (real collector, real checks, Powertools Logger and Metrics), with every SDK client class
 * answered by aws-sdk-client-mock like AWS answers. SQS records carry the EventBridge envelopes of
 * `test/fixtures/cloudtrail/`. Only `Date` is faked (timers and `performance` stay real).
 */
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import { LookupEventsCommand } from '@aws-sdk/client-cloudtrail';
import { FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { IAMServiceException, GetRoleCommand } from '@aws-sdk/client-iam';
import { GetFunctionCommand, LambdaServiceException } from '@aws-sdk/client-lambda';
import { PublishCommand, type PublishCommandInput } from '@aws-sdk/client-sns';
import type { Config } from '@jest/types';
import type { SQSBatchResponse, SQSRecord } from 'aws-lambda';
import { readConfig } from '../../lambda/handlers/config';
import { createOnDenialHandler } from '../../lambda/handlers/on-denial';
import { productionDeps } from '../../lambda/handlers/runtime';
import {
  ACCOUNT,
  ENV_VALUES,
  FUNCTION_ARN,
  FUNCTION_NAME,
  ROLE_NAME,
  TABLE_ARN,
  answerLikeAws,
  stubAccount,
  type AccountStubs,
} from './end-to-end-account';
import { notFound } from '../aws/collect/fixture-data';
import { CONTEXT, TABLE, TOPIC_ARN, sqsRecord } from './helpers';

/** Two minutes after the denial of `exec-role-dynamodb-implicit-identity`. */
const NOW = new Date('2026-11-21T14:05:27.000Z');
const DENIAL = 'exec-role-dynamodb-implicit-identity';
/** The configuration the stack sets, read as the entry point reads it (defaults: medium threshold, 1-day window). */
const PROD_CONFIG = readConfig({ TOPIC_ARN, TABLE_NAME: TABLE, AWS_REGION: 'us-east-1' });
/** Everything but `Date` stays real: the collector's rate limiter uses `performance.now()` and timers. */
const REAL_APIS: Config.FakeableAPI[] = [
  'hrtime',
  'nextTick',
  'performance',
  'queueMicrotask',
  'setImmediate',
  'clearImmediate',
  'setInterval',
  'clearInterval',
  'setTimeout',
  'clearTimeout',
];
const account: AccountStubs = stubAccount();

/** Everything the handler wrote to stdout/stderr (Powertools JSON log lines and EMF metrics). */
let output: string[] = [];

beforeEach(() => {
  answerLikeAws(account);
  jest.useFakeTimers({ now: NOW, doNotFake: REAL_APIS });
  output = [];
  const capture = (chunk: string | Uint8Array): boolean => {
    output.push(String(chunk));
    return true;
  };
  jest.spyOn(process.stdout, 'write').mockImplementation(capture);
  jest.spyOn(process.stderr, 'write').mockImplementation(capture);
});

afterEach(() => {
  jest.restoreAllMocks();
  jest.useRealTimers();
});

/** A fresh container: `productionDeps` as the Lambda entry point calls it. */
async function invoke(records: SQSRecord[]): Promise<SQSBatchResponse> {
  return createOnDenialHandler(productionDeps(PROD_CONFIG))({ Records: records }, CONTEXT);
}

const published = (): PublishCommandInput[] => account.sns.commandCalls(PublishCommand).map((c) => c.args[0].input);
const logLines = (): Record<string, unknown>[] =>
  output
    .flatMap((chunk) => chunk.split('\n'))
    .filter((line) => line.startsWith('{"level"'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
const findingLogs = (): Record<string, unknown>[] => logLines().filter((l) => l.message === 'finding');

/** The Chatbot notification under `default` of a published message. */
function chatbot(input: PublishCommandInput): {
  content: { title: string; description: string; nextSteps: string[]; keywords: string[] };
  metadata: Record<string, unknown>;
} {
  return JSON.parse((JSON.parse(input.Message!) as { default: string }).default);
}

const FIX_STATEMENT = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'AllowDynamodbPutItem', Effect: 'Allow', Action: 'dynamodb:PutItem', Resource: TABLE_ARN }],
};

describe('on-denial handler with the production wiring and the real collector', () => {
  it('publishes the execution-role finding with the exact SNS input and Chatbot payload', async () => {
    const out = await invoke([sqsRecord('good', DENIAL)]);
    expect(out.batchItemFailures).toEqual([]);
    expect(account.unexpected).toEqual([]);
    expect(account.lambda.commandCalls(GetFunctionCommand).map((c) => c.args[0].input)).toEqual([
      { FunctionName: FUNCTION_ARN },
    ]);
    const [first, ...rest] = published();
    expect(first).toEqual({
      TopicArn: TOPIC_ARN,
      Subject: `[LAA HIGH] ${FUNCTION_NAME} (role ${ROLE_NAME}) cannot dynamodb:PutItem: no identity-based...`,
      Message: expect.any(String),
      MessageStructure: 'json',
      MessageAttributes: expect.objectContaining({ account: { DataType: 'String', StringValue: ACCOUNT } }),
    });
    const message = JSON.parse(first!.Message!) as Record<string, string>;
    expect(Object.keys(message).sort()).toEqual(['default', 'email']);
    for (const text of [FUNCTION_ARN, 'dynamodb:PutItem', TABLE_ARN]) expect(message.email).toContain(text);
    const note = chatbot(first!);
    expect(note.content.title).toBe(
      `:no_entry: ${FUNCTION_NAME} (role ${ROLE_NAME}) cannot dynamodb:PutItem: no identity-based policy allows it`,
    );
    expect(note.content.description).toContain(`*Function:* \`${FUNCTION_NAME}\` (111122223333, us-east-1)`);
    expect(note.content.description).toContain('*Action:* `dynamodb:PutItem`');
    const code = /```\n([\s\S]*?)\n```/.exec(note.content.description)?.[1];
    expect(JSON.parse(code ?? 'null')).toEqual(FIX_STATEMENT);
    // The near miss comes from the inline policy read through the paginated ListRolePolicies.
    expect(note.content.nextSteps).toContain(
      `Alternatively, add the action to the Action of role ${ROLE_NAME} inline policy orders-table, statement #0 (Allow).`,
    );
    expect(note.metadata).toEqual({
      threadId: expect.stringMatching(/^[0-9a-f]{16}$/),
      summary: `HIGH: ${FUNCTION_NAME} (role ${ROLE_NAME}) cannot dynamodb:PutItem: no identity-based policy allows it`,
      eventType: 'LambdaAccessAuditorFinding',
      relatedResources: [FUNCTION_ARN],
      additionalContext: {
        checkId: 'LAA-ROLE-DENIED-ACTION',
        severity: 'high',
        eventID: '8369ffe5-f8ed-5ab6-952d-d9ea33b20e6e',
        occurrences: '1',
      },
    });
    // The change CloudTrail recorded 63 minutes earlier is correlated (the trust-guard check is opt-in).
    expect(rest.map((p) => p.Subject)).toEqual([
      '[LAA MEDIUM] orders-api: This denial started after UpdateFunctionConfiguration by arn:aws:iam::1...',
    ]);
    expect(findingLogs().map((l) => [l.checkId, l.outcome])).toEqual([
      ['LAA-ROLE-DENIED-ACTION', 'alerted'],
      ['LAA-CHANGE-CORRELATION', 'alerted'],
    ]);
  });

  it('claims the event key, then each alerted finding, and marks each sent with its SNS message ID', async () => {
    await invoke([sqsRecord('good', DENIAL)]);
    const threadId = chatbot(published()[0]!).metadata.threadId as string;
    const puts = account.ddb.commandCalls(PutItemCommand).map((c) => c.args[0].input);
    expect(puts.map((p) => p.Item!.fingerprint!.S!.slice(0, 6))).toEqual([
      'event#',
      threadId.slice(0, 6),
      expect.any(String),
    ]);
    expect(puts[1]).toEqual({
      TableName: TABLE,
      Item: {
        fingerprint: { S: threadId },
        state: { S: 'pending' },
        claimId: { S: expect.any(String) },
        leaseUntil: { N: String(NOW.getTime() / 1000 + 300) },
        occurrences: { N: '1' },
        firstSeen: { S: NOW.toISOString() },
        lastSeen: { S: NOW.toISOString() },
        expiresAt: { N: String(NOW.getTime() / 1000 + 86_400) },
        checkId: { S: 'LAA-ROLE-DENIED-ACTION' },
        functionArn: { S: FUNCTION_ARN },
      },
      ConditionExpression: 'attribute_not_exists(fingerprint) OR expiresAt <= :now',
      ExpressionAttributeValues: { ':now': { N: String(NOW.getTime() / 1000) } },
    });
    expect(account.table.get(threadId)).toMatchObject({ state: { S: 'sent' }, messageId: { S: 'msg-1' } });
    expect([...account.table.values()].map((i) => i.state?.S)).toEqual(['sent', 'sent', 'sent']);
  });

  it.each([
    ['after the good record', ['good', 'bad']],
    ['before the good record', ['bad', 'good']],
  ])('reports a malformed record %s as a batch item failure and still publishes the good one', async (_o, ids) => {
    const records = ids.map((id) => sqsRecord(id, id === 'good' ? DENIAL : 'malformed-truncated-json'));
    const out = await invoke(records);
    expect(out).toEqual({ batchItemFailures: [{ itemIdentifier: 'bad' }] });
    expect(published().map((p) => p.Subject?.slice(0, 10))).toEqual(['[LAA HIGH]', '[LAA MEDIU']);
    expect(logLines().filter((l) => l.level === 'ERROR')).toEqual([
      expect.objectContaining({ message: 'denial-parse-error', code: 'INVALID_JSON', messageId: 'bad' }),
    ]);
  });

  it('skips a repeat of the same event in a later invocation before any AWS read: no collection, no publish', async () => {
    await invoke([sqsRecord('m-1', DENIAL)]);
    expect(published()).toHaveLength(2);
    const reads = account.lambda.calls().length + account.iam.calls().length + account.cloudtrail.calls().length;
    const out = await invoke([sqsRecord('m-2', DENIAL)]);
    expect(out.batchItemFailures).toEqual([]);
    expect(published()).toHaveLength(2);
    expect(account.lambda.calls().length + account.iam.calls().length + account.cloudtrail.calls().length).toBe(reads);
    expect(logLines().filter((l) => l.message === 'denial-repeat')).toEqual([
      expect.objectContaining({ eventId: expect.any(String), occurrences: 2 }),
    ]);
  });

  it('fails the record when SNS rejects the publish, releases the claim and alerts exactly once on the retry', async () => {
    account.sns.on(PublishCommand).rejectsOnce(new Error('Rate exceeded')).resolves({ MessageId: 'msg-2' });
    const out = await invoke([sqsRecord('m-1', DENIAL)]);
    expect(out.batchItemFailures).toEqual([{ itemIdentifier: 'm-1' }]);
    expect([...account.table.values()].map((i) => [i.state?.S, i.leaseUntil?.N])).toEqual([
      ['pending', '0'],
      ['pending', '0'],
    ]);
    expect(logLines().filter((l) => l.message === 'fault')).toEqual([
      expect.objectContaining({ level: 'ERROR', code: 'SNS_PUBLISH_FAILED', errorMessage: 'Rate exceeded' }),
    ]);
    const retry = await invoke([sqsRecord('m-1', DENIAL)]);
    expect(retry.batchItemFailures).toEqual([]);
    expect(published().map((p) => p.Subject?.slice(0, 10))).toEqual(['[LAA HIGH]', '[LAA HIGH]', '[LAA MEDIU']);
    expect([...account.table.values()].every((i) => i.state?.S === 'sent')).toBe(true);
  });

  it('never lets an environment variable value into an SNS message or a log line', async () => {
    await invoke([sqsRecord('good', DENIAL), sqsRecord('bad', 'malformed-truncated-json')]);
    // The values were on offer: GetFunction returned them, the change event and the log excerpt carry them.
    expect(account.logs.commandCalls(FilterLogEventsCommand).length).toBeGreaterThan(0);
    expect(account.cloudtrail.commandCalls(LookupEventsCommand).length).toBeGreaterThan(0);
    expect(account.sts.commandCalls(GetCallerIdentityCommand)).toHaveLength(1);
    expect(logLines().length).toBeGreaterThan(3);
    const sent = published().map((p) => `${p.Subject}\n${p.Message}`);
    expect(sent).toHaveLength(2);
    for (const text of [...sent, ...output]) {
      for (const value of ENV_VALUES) expect(text).not.toContain(value);
    }
  });

  const denied = (message: string) => ({
    name: 'AccessDeniedException',
    $fault: 'client' as const,
    $metadata: { httpStatusCode: 403 },
    message: `User: arn:aws:sts::111122223333:assumed-role/laa-on-denial/laa is not authorized to perform: ${message}`,
  });
  // A collector read failure is data, never a failed record: the denial is still alerted, with what is known.
  it.each([
    [
      'the auditor is denied lambda:GetFunction',
      (): unknown =>
        account.lambda.on(GetFunctionCommand).rejects(new LambdaServiceException(denied('lambda:GetFunction'))),
      ['LAA-ROLE-DENIED-ACTION', 'LAA-AUDITOR-READ-DENIED'],
    ],
    [
      'the auditor is denied iam:GetRole',
      (): unknown =>
        account.iam
          .on(GetRoleCommand)
          .rejects(new IAMServiceException({ ...denied('iam:GetRole'), name: 'AccessDenied' })),
      ['LAA-ROLE-DENIED-ACTION', 'LAA-AUDITOR-READ-DENIED', 'LAA-CHANGE-CORRELATION'],
    ],
    [
      'the function was deleted since the denial',
      (): unknown => account.lambda.on(GetFunctionCommand).rejects(notFound('Function not found: orders-api')),
      ['LAA-ROLE-DENIED-ACTION'],
    ],
  ])('still alerts the denial when %s', async (_case, setup, expected) => {
    setup();
    const out = await invoke([sqsRecord('m', DENIAL)]);
    expect(out.batchItemFailures).toEqual([]);
    expect(findingLogs().map((l) => l.checkId)).toEqual(expected);
    expect(published()).toHaveLength(expected.length);
  });

  it.each([
    ['not-failure-throttling', 'not-authorization-failure'],
    ['unrelated-organizations-leave', 'unrelated'],
    ['ignored-service-linked-role-read-only', 'ignored'],
  ])('%s makes no AWS read and publishes nothing', async (fixture, outcome) => {
    const out = await invoke([sqsRecord('m', fixture)]);
    expect(out.batchItemFailures).toEqual([]);
    expect(account.lambda.calls()).toHaveLength(0);
    expect(account.iam.calls()).toHaveLength(0);
    expect(published()).toEqual([]);
    expect(
      logLines()
        .filter((l) => l.message === 'denial')
        .map((l) => l.outcome),
    ).toEqual([outcome]);
  });
});
