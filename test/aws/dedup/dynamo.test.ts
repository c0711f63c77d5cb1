import {
  ConditionalCheckFailedException,
  DeleteItemCommand,
  DynamoDBClient,
  PutItemCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { recordOccurrence, releaseOccurrence } from '../../../lambda/aws/dedup/dynamo';
import { sampleFinding } from '../../core/render/alerts/finding-fixture';

const CONFIG = { tableName: 'laa-dedup', ttlSeconds: 3600 };
const NOW = new Date('2026-11-23T01:02:03.000Z');
const NOW_S = Math.floor(NOW.getTime() / 1000);
const conditionFailed = (): ConditionalCheckFailedException =>
  new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} });

describe('recordOccurrence', () => {
  const ddb = mockClient(DynamoDBClient);
  beforeEach(() => ddb.reset());

  it('creates the item for a first occurrence (new → alert) with a TTL one window ahead', async () => {
    ddb.on(PutItemCommand).resolves({});
    const out = await recordOccurrence(new DynamoDBClient({}), CONFIG, sampleFinding(), NOW);
    expect(out).toEqual({
      isNew: true,
      occurrences: { count: 1, firstSeen: NOW.toISOString(), lastSeen: NOW.toISOString() },
    });
    expect(ddb.commandCalls(PutItemCommand)[0].args[0].input).toEqual({
      TableName: 'laa-dedup',
      Item: {
        fingerprint: { S: '0123456789abcdef' },
        occurrences: { N: '1' },
        firstSeen: { S: NOW.toISOString() },
        lastSeen: { S: NOW.toISOString() },
        expiresAt: { N: String(NOW_S + 3600) },
        checkId: { S: 'LAA-ROLE-DENIED-ACTION' },
        functionArn: { S: 'arn:aws:lambda:eu-west-1:111122223333:function:orders-processor' },
      },
      ConditionExpression: 'attribute_not_exists(fingerprint) OR expiresAt <= :now',
      ExpressionAttributeValues: { ':now': { N: String(NOW_S) } },
    });
    expect(ddb.commandCalls(UpdateItemCommand)).toHaveLength(0);
  });

  it('counts a repeat within the window without alerting', async () => {
    ddb.on(PutItemCommand).rejects(conditionFailed());
    ddb.on(UpdateItemCommand).resolves({
      Attributes: {
        fingerprint: { S: '0123456789abcdef' },
        occurrences: { N: '3' },
        firstSeen: { S: '2026-11-23T00:10:00.000Z' },
        lastSeen: { S: NOW.toISOString() },
      },
    });
    const out = await recordOccurrence(new DynamoDBClient({}), CONFIG, sampleFinding(), NOW);
    expect(out).toEqual({
      isNew: false,
      occurrences: { count: 3, firstSeen: '2026-11-23T00:10:00.000Z', lastSeen: NOW.toISOString() },
    });
    expect(ddb.commandCalls(UpdateItemCommand)[0].args[0].input).toEqual({
      TableName: 'laa-dedup',
      Key: { fingerprint: { S: '0123456789abcdef' } },
      UpdateExpression: 'SET lastSeen = :lastSeen ADD occurrences :one',
      ConditionExpression: 'attribute_exists(fingerprint)',
      ExpressionAttributeValues: { ':lastSeen': { S: NOW.toISOString() }, ':one': { N: '1' } },
      ReturnValues: 'ALL_NEW',
    });
  });

  it('starts over when the item vanished (TTL deletion) between the put and the update', async () => {
    ddb.on(PutItemCommand).rejectsOnce(conditionFailed()).resolves({});
    ddb.on(UpdateItemCommand).rejects(conditionFailed());
    const out = await recordOccurrence(new DynamoDBClient({}), CONFIG, sampleFinding(), NOW);
    expect(out.isNew).toBe(true);
    expect(ddb.commandCalls(PutItemCommand)).toHaveLength(2);
    expect(ddb.commandCalls(UpdateItemCommand)).toHaveLength(1);
  });

  it('gives up with a DEDUP_CONFLICT fault after 3 rounds', async () => {
    ddb.on(PutItemCommand).rejects(conditionFailed());
    ddb.on(UpdateItemCommand).rejects(conditionFailed());
    await expect(recordOccurrence(new DynamoDBClient({}), CONFIG, sampleFinding(), NOW)).rejects.toMatchObject({
      code: 'DEDUP_CONFLICT',
    });
    expect(ddb.commandCalls(PutItemCommand)).toHaveLength(3);
  });

  it.each([['PutItem'], ['UpdateItem']])('propagates other %s errors', async (which) => {
    const boom = Object.assign(new Error('boom'), { name: 'ProvisionedThroughputExceededException' });
    ddb.on(PutItemCommand).rejects(which === 'PutItem' ? boom : conditionFailed());
    ddb.on(UpdateItemCommand).rejects(boom);
    await expect(recordOccurrence(new DynamoDBClient({}), CONFIG, sampleFinding(), NOW)).rejects.toThrow('boom');
  });
});

describe('releaseOccurrence', () => {
  const ddb = mockClient(DynamoDBClient);
  beforeEach(() => ddb.reset());
  const occ = { count: 1, firstSeen: NOW.toISOString(), lastSeen: NOW.toISOString() };

  it('deletes only the item this invocation created', async () => {
    ddb.on(DeleteItemCommand).resolves({});
    await releaseOccurrence(new DynamoDBClient({}), CONFIG, 'fp', occ);
    expect(ddb.commandCalls(DeleteItemCommand)[0].args[0].input).toEqual({
      TableName: 'laa-dedup',
      Key: { fingerprint: { S: 'fp' } },
      ConditionExpression: 'firstSeen = :firstSeen AND occurrences = :one',
      ExpressionAttributeValues: { ':firstSeen': { S: NOW.toISOString() }, ':one': { N: '1' } },
    });
  });

  it.each([
    ['a condition failure (someone else counted it meanwhile) is a no-op', conditionFailed(), undefined],
    ['other errors propagate', Object.assign(new Error('down'), { name: 'InternalServerError' }), 'down'],
  ])('%s', async (_name, error, thrown) => {
    ddb.on(DeleteItemCommand).rejects(error);
    const p = releaseOccurrence(new DynamoDBClient({}), CONFIG, 'fp', occ);
    if (thrown) await expect(p).rejects.toThrow(thrown);
    else await expect(p).resolves.toBeUndefined();
  });
});
