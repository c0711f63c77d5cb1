/**
 * Finding dedup in DynamoDB, keyed by fingerprint. The first occurrence inside the TTL window is "new"
 * (alert); later ones only increment `occurrences` and `lastSeen` (counted, no alert). The window is fixed
 * at the first occurrence (`expiresAt` is not extended), so a problem that persists re-alerts once per
 * window. DynamoDB deletes expired items lazily, so an expired item is treated as absent. Client injected.
 */
import {
  DeleteItemCommand,
  PutItemCommand,
  UpdateItemCommand,
  type AttributeValue,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { AuditorError } from '../../core/errors';
import type { Finding } from '../../core/findings/types';

/** Table and window. */
export interface DedupConfig {
  readonly tableName: string;
  /** Length of the silence window in seconds. */
  readonly ttlSeconds: number;
}

/** Occurrence counters of a fingerprint. */
export interface Occurrences {
  readonly count: number;
  readonly firstSeen: string;
  readonly lastSeen: string;
}

/** Result of recording one occurrence. */
export interface DedupOutcome {
  /** True for the first occurrence in the window: publish it. */
  readonly isNew: boolean;
  readonly occurrences: Occurrences;
}

const MAX_ATTEMPTS = 3;

function isConditionFailure(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

/** Records one occurrence of `finding` at `now` and says whether it is new within the window. */
export async function recordOccurrence(
  ddb: DynamoDBClient,
  config: DedupConfig,
  finding: Finding,
  now: Date,
): Promise<DedupOutcome> {
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const created = await tryCreate(ddb, config, finding, now);
    if (created) return created;
    const updated = await tryIncrement(ddb, config, finding.fingerprint, now);
    if (updated) return updated;
    // The item expired and was deleted between the two calls: start over.
  }
  throw new AuditorError(
    'DEDUP_CONFLICT',
    `Could not record fingerprint ${finding.fingerprint} in ${config.tableName} after ${MAX_ATTEMPTS} attempts ` +
      '(the item kept appearing and disappearing). The record will be retried.',
  );
}

async function tryCreate(
  ddb: DynamoDBClient,
  config: DedupConfig,
  finding: Finding,
  now: Date,
): Promise<DedupOutcome | undefined> {
  const iso = now.toISOString();
  const nowSeconds = Math.floor(now.getTime() / 1000);
  const item: Record<string, AttributeValue> = {
    fingerprint: { S: finding.fingerprint },
    occurrences: { N: '1' },
    firstSeen: { S: iso },
    lastSeen: { S: iso },
    expiresAt: { N: String(nowSeconds + config.ttlSeconds) },
    checkId: { S: finding.checkId },
  };
  if (finding.function) item.functionArn = { S: finding.function.arn };
  try {
    await ddb.send(
      new PutItemCommand({
        TableName: config.tableName,
        Item: item,
        ConditionExpression: 'attribute_not_exists(fingerprint) OR expiresAt <= :now',
        ExpressionAttributeValues: { ':now': { N: String(nowSeconds) } },
      }),
    );
    return { isNew: true, occurrences: { count: 1, firstSeen: iso, lastSeen: iso } };
  } catch (error) {
    if (isConditionFailure(error)) return undefined;
    throw error;
  }
}

async function tryIncrement(
  ddb: DynamoDBClient,
  config: DedupConfig,
  fingerprint: string,
  now: Date,
): Promise<DedupOutcome | undefined> {
  try {
    const out = await ddb.send(
      new UpdateItemCommand({
        TableName: config.tableName,
        Key: { fingerprint: { S: fingerprint } },
        UpdateExpression: 'SET lastSeen = :lastSeen ADD occurrences :one',
        ConditionExpression: 'attribute_exists(fingerprint)',
        ExpressionAttributeValues: { ':lastSeen': { S: now.toISOString() }, ':one': { N: '1' } },
        ReturnValues: 'ALL_NEW',
      }),
    );
    const a = out.Attributes ?? {};
    return {
      isNew: false,
      occurrences: {
        count: Number(a.occurrences?.N ?? '0'),
        firstSeen: a.firstSeen?.S ?? now.toISOString(),
        lastSeen: a.lastSeen?.S ?? now.toISOString(),
      },
    };
  } catch (error) {
    if (isConditionFailure(error)) return undefined;
    throw error;
  }
}

/**
 * Undoes a just-recorded first occurrence (its alert could not be published), so the retry alerts again.
 * Only deletes the item this invocation created (same `firstSeen`, still one occurrence); otherwise no-op.
 */
export async function releaseOccurrence(
  ddb: DynamoDBClient,
  config: DedupConfig,
  fingerprint: string,
  occurrences: Occurrences,
): Promise<void> {
  try {
    await ddb.send(
      new DeleteItemCommand({
        TableName: config.tableName,
        Key: { fingerprint: { S: fingerprint } },
        ConditionExpression: 'firstSeen = :firstSeen AND occurrences = :one',
        ExpressionAttributeValues: { ':firstSeen': { S: occurrences.firstSeen }, ':one': { N: '1' } },
      }),
    );
  } catch (error) {
    if (!isConditionFailure(error)) throw error;
  }
}
