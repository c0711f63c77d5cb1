import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentityProvider } from '@smithy/types';
import { mockClient } from 'aws-sdk-client-mock';
import { AccountClients, accountsOfDenial, collectionTarget } from '../../lambda/aws/accounts';
import { createClients, type CollectorClients } from '../../lambda/aws/collect/clients';

const HOME = '111111111111';
const MEMBER = '222222222222';
const OTHER = '333333333333';
const HOUR = 3_600_000;

function setup(now = { t: 0 }) {
  const sts = mockClient(STSClient);
  let n = 0;
  sts.on(AssumeRoleCommand).callsFake(() => {
    n += 1;
    return {
      Credentials: {
        AccessKeyId: `AKIA${n}`,
        SecretAccessKey: 'secret',
        SessionToken: 'token',
        Expiration: new Date(now.t + HOUR),
      },
    };
  });
  const built: { region: string; credentials?: AwsCredentialIdentityProvider }[] = [];
  const accounts = new AccountClients({
    sts: new STSClient({ region: 'us-east-1' }),
    access: { roleName: 'LambdaAccessAuditorMember', homeAccount: HOME },
    build: (region, credentials) => {
      built.push({ region, credentials });
      return { marker: built.length } as unknown as CollectorClients;
    },
    now: () => now.t,
  });
  return { sts, accounts, built, now };
}

describe('AccountClients', () => {
  afterEach(() => jest.restoreAllMocks());

  it('assumes the member role by exact ARN with the auditor session name', async () => {
    const { sts, accounts } = setup();
    const creds = await accounts.credentialsFor(MEMBER);
    expect(creds).toMatchObject({ accessKeyId: 'AKIA1', sessionToken: 'token' });
    expect(sts.commandCalls(AssumeRoleCommand)[0]?.args[0].input).toEqual({
      RoleArn: `arn:aws:iam::${MEMBER}:role/LambdaAccessAuditorMember`,
      RoleSessionName: 'lambda-access-auditor',
      DurationSeconds: 3600,
    });
  });

  it.each([
    ['within the validity window', 30 * 60_000, 1],
    ['inside the 5-minute refresh margin', HOUR - 4 * 60_000, 2],
    ['after expiry', HOUR + 1, 2],
  ])('caches credentials per account: %s', async (_label, later, expectedCalls) => {
    const { sts, accounts, now } = setup();
    await accounts.credentialsFor(MEMBER);
    now.t = later;
    await accounts.credentialsFor(MEMBER);
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(expectedCalls);
  });

  it('shares one in-flight AssumeRole between concurrent callers and keeps accounts apart', async () => {
    const { sts, accounts } = setup();
    const [a, b, c] = await Promise.all([
      accounts.credentialsFor(MEMBER),
      accounts.credentialsFor(MEMBER),
      accounts.credentialsFor(OTHER),
    ]);
    expect(a).toBe(b);
    expect(c.accessKeyId).not.toBe(a.accessKeyId);
    expect(sts.commandCalls(AssumeRoleCommand).map((call) => call.args[0].input.RoleArn)).toEqual([
      `arn:aws:iam::${MEMBER}:role/LambdaAccessAuditorMember`,
      `arn:aws:iam::${OTHER}:role/LambdaAccessAuditorMember`,
    ]);
  });

  it('does not cache a failed assumption and reports it', async () => {
    const { sts, accounts } = setup();
    sts.on(AssumeRoleCommand).rejectsOnce(Object.assign(new Error('not authorized'), { name: 'AccessDenied' }));
    await expect(accounts.credentialsFor(MEMBER)).rejects.toThrow('not authorized');
    sts.on(AssumeRoleCommand).resolves({ Credentials: undefined });
    await expect(accounts.credentialsFor(MEMBER)).rejects.toThrow(`AssumeRole into account ${MEMBER} returned no`);
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(2);
  });

  it('reads the home account with its own role and members through the cached provider', async () => {
    const { accounts, built } = setup();
    const home = accounts.clientsFor(HOME, 'eu-west-1');
    const member = accounts.clientsFor(MEMBER, 'eu-west-1');
    expect(accounts.clientsFor(MEMBER, 'eu-west-1')).toBe(member);
    expect(accounts.clientsFor(MEMBER, 'us-east-1')).not.toBe(member);
    expect(home).not.toBe(member);
    expect(built.map((b) => [b.region, b.credentials === undefined])).toEqual([
      ['eu-west-1', true],
      ['eu-west-1', false],
      ['us-east-1', false],
    ]);
    await expect(built[1]?.credentials?.()).resolves.toMatchObject({ accessKeyId: 'AKIA1' });
    expect(accounts.assumeRoleCalls).toBe(1);
  });

  it("reads Organizations (SCPs/RCPs) with the home account's own client, never through a member role", () => {
    const sts = mockClient(STSClient);
    sts.on(AssumeRoleCommand).resolves({
      Credentials: { AccessKeyId: 'AKIAM', SecretAccessKey: 's', SessionToken: 't', Expiration: new Date(9e15) },
    });
    const built: { region: string; member: boolean }[] = [];
    const accounts = new AccountClients({
      sts: new STSClient({ region: 'us-east-1' }),
      access: { roleName: 'R', homeAccount: HOME },
      build: (region, credentials) => {
        built.push({ region, member: credentials !== undefined });
        return createClients(region, credentials);
      },
    });
    const member = accounts.clientsFor(MEMBER, 'eu-west-1');
    // Building the member's clients does not build the home account's (the stand-in waits for first use).
    expect(built).toEqual([{ region: 'eu-west-1', member: true }]);
    const config = member.organizations?.config;
    expect(built).toEqual([
      { region: 'eu-west-1', member: true },
      { region: 'eu-west-1', member: false },
    ]);
    expect(config).toBe(accounts.clientsFor(HOME, 'eu-west-1').organizations?.config);
    expect(member.lambda.config).not.toBe(accounts.clientsFor(HOME, 'eu-west-1').lambda.config);
    expect(sts.commandCalls(AssumeRoleCommand)).toHaveLength(0);
  });

  it.each(['12345', 'arn:aws:iam::x', ''])('rejects malformed account ID %j', (account) => {
    const { accounts } = setup();
    expect(() => accounts.clientsFor(account, 'eu-west-1')).toThrow('is not 12 digits');
  });

  it('shares one rate limiter per account and Region', () => {
    const { accounts } = setup();
    expect(accounts.limiterFor(MEMBER, 'eu-west-1')).toBe(accounts.limiterFor(MEMBER, 'eu-west-1'));
    expect(accounts.limiterFor(MEMBER, 'eu-west-1')).not.toBe(accounts.limiterFor(MEMBER, 'us-east-1'));
    expect(accounts.limiterFor(MEMBER, 'eu-west-1')).not.toBe(accounts.limiterFor(OTHER, 'eu-west-1'));
  });

  it('signs member reads with the assumed credentials (real clients, mocked STS)', async () => {
    const sts = mockClient(STSClient);
    sts.on(AssumeRoleCommand).resolves({
      Credentials: {
        AccessKeyId: 'AKIAMEMBER',
        SecretAccessKey: 's',
        SessionToken: 't',
        Expiration: new Date(Date.now() + HOUR),
      },
    });
    const accounts = new AccountClients({
      sts: new STSClient({ region: 'us-east-1' }),
      access: { roleName: 'R', homeAccount: HOME },
      build: createClients,
    });
    const clients = accounts.clientsFor(MEMBER, 'eu-west-1');
    const identity = await clients.lambda.config.credentials();
    expect(identity.accessKeyId).toBe('AKIAMEMBER');
  });
});

describe('accountsOfDenial', () => {
  it.each([
    ['same-account resource', { account: MEMBER, resource: `arn:aws:s3:::bucket` }, [MEMBER]],
    ['no resource', { account: MEMBER }, [MEMBER]],
    ['role of another account', { account: MEMBER, resource: `arn:aws:iam::${OTHER}:role/target` }, [MEMBER, OTHER]],
    ['resource in the same account', { account: MEMBER, resource: `arn:aws:sqs:eu-west-1:${MEMBER}:q` }, [MEMBER]],
  ])('%s', (_label, denial, expected) => {
    expect(accountsOfDenial(denial)).toEqual(expected);
  });
});

describe('collectionTarget', () => {
  const local = { marker: 'local' } as unknown as CollectorClients;

  it('uses the local clients without a central deployment', () => {
    expect(collectionTarget(undefined, local, { account: MEMBER, region: 'eu-west-1' })).toEqual({ clients: local });
  });

  it.each([
    ['the function ARN account', `arn:aws:lambda:eu-west-1:${OTHER}:function:f`, OTHER],
    ['the recording account when no ARN is known', undefined, MEMBER],
  ])('reads %s through its shared limiter', (_label, functionArn, expected) => {
    const { accounts } = setup();
    const target = collectionTarget(accounts, local, { account: MEMBER, region: 'eu-west-1', functionArn });
    expect(target.clients).toBe(accounts.clientsFor(expected, 'eu-west-1'));
    expect(target.context).toBeDefined();
  });
});
