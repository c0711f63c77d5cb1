import {
  GetRoleCommand,
  IAMClient,
  ListAttachedRolePoliciesCommand,
  ListRolePoliciesCommand,
} from '@aws-sdk/client-iam';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { AccountClients } from '../../lambda/aws/accounts';
import type { CollectorClients } from '../../lambda/aws/collect/clients';
import { withTargetRole } from '../../lambda/aws/target-side';
import { denialOnlySnapshot } from '../../lambda/core/snapshot/empty';

const A = '222222222222';
const B = '333333333333';
const TARGET = `arn:aws:iam::${B}:role/deploy/target`;
const TRUST = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: A }, Action: 'sts:AssumeRole' }],
};

function setup() {
  const sts = mockClient(STSClient);
  sts.on(AssumeRoleCommand).resolves({
    Credentials: { AccessKeyId: 'AKIA', SecretAccessKey: 's', SessionToken: 't', Expiration: new Date(9e15) },
  });
  const iamClient = new IAMClient({ region: 'us-east-1', credentials: { accessKeyId: 'a', secretAccessKey: 'b' } });
  const iam = mockClient(iamClient);
  iam.on(ListRolePoliciesCommand).resolves({ PolicyNames: [] });
  iam.on(ListAttachedRolePoliciesCommand).resolves({ AttachedPolicies: [] });
  const built: [string, boolean][] = [];
  const accounts = new AccountClients({
    sts: new STSClient({ region: 'us-east-1' }),
    access: { roleName: 'LambdaAccessAuditorMember', homeAccount: '111111111111' },
    build: (region, credentials) => {
      built.push([region, credentials !== undefined]);
      return { iam: iamClient } as unknown as CollectorClients;
    },
  });
  return { accounts, iam, built };
}

const snapshot = () =>
  denialOnlySnapshot([{ account: A, region: 'eu-west-1', eventTime: '2026-12-01T00:00:00.000Z', caller: {} }], {
    mode: 'function',
    collectorVersion: 'test',
    partial: true,
  });

describe('withTargetRole', () => {
  it("reads the target role's trust policy in the other account through its member role", async () => {
    const { accounts, iam, built } = setup();
    iam.on(GetRoleCommand).resolves({
      Role: {
        Arn: TARGET,
        RoleName: 'target',
        Path: '/deploy/',
        RoleId: 'AROAEXAMPLE',
        CreateDate: new Date(),
        AssumeRolePolicyDocument: encodeURIComponent(JSON.stringify(TRUST)),
      },
    });
    const out = await withTargetRole(accounts, snapshot(), { account: A, region: 'eu-west-1', resource: TARGET });
    expect(out.roles.map((r) => [r.arn, r.accountId, r.trustPolicy])).toEqual([[TARGET, B, TRUST]]);
    expect(iam.commandCalls(GetRoleCommand)[0]?.args[0].input).toEqual({ RoleName: 'target' });
    // Built for account B's Region with an assumed-role credentials provider, not the central role.
    expect(built).toEqual([['eu-west-1', true]]);
  });

  it('records a failed read of the other side instead of throwing', async () => {
    const { accounts, iam } = setup();
    iam.on(GetRoleCommand).rejects(Object.assign(new Error('not authorized'), { name: 'AccessDenied' }));
    const out = await withTargetRole(accounts, snapshot(), { account: A, region: 'eu-west-1', resource: TARGET });
    expect(out.roles).toEqual([]);
    expect(out.provenance.partial).toBe(true);
    expect(out.provenance.failedReads).toEqual([
      expect.objectContaining({ api: 'iam:GetRole', target: TARGET, errorCode: 'AccessDenied' }),
    ]);
  });

  it.each([
    ['single account (no member access)', false, TARGET],
    ['a role of the same account', true, `arn:aws:iam::${A}:role/r`],
    ['a resource that is not a role', true, `arn:aws:sqs:eu-west-1:${B}:q`],
    ['no resource in the message', true, undefined],
  ])('leaves the snapshot alone for %s', async (_label, central, resource) => {
    const { accounts, iam } = setup();
    const before = snapshot();
    const out = await withTargetRole(central ? accounts : undefined, before, {
      account: A,
      region: 'eu-west-1',
      resource,
    });
    expect(out).toBe(before);
    expect(iam.commandCalls(GetRoleCommand)).toHaveLength(0);
  });
});
