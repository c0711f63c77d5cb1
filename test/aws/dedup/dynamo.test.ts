/**
 * The claim protocol against a real DynamoDB API implementation (dynalite, in process): conditional
 * writes, atomic counters and races are dynalite's, not a mock's.
 */
import { GetItemCommand, PutItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { claim, complete, release, type DedupConfig } from '../../../lambda/aws/dedup/dynamo';
import { startDynalite, type LocalDynamo } from '../../support/dynalite';

const T0 = new Date('2026-11-23T01:00:00.000Z');
const at = (seconds: number): Date => new Date(T0.getTime() + seconds * 1000);
let local: LocalDynamo;
let ddb: DynamoDBClient;
let config: DedupConfig;
let tables = 0;

beforeAll(async () => {
  local = await startDynalite();
  ddb = local.client();
});
afterAll(() => local.close());
beforeEach(async () => {
  config = { tableName: `dedup-${++tables}`, ttlSeconds: 3600, leaseSeconds: 300 };
  await local.createDedupTable(config.tableName);
});

async function item(key: string): Promise<Record<string, string | undefined>> {
  const out = await ddb.send(new GetItemCommand({ TableName: config.tableName, Key: { fingerprint: { S: key } } }));
  return Object.fromEntries(Object.entries(out.Item ?? {}).map(([k, v]) => [k, v.S ?? v.N]));
}

describe('claim / complete / release (sequential)', () => {
  it('makes the first occurrence the owner of a pending claim with a lease and the given attributes', async () => {
    const out = await claim(ddb, config, 'fp-1', T0, { checkId: 'LAA-X', functionArn: undefined });
    expect(out).toMatchObject({ owner: true, takenOver: false, occurrences: { count: 1 } });
    expect(await item('fp-1')).toMatchObject({
      state: 'pending',
      occurrences: '1',
      checkId: 'LAA-X',
      leaseUntil: String(T0.getTime() / 1000 + 300),
      expiresAt: String(T0.getTime() / 1000 + 3600),
    });
  });

  const cases: {
    name: string;
    before: (key: string) => Promise<unknown>;
    at: number;
    expected: Record<string, unknown>;
  }[] = [
    {
      name: 'a repeat while the owner holds a live lease is counted, not owned',
      before: (k) => claim(ddb, config, k, T0),
      at: 10,
      expected: { owner: false, state: 'pending', occurrences: { count: 2 } },
    },
    {
      name: 'a repeat after the alert was sent is counted, not owned',
      before: async (k) => {
        const c = await claim(ddb, config, k, T0);
        if (c.owner) await complete(ddb, config, k, c.claimId, 'msg-1');
      },
      at: 400,
      expected: { owner: false, state: 'sent', occurrences: { count: 2 } },
    },
    {
      name: 'a repeat after the owner released its claim (failed publish) takes it over at once',
      before: async (k) => {
        const c = await claim(ddb, config, k, T0);
        if (c.owner) await release(ddb, config, k, c.claimId);
      },
      at: 1,
      expected: { owner: true, takenOver: true, occurrences: { count: 2 } },
    },
    {
      name: 'a repeat after the lease ran out (owner crashed) takes it over',
      before: (k) => claim(ddb, config, k, T0),
      at: 300,
      expected: { owner: true, takenOver: true, occurrences: { count: 2 } },
    },
    {
      name: 'an occurrence after the window starts a new window',
      before: async (k) => {
        const c = await claim(ddb, config, k, T0);
        if (c.owner) await complete(ddb, config, k, c.claimId, 'msg-1');
      },
      at: 3600,
      expected: { owner: true, takenOver: false, occurrences: { count: 1 } },
    },
  ];
  it.each(cases)('$name', async ({ before, at: seconds, expected }) => {
    const key = `fp-${seconds}-${tables}`;
    await before(key);
    expect(await claim(ddb, config, key, at(seconds))).toMatchObject(expected);
  });

  it('records the message ID on complete; a stale owner can neither complete nor release', async () => {
    const first = await claim(ddb, config, 'fp-2', T0);
    const second = await claim(ddb, config, 'fp-2', at(301)); // took over
    if (!first.owner || !second.owner) throw new Error('expected two owners in turn');
    expect(await complete(ddb, config, 'fp-2', first.claimId, 'msg-old')).toBe(false);
    expect(await release(ddb, config, 'fp-2', first.claimId)).toBe(false);
    expect(await complete(ddb, config, 'fp-2', second.claimId, 'msg-new')).toBe(true);
    expect(await item('fp-2')).toMatchObject({ state: 'sent', messageId: 'msg-new', occurrences: '2' });
    expect((await item('fp-2')).leaseUntil).toBeUndefined();
  });

  it('treats an item written before states existed (no state attribute) as already sent', async () => {
    const expiresAt = String(T0.getTime() / 1000 + 3600);
    await ddb.send(
      new PutItemCommand({
        TableName: config.tableName,
        Item: { fingerprint: { S: 'legacy' }, occurrences: { N: '4' }, expiresAt: { N: expiresAt } },
      }),
    );
    expect(await claim(ddb, config, 'legacy', at(5))).toMatchObject({ owner: false, state: 'sent' });
  });
});

describe('claim under concurrency (real conditional writes)', () => {
  it('gives exactly one owner among 25 simultaneous first occurrences and counts all of them', async () => {
    const outs = await Promise.all(Array.from({ length: 25 }, () => claim(ddb, config, 'storm', T0)));
    expect(outs.filter((o) => o.owner)).toHaveLength(1);
    expect(await item('storm')).toMatchObject({ occurrences: '25', state: 'pending' });
  });

  it('gives exactly one owner among 10 simultaneous take-overs of a stale claim', async () => {
    await claim(ddb, config, 'stale', T0);
    const outs = await Promise.all(Array.from({ length: 10 }, () => claim(ddb, config, 'stale', at(600))));
    expect(outs.filter((o) => o.owner)).toHaveLength(1);
    expect(await item('stale')).toMatchObject({ occurrences: '11' });
  });

  it('keeps every concurrent increment when the owner releases at the same time (no counter condition)', async () => {
    const first = await claim(ddb, config, 'race', T0);
    if (!first.owner) throw new Error('expected owner');
    const [released, ...repeats] = await Promise.all([
      release(ddb, config, 'race', first.claimId),
      ...Array.from({ length: 8 }, () => claim(ddb, config, 'race', at(1))),
    ]);
    expect(released).toBe(true);
    expect(await item('race')).toMatchObject({ occurrences: '9', state: 'pending' });
    // At most one of the duplicates took over (those after the release); the item is never deleted.
    expect(repeats.filter((o) => o.owner).length).toBeLessThanOrEqual(1);
  });
});
