/**
 * The sweep index (lambda/core/findings/sweep-plan.ts) stored as ONE item of the dedup table under the key
 * {@link SWEEP_INDEX_KEY}: read with GetItem at the start of a sweep, written with PutItem at its end, so
 * "alerted before" never needs a Scan. It has no `expiresAt`, so TTL never deletes it. Sweeps do not overlap
 * (the schedule's interval exceeds the sweep's timeout), so a plain put is enough; were two to overlap, the
 * later put wins and at worst one digest or resolved notice is repeated or missed. DynamoDB item
 * size limit (400 KB): DynamoDB developer guide, "Service, account, and table quotas"; the index is bounded
 * by MAX_INDEX_ENTRIES. Client injected.
 */
import { GetItemCommand, PutItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { SweepIndex } from '../../core/findings/sweep-plan';

/** Partition key of the index item (cannot collide with fingerprints, which are hex, or `event#` keys). */
export const SWEEP_INDEX_KEY = 'sweep#index';

/**
 * Reads the index; an absent or unreadable-JSON item is an empty index (the first sweep). `key` selects
 * another index item (the organization sweep keeps one per account, Region and shard).
 */
export async function loadSweepIndex(
  ddb: DynamoDBClient,
  tableName: string,
  key: string = SWEEP_INDEX_KEY,
): Promise<SweepIndex> {
  const out = await ddb.send(
    new GetItemCommand({ TableName: tableName, Key: { fingerprint: { S: key } }, ConsistentRead: true }),
  );
  const raw = out.Item?.entries?.S;
  if (!raw) return {};
  try {
    const parsed: unknown = JSON.parse(raw);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as SweepIndex) : {};
  } catch {
    return {};
  }
}

/** Writes the index (whole item) under `key`. */
export async function saveSweepIndex(
  ddb: DynamoDBClient,
  tableName: string,
  index: SweepIndex,
  now: Date,
  key: string = SWEEP_INDEX_KEY,
): Promise<void> {
  await ddb.send(
    new PutItemCommand({
      TableName: tableName,
      Item: {
        fingerprint: { S: key },
        entries: { S: JSON.stringify(index) },
        updatedAt: { S: now.toISOString() },
      },
    }),
  );
}
