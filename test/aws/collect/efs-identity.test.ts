import { DescribeAccessPointsCommand, EFSServiceException } from '@aws-sdk/client-efs';
import { GetAccountAuthorizationDetailsCommand, IAMServiceException } from '@aws-sdk/client-iam';
import {
  FunctionConfiguration,
  GetFunctionCommand,
  LambdaServiceException,
  ListAliasesCommand,
} from '@aws-sdk/client-lambda';
import { ListRuleNamesByTargetCommand } from '@aws-sdk/client-eventbridge';
import { GetCallerIdentityCommand, STSServiceException } from '@aws-sdk/client-sts';
import { CollectContext } from '../../../lambda/aws/collect/context';
import { EFS_MOUNT } from '../../../lambda/core/checks/execution-role/efs-mount';
import { accessPointId, fileSystemArnOf } from '../../../lambda/aws/collect/efs';
import { RateLimiter } from '../../../lambda/aws/collect/limiter';
import { collectFunction } from '../../../lambda/aws/collect/single';
import { collectAccount } from '../../../lambda/aws/collect/sweep';
import {
  ACCESS_POINT,
  ACCESS_POINT_ID,
  ACCOUNT,
  AUDITOR_ARN,
  FILE_SYSTEM,
  LIVE_ALIAS,
  mockAccount,
  ORDERS_ARN,
  ORDERS_CONFIG,
  REGION,
  type Stubs,
} from './fixture';

const fastContext = (): CollectContext => new CollectContext(new RateLimiter({}));
const audit = (clients: ReturnType<typeof mockAccount>['clients']) =>
  collectFunction(clients, { functionName: 'orders', context: fastContext() });
const denied = (
  Base:
    | typeof EFSServiceException
    | typeof STSServiceException
    | typeof LambdaServiceException
    | typeof IAMServiceException,
) => new Base({ name: 'AccessDeniedException', $fault: 'client', $metadata: { httpStatusCode: 403 }, message: 'no' });
const withMount = (s: Stubs, arn: string): void => {
  const config: FunctionConfiguration = {
    ...ORDERS_CONFIG,
    FileSystemConfigs: [{ Arn: arn, LocalMountPath: '/mnt/x' }],
  };
  s.lambda.on(GetFunctionCommand, { FunctionName: 'orders' }).resolves({ Configuration: config });
};

describe('EFS access point resolution', () => {
  it.each([
    [ACCESS_POINT, ACCESS_POINT_ID],
    [
      `arn:aws-us-gov:elasticfilesystem:us-gov-west-1:${ACCOUNT}:access-point/fsap-abcdef0123456789`,
      'fsap-abcdef0123456789',
    ],
    [`arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:file-system/fs-0123456789abcdef0`, undefined],
    ['fsap-0123456789abcdef0', undefined],
  ])('accessPointId(%s) = %s', (arn, id) => {
    expect(accessPointId(arn)).toBe(id);
  });

  it('builds file system ARNs in the access point partition', () => {
    expect(fileSystemArnOf('aws-cn', 'cn-north-1', '1', 'fs-1')).toBe(
      'arn:aws-cn:elasticfilesystem:cn-north-1:1:file-system/fs-1',
    );
  });

  it('describes each access point once by ID in a sweep, even when functions share it', async () => {
    const { clients, stubs } = mockAccount();
    const snap = await collectAccount(clients, { context: fastContext() });
    expect(stubs.efs.commandCalls(DescribeAccessPointsCommand).map((c) => c.args[0].input)).toEqual([
      { AccessPointId: ACCESS_POINT_ID },
    ]);
    expect(snap.functions.map((f) => f.fileSystems?.map((m) => [m.localMountPath, m.fileSystemArn]))).toEqual([
      [['/mnt/orders', FILE_SYSTEM]],
      [['/mnt/shared', FILE_SYSTEM]],
    ]);
    expect(snap.provenance).toMatchObject({ auditorPrincipal: AUDITOR_ARN, partial: false, failedReads: [] });
    expect(stubs.lambda.commandCalls(ListAliasesCommand)).toHaveLength(0);
  });

  it.each([
    [
      'AccessPointNotFound: "no such access point", not a failure',
      `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:access-point/fsap-00000000000000000`,
      1,
    ],
    [
      'another account: not asked (this account cannot describe it)',
      `arn:aws:elasticfilesystem:${REGION}:210987654321:access-point/${ACCESS_POINT_ID}`,
      0,
    ],
    ['another Region: not asked', `arn:aws:elasticfilesystem:eu-west-1:${ACCOUNT}:access-point/${ACCESS_POINT_ID}`, 0],
  ])('leaves fileSystemArn unknown for %s', async (_label, arn, calls) => {
    const { clients, stubs } = mockAccount();
    withMount(stubs, arn);
    const snap = await audit(clients);
    expect(stubs.efs.commandCalls(DescribeAccessPointsCommand)).toHaveLength(calls);
    expect(snap.functions[0]?.fileSystems).toEqual([{ arn, localMountPath: '/mnt/x' }]);
    expect(snap.provenance.failedReads.filter((f) => f.api.startsWith('elasticfilesystem:'))).toEqual([]);
  });

  it('records AccessDenied on DescribeAccessPoints and marks the snapshot partial', async () => {
    const { clients, stubs } = mockAccount();
    stubs.efs.on(DescribeAccessPointsCommand).rejects(denied(EFSServiceException));
    const snap = await audit(clients);
    expect(snap.functions[0]?.fileSystems?.[0]?.fileSystemArn).toBeUndefined();
    expect(snap.provenance.partial).toBe(true);
    expect(snap.provenance.failedReads).toContainEqual(
      expect.objectContaining({
        api: 'elasticfilesystem:DescribeAccessPoints',
        target: ACCESS_POINT,
        errorCode: 'AccessDeniedException',
      }),
    );
  });

  // The fixture's file system has no policy (PolicyNotFound): EFS lets any client that reaches a mount
  // target mount it, so a resolved mount passes; file system policies are covered in efs-policy.test.ts.
  it.each([
    ['resolved, no file system policy: LAA-EFS-MOUNT passes', true],
    ['not collected: LAA-EFS-MOUNT stays undecided', false],
  ])('%s', async (_label, withEfs) => {
    const { clients } = mockAccount();
    const snap = await collectAccount(withEfs ? clients : { ...clients, efs: undefined }, { context: fastContext() });
    const out = EFS_MOUNT.run({ snapshot: snap, fn: snap.functions[0], now: new Date('2026-11-23T00:00:00Z') });
    expect(out.status).toBe('pass');
    expect(out.findings).toEqual([]);
    expect((out.notes ?? []).some((n) => n.startsWith('Undecided'))).toBe(!withEfs);
    expect((out.notes ?? []).some((n) => n.includes(`${FILE_SYSTEM} (/mnt/orders) has no file system policy`))).toBe(
      withEfs,
    );
  });

  it('reads nothing from EFS or STS when the clients are absent', async () => {
    const { clients, stubs } = mockAccount();
    const snap = await collectAccount({ ...clients, efs: undefined, sts: undefined }, { context: fastContext() });
    expect(stubs.efs.calls()).toHaveLength(0);
    expect(stubs.sts.calls()).toHaveLength(0);
    expect(snap.functions[0]?.fileSystems).toEqual([{ arn: ACCESS_POINT, localMountPath: '/mnt/orders' }]);
    expect(snap.provenance.auditorPrincipal).toBeUndefined();
  });
});

describe('auditor principal (STS GetCallerIdentity)', () => {
  it.each([
    ['function audit', audit],
    ['sweep', (c: ReturnType<typeof mockAccount>['clients']) => collectAccount(c, { context: fastContext() })],
  ])('is asked once per %s and recorded in provenance', async (_label, collect) => {
    const { clients, stubs } = mockAccount();
    const snap = await collect(clients);
    expect(stubs.sts.commandCalls(GetCallerIdentityCommand)).toHaveLength(1);
    expect(snap.provenance.auditorPrincipal).toBe(AUDITOR_ARN);
  });

  it('records a failure without making the snapshot partial or stopping the run', async () => {
    const { clients, stubs } = mockAccount();
    stubs.sts.on(GetCallerIdentityCommand).rejects(denied(STSServiceException));
    const snap = await collectAccount(clients, { context: fastContext() });
    expect(snap.functions).toHaveLength(2);
    expect(snap.provenance.auditorPrincipal).toBeUndefined();
    expect(snap.provenance.failedReads).toEqual([
      expect.objectContaining({ api: 'sts:GetCallerIdentity', target: 'caller', errorCode: 'AccessDeniedException' }),
    ]);
    expect(snap.provenance.partial).toBe(false);
  });

  it.each([
    ['no function and no role is readable: the caller account', () => false, true, '210987654321'],
    ['functions were collected: their account', () => true, false, ACCOUNT],
  ])('gives the sweep its account when %s', async (_label, filter, iamDenied, expected) => {
    const { clients, stubs } = mockAccount();
    stubs.sts.on(GetCallerIdentityCommand).resolves({ Arn: AUDITOR_ARN, Account: '210987654321' });
    if (iamDenied) stubs.iam.on(GetAccountAuthorizationDetailsCommand).rejects(denied(IAMServiceException));
    const snap = await collectAccount(clients, { context: fastContext(), functionFilter: filter });
    expect(snap.account.id).toBe(expected);
  });
});

describe('EventBridge rules that target an alias (function audit)', () => {
  it('asks ListRuleNamesByTarget for the unqualified ARN and every alias ARN on every bus', async () => {
    const { clients, stubs } = mockAccount();
    await audit(clients);
    expect(stubs.lambda.commandCalls(ListAliasesCommand).map((c) => c.args[0].input)).toEqual([
      { FunctionName: ORDERS_ARN, Marker: undefined, MaxItems: 50 },
      { FunctionName: ORDERS_ARN, Marker: 'a2', MaxItems: 50 },
    ]);
    const asked = stubs.eventbridge
      .commandCalls(ListRuleNamesByTargetCommand)
      .map((c) => `${c.args[0].input.EventBusName} ${c.args[0].input.TargetArn}`)
      .sort();
    const targets = [ORDERS_ARN, `${ORDERS_ARN}:canary`, LIVE_ALIAS];
    expect(asked).toEqual(['default', 'orders-bus'].flatMap((bus) => targets.map((t) => `${bus} ${t}`)).sort());
  });

  it('still asks for the unqualified ARN when ListAliases is denied, and records the failure', async () => {
    const { clients, stubs } = mockAccount();
    stubs.lambda.on(ListAliasesCommand).rejects(denied(LambdaServiceException));
    const snap = await audit(clients);
    const asked = stubs.eventbridge.commandCalls(ListRuleNamesByTargetCommand).map((c) => c.args[0].input.TargetArn);
    expect([...new Set(asked)]).toEqual([ORDERS_ARN]);
    expect(snap.triggers.filter((t) => t.kind === 'eventbridge-rule')).toHaveLength(1);
    expect(snap.provenance.failedReads).toContainEqual(
      expect.objectContaining({ api: 'lambda:ListAliases', target: ORDERS_ARN, errorCode: 'AccessDeniedException' }),
    );
  });
});
