/**
 * Exactly-once alert claims in DynamoDB, keyed by a dedup key (a finding fingerprint, or an event key
 * prefixed `event#`). An item moves `pending` → `sent`:
 *
 * - {@link claim}: the first occurrence in the window creates the item `pending` with a random claim ID and
 *   a lease: the caller owns it and must publish. A later occurrence increments `occurrences` (one atomic
 *   `ADD`) and is a repeat, unless the item is still `pending` with an expired lease (its owner crashed or
 *   timed out): then it takes the claim over with a conditional update on the old claim ID, so of two
 *   concurrent take-overs exactly one wins.
 * - {@link complete}: the owner marks it `sent` with the publish's message ID (conditional on its claim ID).
 * - {@link release}: after a failed publish the owner ends its lease now (conditional on its claim ID, never
 *   on a counter a concurrent increment could change), so its retry, or any duplicate, takes over at once.
 *
 * The window is fixed at the first occurrence (`expiresAt` is not extended); DynamoDB deletes expired items
 * lazily, so an expired item counts as absent. Conditional writes: DynamoDB developer guide, "Condition
 * expressions" (a failed condition returns `ConditionalCheckFailedException` and writes nothing). Client injected.
 */
import { randomUUID } from 'node:crypto';
import { PutItemCommand, UpdateItemCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { AuditorError } from '../../core/errors';

/** Table, window and lease. */
export interface DedupConfig {
  readonly tableName: string;
  /** Length of the silence window in seconds. */
  readonly ttlSeconds: number;
  /**
   * How long an owner may hold a `pending` claim before another delivery takes it over (seconds). Must
   * exceed the longest time an owner can still publish after claiming (the handler's timeout) and stay
   * below the intake queue's visibility timeout, so a crashed owner's retry finds the lease expired.
   */
  readonly leaseSeconds: number;
}

/** Occurrence counters of a key. */
export interface Occurrences {
  readonly count: number;
  readonly firstSeen: string;
  readonly lastSeen: string;
}

/** State of a dedup item. */
export type DedupState = 'pending' | 'sent';

/** Result of {@link claim}. */
export type ClaimOutcome =
  | {
      /** This caller owns the claim and must publish, then {@link complete} or {@link release}. */
      readonly owner: true;
      readonly claimId: string;
      /** True when a stale `pending` claim was taken over (its owner crashed or timed out). */
      readonly takenOver: boolean;
      readonly occurrences: Occurrences;
    }
  | {
      /** A repeat: already sent, or another owner holds a live lease. Counted, not published. */
      readonly owner: false;
      readonly state: DedupState;
      readonly occurrences: Occurrences;
    };

/** Extra attributes stored on a new item (for people reading the table). */
export type ClaimAttributes = Readonly<Record<string, string | undefined>>;

const MAX_ROUNDS = 3;

function isConditionFailure(error: unknown): boolean {
  return error instanceof Error && error.name === 'ConditionalCheckFailedException';
}

function seconds(now: Date): number {
  return Math.floor(now.getTime() / 1000);
}

/** Records one occurrence of `key` at `now` and says whether the caller owns the alert. */
export async function claim(
  ddb: DynamoDBClient,
  config: DedupConfig,
  key: string,
  now: Date,
  attributes: ClaimAttributes = {},
): Promise<ClaimOutcome> {
  for (let round = 1; round <= MAX_ROUNDS; round++) {
    const created = await tryCreate(ddb, config, key, now, attributes);
    if (created) return created;
    const counted = await tryCount(ddb, config, key, now);
    if (!counted) continue; // expired and gone between the two calls: start over
    if (counted.state === 'sent' || counted.leaseUntil > seconds(now)) {
      return { owner: false, state: counted.state, occurrences: counted.occurrences };
    }
    const taken = await tryTakeOver(ddb, config, key, now, counted.claimId);
    if (taken) return { owner: true, claimId: taken, takenOver: true, occurrences: counted.occurrences };
    // Someone else took it over first: it is theirs now, and this occurrence is counted.
    return { owner: false, state: 'pending', occurrences: counted.occurrences };
  }
  throw new AuditorError(
    'DEDUP_CONFLICT',
    `Could not record ${key} in ${config.tableName} after ${MAX_ROUNDS} attempts ` +
      '(the item kept appearing and disappearing). The record will be retried.',
  );
}

async function tryCreate(
  ddb: DynamoDBClient,
  config: DedupConfig,
  key: string,
  now: Date,
  attributes: ClaimAttributes,
): Promise<ClaimOutcome | undefined> {
  const iso = now.toISOString();
  const claimId = randomUUID();
  const item: Record<string, AttributeValue> = {
    fingerprint: { S: key },
    state: { S: 'pending' },
    claimId: { S: claimId },
    leaseUntil: { N: String(seconds(now) + config.leaseSeconds) },
    occurrences: { N: '1' },
    firstSeen: { S: iso },
    lastSeen: { S: iso },
    expiresAt: { N: String(seconds(now) + config.ttlSeconds) },
  };
  for (const [name, value] of Object.entries(attributes)) if (value) item[name] = { S: value };
  try {
    await ddb.send(
      new PutItemCommand({
        TableName: config.tableName,
        Item: item,
        ConditionExpression: 'attribute_not_exists(fingerprint) OR expiresAt <= :now',
        ExpressionAttributeValues: { ':now': { N: String(seconds(now)) } },
      }),
    );
    return { owner: true, claimId, takenOver: false, occurrences: { count: 1, firstSeen: iso, lastSeen: iso } };
  } catch (error) {
    if (isConditionFailure(error)) return undefined;
    throw error;
  }
}

interface Counted {
  readonly state: DedupState;
  readonly claimId: string;
  readonly leaseUntil: number;
  readonly occurrences: Occurrences;
}

async function tryCount(
  ddb: DynamoDBClient,
  config: DedupConfig,
  key: string,
  now: Date,
): Promise<Counted | undefined> {
  try {
    const out = await ddb.send(
      new UpdateItemCommand({
        TableName: config.tableName,
        Key: { fingerprint: { S: key } },
        UpdateExpression: 'SET lastSeen = :lastSeen ADD occurrences :one',
        ConditionExpression: 'attribute_exists(fingerprint) AND expiresAt > :now',
        ExpressionAttributeValues: {
          ':lastSeen': { S: now.toISOString() },
          ':one': { N: '1' },
          ':now': { N: String(seconds(now)) },
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    const a = out.Attributes ?? {};
    return {
      // Items written before states existed were only written once alerted: treat them as sent.
      state: a.state?.S === 'pending' ? 'pending' : 'sent',
      claimId: a.claimId?.S ?? '',
      leaseUntil: Number(a.leaseUntil?.N ?? '0'),
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

async function tryTakeOver(
  ddb: DynamoDBClient,
  config: DedupConfig,
  key: string,
  now: Date,
  staleClaimId: string,
): Promise<string | undefined> {
  const claimId = randomUUID();
  try {
    await ddb.send(
      new UpdateItemCommand({
        TableName: config.tableName,
        Key: { fingerprint: { S: key } },
        UpdateExpression: 'SET claimId = :claim, leaseUntil = :lease',
        ConditionExpression: '#state = :pending AND claimId = :stale AND leaseUntil <= :now AND expiresAt > :now',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: {
          ':claim': { S: claimId },
          ':lease': { N: String(seconds(now) + config.leaseSeconds) },
          ':pending': { S: 'pending' },
          ':stale': { S: staleClaimId },
          ':now': { N: String(seconds(now)) },
        },
      }),
    );
    return claimId;
  } catch (error) {
    if (isConditionFailure(error)) return undefined;
    throw error;
  }
}

/**
 * Marks the claim `sent` with the publish's message ID. Returns false when the claim is no longer this
 * owner's (its lease expired and another delivery took it over): the caller logs it, nothing to undo.
 */
export async function complete(
  ddb: DynamoDBClient,
  config: DedupConfig,
  key: string,
  claimId: string,
  messageId: string | undefined,
): Promise<boolean> {
  return ownerUpdate(ddb, config, key, claimId, 'SET #state = :sent, messageId = :messageId REMOVE leaseUntil', {
    ':sent': { S: 'sent' },
    ':messageId': { S: messageId ?? 'unknown' },
  });
}

/**
 * Ends this owner's lease now (its publish failed), so the retry or a concurrent duplicate takes the claim
 * over at once instead of waiting for the lease. Occurrences are untouched. Returns false when the claim is
 * no longer this owner's.
 */
export async function release(
  ddb: DynamoDBClient,
  config: DedupConfig,
  key: string,
  claimId: string,
): Promise<boolean> {
  return ownerUpdate(ddb, config, key, claimId, 'SET leaseUntil = :zero', { ':zero': { N: '0' } });
}

async function ownerUpdate(
  ddb: DynamoDBClient,
  config: DedupConfig,
  key: string,
  claimId: string,
  updateExpression: string,
  values: Record<string, AttributeValue>,
): Promise<boolean> {
  try {
    await ddb.send(
      new UpdateItemCommand({
        TableName: config.tableName,
        Key: { fingerprint: { S: key } },
        UpdateExpression: updateExpression,
        ConditionExpression: '#state = :pending AND claimId = :claim',
        ExpressionAttributeNames: { '#state': 'state' },
        ExpressionAttributeValues: { ...values, ':pending': { S: 'pending' }, ':claim': { S: claimId } },
      }),
    );
    return true;
  } catch (error) {
    if (isConditionFailure(error)) return false;
    throw error;
  }
}
