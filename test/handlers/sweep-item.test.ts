import { DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { AccountClients } from '../../lambda/aws/accounts';
import { DEFAULT_QUOTAS } from '../../lambda/aws/collect/limiter';
import * as collect from '../../lambda/aws/collect';
import {
  collectSweepItem,
  inShard,
  itemIndexKey,
  itemQuotas,
  TOP_PER_ITEM,
  runSweepBatch,
  type SweepItem,
  type SweepItemDeps,
} from '../../lambda/handlers/sweep-item';
import { ACCOUNT, REGION, mockAccount } from '../aws/collect/fixture';
import { perFunctionCheck, testDeps } from './helpers';
import { snapshotWithFunctions } from '../support/factory';

const sns = mockClient(SNSClient);
const ddb = mockClient(DynamoDBClient);
const A = '222222222222';
const B = '333333333333';

beforeEach(() => {
  sns.reset();
  ddb.reset();
  sns.on(PublishCommand).resolves({ MessageId: 'm' });
  ddb.on(PutItemCommand).resolves({});
  ddb.on(GetItemCommand).resolves({});
});

function deps(collectItem: SweepItemDeps['collectItem']) {
  const base = testDeps({ checks: [perFunctionCheck('high')] });
  return { ...base, collectItem } as SweepItemDeps & Pick<typeof base, 'logger' | 'metrics'>;
}

describe('runSweepBatch', () => {
  it('processes every item of the batch in order and reports each result', async () => {
    const d = deps(jest.fn(async (item: SweepItem) => snapshotWithFunctions(item.account === A ? 2 : 3)));
    const results = await runSweepBatch(d, {
      Items: [
        { account: A, region: 'eu-west-1' },
        { account: B, region: 'us-east-1', shard: 1, shards: 2 },
      ],
    });
    expect(results).toEqual([
      expect.objectContaining({ account: A, region: 'eu-west-1', shard: 0, status: 'ok', functions: 2, findings: 2 }),
      expect.objectContaining({ account: B, region: 'us-east-1', shard: 1, status: 'ok', functions: 3, findings: 3 }),
    ]);
    expect(sns.commandCalls(PublishCommand)).toHaveLength(5);
    expect(d.metrics.get('FunctionsSwept')).toBe(5);
    expect(d.metrics.flushes).toBe(1);
  });

  it("reports one item's failure without failing the batch", async () => {
    const collect = jest.fn(async (item: SweepItem) => {
      if (item.account === A) throw Object.assign(new Error('not authorized to assume'), { name: 'AccessDenied' });
      return snapshotWithFunctions(1);
    });
    const d = deps(collect);
    const results = await runSweepBatch(d, {
      Items: [
        { account: A, region: 'eu-west-1' },
        { account: B, region: 'eu-west-1' },
      ],
    });
    expect(results.map((r) => [r.account, r.status, r.error])).toEqual([
      [A, 'failed', 'AccessDenied: not authorized to assume'],
      [B, 'ok', undefined],
    ]);
    expect(d.metrics.get('SweepItemFailures')).toBe(1);
    expect(d.logger.named('sweep-item-failed')).toHaveLength(1);
  });

  it('throws when every item failed, so the Map retries and counts the failure', async () => {
    const d = deps(jest.fn(async () => Promise.reject(new Error('STS unreachable'))));
    await expect(runSweepBatch(d, { Items: [{ account: A, region: 'eu-west-1' }] })).rejects.toThrow(
      'All 1 items failed: Error: STS unreachable',
    );
    expect(d.metrics.flushes).toBe(1);
  });
});

describe('per-item notices (consistent with the single-account sweep)', () => {
  const item: SweepItem = { account: A, region: 'eu-west-1' };
  const indexPuts = () =>
    ddb
      .commandCalls(PutItemCommand)
      .map((c) => c.args[0].input.Item)
      .filter((i) => i?.fingerprint?.S?.startsWith('sweep#index'));

  it('reads and writes its own index item, keyed by account, Region and shard', async () => {
    const d = deps(jest.fn(async () => snapshotWithFunctions(1)));
    await runSweepBatch(d, { Items: [item, { account: B, region: 'us-east-1', shard: 1, shards: 2 }] });
    expect(ddb.commandCalls(GetItemCommand).map((c) => c.args[0].input.Key?.fingerprint?.S)).toEqual([
      `sweep#index#${A}#eu-west-1#0`,
      `sweep#index#${B}#us-east-1#1`,
    ]);
    expect(indexPuts().map((i) => i?.fingerprint?.S)).toEqual([itemIndexKey(item), `sweep#index#${B}#us-east-1#1`]);
  });

  it('sends a resolved notice for an alerted finding absent from a complete item sweep, and counts it', async () => {
    ddb.on(GetItemCommand).resolves({
      Item: {
        fingerprint: { S: itemIndexKey(item) },
        entries: {
          S: JSON.stringify({
            gone: {
              severity: 'high',
              checkId: 'LAA-X',
              firstSeen: '2026-11-01T00:00:00Z',
              alertedAt: '2026-11-02T00:00:00Z',
            },
          }),
        },
      },
    });
    const d = deps(jest.fn(async () => snapshotWithFunctions(1)));
    const [r] = await runSweepBatch(d, { Items: [item] });
    expect(r?.resolved).toBe(1);
    const subjects = sns.commandCalls(PublishCommand).map((c) => c.args[0].input.Subject);
    expect(subjects).toContain('[Lambda Access Auditor] RESOLVED high: LAA-X on the account');
  });

  it('reports counts by severity, findings left to the digest and the most severe findings', async () => {
    const base = testDeps({ checks: [perFunctionCheck('high')] });
    const d = {
      ...base,
      config: { ...base.config, maxAlertsPerSweep: 2 },
      collectItem: jest.fn(async () => snapshotWithFunctions(8)),
    } as SweepItemDeps & Pick<typeof base, 'logger' | 'metrics'>;
    const [r] = await runSweepBatch(d, { Items: [item] });
    expect(r).toMatchObject({ findings: 8, alerted: 2, notAlerted: 6, bySeverity: { high: 8 } });
    expect(r?.top).toHaveLength(TOP_PER_ITEM);
    expect(r?.top?.[0]).toMatchObject({ severity: 'high', account: A, region: 'eu-west-1' });
    // No digest per item: the organization digest (lambda/handlers/sweep-digest.ts) counts them.
    expect(sns.commandCalls(PublishCommand)).toHaveLength(2);
    // The log line carries the counts, not the finding titles.
    expect(d.logger.named('sweep-item')[0]?.attributes.top).toBeUndefined();
  });
});

describe('shards and quotas', () => {
  const names = Array.from({ length: 500 }, (_, i) => `fn-${i}`);

  it.each([1, 2, 3, 8])('%i shards partition the functions (each in exactly one, roughly even)', (shards) => {
    const counts = Array.from({ length: shards }, (_, s) => names.filter((n) => inShard(n, s, shards)).length);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(names.length);
    for (const n of names) {
      expect(Array.from({ length: shards }, (_, s) => inShard(n, s, shards)).filter(Boolean)).toHaveLength(1);
    }
    for (const c of counts) expect(c).toBeGreaterThan((names.length / shards) * 0.7);
  });

  it.each([
    ['one item per account-Region', {}, 15, 20],
    ['4 shards', { shards: 4 }, 15 / 4, 5],
    ['3 Regions at once', { regionsPerAccount: 3 }, 15, 20 / 3],
    ['2 shards × 3 Regions', { shards: 2, regionsPerAccount: 3 }, 7.5, 20 / 6],
  ])('divides the account quotas: %s', (_label, extra, getPolicy, iam) => {
    const q = itemQuotas({ account: A, region: 'eu-west-1', ...extra });
    expect(q['lambda:GetPolicy']?.perSecond).toBeCloseTo(getPolicy);
    expect(q.iam?.perSecond).toBeCloseTo(iam);
    expect(Object.keys(q)).toEqual(Object.keys(DEFAULT_QUOTAS));
  });
});

describe('collectSweepItem (mocked member account)', () => {
  function accountsFor() {
    const sts = mockClient(STSClient);
    sts.on(AssumeRoleCommand).resolves({
      Credentials: { AccessKeyId: 'AKIA', SecretAccessKey: 's', SessionToken: 't', Expiration: new Date(9e15) },
    });
    const { clients } = mockAccount();
    const built: string[] = [];
    const accounts = new AccountClients({
      sts: new STSClient({ region: REGION }),
      access: { roleName: 'LambdaAccessAuditorMember', homeAccount: '111111111111' },
      build: (region) => {
        built.push(region);
        return clients;
      },
    });
    return { accounts, built };
  }

  it('collects the member account and Region through its clients; shards split the functions', async () => {
    const { accounts, built } = accountsFor();
    const whole = await collectSweepItem(accounts, { account: ACCOUNT, region: REGION });
    const parts = await Promise.all(
      [0, 1].map((shard) => collectSweepItem(accounts, { account: ACCOUNT, region: REGION, shard, shards: 2 })),
    );
    expect(built).toEqual([REGION]);
    expect(whole.functions.length).toBeGreaterThan(1);
    const shardArns = parts.flatMap((p) => p.functions.map((f) => f.arn)).sort();
    expect(shardArns).toEqual(whole.functions.map((f) => f.arn).sort());
  });
});

describe('organization policy reads reach the collector', () => {
  afterEach(() => jest.restoreAllMocks());

  it.each([['off'], ['auto']] as const)('collectSweepItem passes organization %s', async (mode) => {
    const spy = jest.spyOn(collect, 'collectAccount').mockResolvedValue(snapshotWithFunctions(0));
    const accounts = { clientsFor: () => ({}) } as unknown as AccountClients;
    await collectSweepItem(accounts, { account: A, region: 'eu-west-1' }, mode);
    expect(spy.mock.calls[0]?.[1]).toMatchObject({ organization: mode });
  });
});
