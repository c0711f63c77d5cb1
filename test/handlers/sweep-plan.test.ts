/**
 * The Plan state (lambda/handlers/sweep-plan.ts): items for every resolved account × Region × shard, written
 * to S3 as one JSON array for the Map's ItemReader; Organizations is called only when a source needs it.
 */
import { ListAccountsCommand, OrganizationsClient } from '@aws-sdk/client-organizations';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { mockClient } from 'aws-sdk-client-mock';
import { runSweepPlan, sweepItems } from '../../lambda/handlers/sweep-plan';

const s3 = mockClient(S3Client);
const org = mockClient(OrganizationsClient);
const A = '222222222222';
const B = '333333333333';

beforeEach(() => {
  s3.reset();
  org.reset();
  s3.on(PutObjectCommand).resolves({});
});

describe('sweepItems', () => {
  it.each([
    [[A], ['eu-west-1'], {}, [{ account: A, region: 'eu-west-1' }]],
    [
      [A],
      ['eu-west-1', 'us-east-1'],
      {},
      [
        { account: A, region: 'eu-west-1', regionsPerAccount: 2 },
        { account: A, region: 'us-east-1', regionsPerAccount: 2 },
      ],
    ],
    [
      [B],
      ['eu-west-1'],
      { [B]: 2 },
      [
        { account: B, region: 'eu-west-1', shard: 0, shards: 2 },
        { account: B, region: 'eu-west-1', shard: 1, shards: 2 },
      ],
    ],
  ])('%j × %j (shards %j)', (accounts, regions, shards, expected) => {
    expect(sweepItems(accounts, regions, shards)).toEqual(expected);
  });
});

describe('runSweepPlan', () => {
  const deps = () => ({ s3: new S3Client({}), organizations: new OrganizationsClient({}) });
  const base = { regions: ['eu-west-1', 'us-east-1'], bucket: 'results', key: 'plans/run-1.json' };

  it('writes the items of the listed accounts without calling Organizations', async () => {
    const plan = await runSweepPlan(deps(), { ...base, sources: [B, A], shards: { [B]: 2 } });
    expect(plan).toEqual({ bucket: 'results', key: 'plans/run-1.json', accounts: 2, items: 6 });
    const put = s3.commandCalls(PutObjectCommand)[0]?.args[0].input;
    expect(put).toMatchObject({ Bucket: 'results', Key: 'plans/run-1.json', ContentType: 'application/json' });
    expect(JSON.parse(String(put?.Body))).toEqual(sweepItems([A, B], base.regions, { [B]: 2 }));
    expect(org.calls()).toHaveLength(0);
  });

  it('resolves the organization at run time, minus the excluded (central) account', async () => {
    org.on(ListAccountsCommand).resolves({
      Accounts: [
        { Id: A, State: 'ACTIVE' },
        { Id: B, State: 'ACTIVE' },
        { Id: '111111111111', State: 'ACTIVE' },
      ],
    });
    const plan = await runSweepPlan(deps(), { ...base, sources: ['organization'], exclude: ['111111111111'] });
    expect(plan).toMatchObject({ accounts: 2, items: 4 });
  });
});
