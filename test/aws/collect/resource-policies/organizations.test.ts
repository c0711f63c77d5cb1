import { DescribePolicyCommand, ListParentsCommand, ListPoliciesForTargetCommand } from '@aws-sdk/client-organizations';
import { CollectContext } from '../../../../lambda/aws/collect/context';
import { RateLimiter } from '../../../../lambda/aws/collect/limiter';
import {
  OrganizationReader,
  type OrganizationMode,
} from '../../../../lambda/aws/collect/resource-policies/organizations';
import { ACCOUNT } from '../fixture-data';
import { DOCS, mockPolicyClients } from './fixture';

const error = (name: string) => Object.assign(new Error(`${name}: from Organizations`), { name });

function reader(mode: OrganizationMode) {
  const { clients, stubs } = mockPolicyClients();
  const ctx = new CollectContext(new RateLimiter({}));
  return { ctx, stubs, org: new OrganizationReader(ctx, clients.organizations, mode) };
}

describe('OrganizationReader', () => {
  it('reads SCP levels root → OU → account, following pagination, each policy described once', async () => {
    const { ctx, stubs, org } = reader('required');
    const info = await org.forAccount(ACCOUNT);
    expect(info?.source).toBe('collected');
    expect(info?.rcpLevels).toBeUndefined(); // no RCP attached anywhere: RCPs not in use
    expect(info?.scpLevels?.map((l) => [l.target, l.policies.map((p) => p.name)])).toEqual([
      ['r-ab12', ['FullAWSAccess']],
      ['ou-ab12-workloads', ['FullAWSAccess', 'DenyOtherRegions']],
      [ACCOUNT, ['FullAWSAccess']],
    ]);
    expect(info?.scpLevels?.[1]?.policies[1]?.document).toEqual(DOCS.scpDenyRegions);
    expect(stubs.organizations.commandCalls(DescribePolicyCommand)).toHaveLength(2);
    expect(ctx.failedReads).toEqual([]);
  });

  it('caches per run: a second account lookup sends nothing', async () => {
    const { stubs, org } = reader('auto');
    await org.forAccount(ACCOUNT);
    const sent = stubs.organizations.calls().length;
    await org.forAccount(ACCOUNT);
    expect(stubs.organizations.calls()).toHaveLength(sent);
  });

  it.each<[OrganizationMode, string, number]>([
    ['auto', 'AccessDeniedException', 0],
    ['auto', 'AWSOrganizationsNotInUseException', 0],
    ['required', 'AccessDeniedException', 1],
  ])('in %s mode, %s on the first read gives no levels and %d failed reads', async (mode, code, failures) => {
    const { ctx, stubs, org } = reader(mode);
    stubs.organizations.on(ListParentsCommand).rejects(error(code));
    expect(await org.forAccount(ACCOUNT)).toBeUndefined();
    expect(ctx.failedReads).toHaveLength(failures);
    if (failures) expect(ctx.failedReads[0]).toMatchObject({ action: 'organizations:ListParents', errorCode: code });
  });

  it('drops the whole chain when a later read fails (an incomplete chain would look like a level without Allow)', async () => {
    const { ctx, stubs, org } = reader('auto');
    stubs.organizations
      .on(ListPoliciesForTargetCommand, { TargetId: ACCOUNT })
      .rejects(error('TooManyRequestsException'));
    expect(await org.forAccount(ACCOUNT)).toBeUndefined();
    expect(ctx.failedReads.map((f) => f.api)).toEqual(['organizations:ListPoliciesForTarget']);
  });

  it('reads nothing when off or without a client', async () => {
    const { stubs, org } = reader('off');
    expect(await org.forAccount(ACCOUNT)).toBeUndefined();
    expect(stubs.organizations.calls()).toHaveLength(0);
    const ctx = new CollectContext(new RateLimiter({}));
    expect(await new OrganizationReader(ctx, undefined, 'required').forAccount(ACCOUNT)).toBeUndefined();
  });
});
