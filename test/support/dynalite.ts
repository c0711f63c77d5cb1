/**
 * A real DynamoDB API implementation for tests and benches: `dynalite` (Apache-2.0) in this process, in
 * memory (no `path`: memory-level backend, no native module), on a free loopback port (127.0.0.1 only).
 * Conditional puts/updates are enforced by dynalite itself, not by a hand-written stand-in.
 */
import type { AddressInfo } from 'node:net';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';

/** A running dynalite server and a client pointed at it. */
export interface LocalDynamo {
  readonly endpoint: string;
  /** A new client (callers may wrap it for fault injection). */
  client(): DynamoDBClient;
  /** Creates a dedup table shaped like the stack's (partition key `fingerprint`). */
  createDedupTable(name: string): Promise<void>;
  close(): Promise<void>;
}

/** Starts dynalite on 127.0.0.1 and a free port. */
export async function startDynalite(): Promise<LocalDynamo> {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const endpoint = `http://127.0.0.1:${port}`;
  const clients: DynamoDBClient[] = [];
  const client = (): DynamoDBClient => {
    const c = new DynamoDBClient({
      endpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
      maxAttempts: 1,
    });
    clients.push(c);
    return c;
  };
  return {
    endpoint,
    client,
    async createDedupTable(name) {
      const admin = client();
      await admin.send(
        new CreateTableCommand({
          TableName: name,
          KeySchema: [{ AttributeName: 'fingerprint', KeyType: 'HASH' }],
          AttributeDefinitions: [{ AttributeName: 'fingerprint', AttributeType: 'S' }],
          BillingMode: 'PAY_PER_REQUEST',
        }),
      );
    },
    async close() {
      for (const c of clients) c.destroy();
      await new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
    },
  };
}
