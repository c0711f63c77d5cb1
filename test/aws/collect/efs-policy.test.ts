import {
  DescribeAccessPointsCommand,
  DescribeFileSystemPolicyCommand,
  EFSServiceException,
  FileSystemNotFound,
} from '@aws-sdk/client-efs';
import type { FunctionConfiguration } from '@aws-sdk/client-lambda';
import { GetFunctionCommand } from '@aws-sdk/client-lambda';
import { CollectContext } from '../../../lambda/aws/collect/context';
import { fileSystemId } from '../../../lambda/aws/collect/efs';
import { RateLimiter } from '../../../lambda/aws/collect/limiter';
import { collectFunction } from '../../../lambda/aws/collect/single';
import { collectAccount } from '../../../lambda/aws/collect/sweep';
import { EFS_MOUNT } from '../../../lambda/core/checks/execution-role/efs-mount';
import type { PolicyDocument } from '../../../lambda/core/snapshot/types';
import { validateSnapshot } from '../../../lambda/core/snapshot/validate';
import {
  ACCESS_POINT,
  ACCOUNT,
  FILE_SYSTEM,
  mockAccount,
  ORDERS_CONFIG,
  ORDERS_ROLE,
  REGION,
  type Stubs,
} from './fixture';

const FS_ID = 'fs-0123456789abcdef0';
const OTHER_AP = `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:access-point/fsap-99999999999999999`;
const fastContext = (): CollectContext => new CollectContext(new RateLimiter({}));
const sweep = (clients: ReturnType<typeof mockAccount>['clients']) =>
  collectAccount(clients, { context: fastContext() });
const efsError = (Base: typeof EFSServiceException | typeof FileSystemNotFound, name: string) =>
  new Base({ name, ErrorCode: name, $fault: 'client', $metadata: { httpStatusCode: 403 }, message: name });
const policyDoc = (...Statement: Record<string, unknown>[]): PolicyDocument =>
  ({ Version: '2012-10-17', Statement }) as PolicyDocument;
const answer = (s: Stubs, doc: PolicyDocument): void => {
  s.efs.on(DescribeFileSystemPolicyCommand).resolves({ FileSystemId: FS_ID, Policy: JSON.stringify(doc) });
};

/** The console's "Prevent anonymous access": ClientMount is left out, so it needs an IAM allow. */
const PREVENT_ANONYMOUS = policyDoc({
  Effect: 'Allow',
  Principal: { AWS: '*' },
  Action: ['elasticfilesystem:ClientRootAccess', 'elasticfilesystem:ClientWrite'],
  Resource: FILE_SYSTEM,
  Condition: { Bool: { 'elasticfilesystem:AccessedViaMountTarget': 'true' } },
});
const forRole = (accessPoint: string): PolicyDocument =>
  policyDoc({
    Effect: 'Allow',
    Principal: { AWS: ORDERS_ROLE },
    Action: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'],
    Resource: FILE_SYSTEM,
    Condition: {
      Bool: { 'elasticfilesystem:AccessedViaMountTarget': 'true' },
      StringEquals: { 'elasticfilesystem:AccessPointArn': accessPoint },
    },
  });
const TLS_ONLY = policyDoc({
  Effect: 'Allow',
  Principal: { AWS: '*' },
  Action: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'],
  Condition: { Bool: { 'aws:SecureTransport': 'true' } },
});
const DENY_ROLE = policyDoc(
  { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'elasticfilesystem:*', Resource: FILE_SYSTEM },
  { Effect: 'Deny', Principal: { AWS: ORDERS_ROLE }, Action: 'elasticfilesystem:ClientWrite', Resource: FILE_SYSTEM },
);

describe('file system policies (DescribeFileSystemPolicy)', () => {
  it.each([
    [FILE_SYSTEM, FS_ID],
    [`arn:aws-cn:elasticfilesystem:cn-north-1:${ACCOUNT}:file-system/fs-0a1b2c3d`, 'fs-0a1b2c3d'],
    [ACCESS_POINT, undefined],
    [FS_ID, undefined],
  ])('fileSystemId(%s) = %s', (arn, id) => {
    expect(fileSystemId(arn)).toBe(id);
  });

  it('reads each file system once by ID in a sweep; PolicyNotFound is "no policy" (null), not a failure', async () => {
    const { clients, stubs } = mockAccount();
    const snap = await sweep(clients);
    expect(stubs.efs.commandCalls(DescribeFileSystemPolicyCommand).map((c) => c.args[0].input)).toEqual([
      { FileSystemId: FS_ID },
    ]);
    expect(snap.functions.map((f) => f.fileSystems?.map((m) => m.fileSystemPolicy))).toEqual([[null], [null]]);
    expect(snap.provenance).toMatchObject({ partial: false, failedReads: [] });
    expect(validateSnapshot(JSON.parse(JSON.stringify(snap))).ok).toBe(true);
  });

  it('decodes a policy into the snapshot of every function on that file system (one read)', async () => {
    const { clients, stubs } = mockAccount();
    answer(stubs, PREVENT_ANONYMOUS);
    const snap = await sweep(clients);
    expect(stubs.efs.commandCalls(DescribeFileSystemPolicyCommand)).toHaveLength(1);
    expect(snap.functions.map((f) => f.fileSystems?.[0]?.fileSystemPolicy)).toEqual([
      PREVENT_ANONYMOUS,
      PREVENT_ANONYMOUS,
    ]);
    expect(validateSnapshot(JSON.parse(JSON.stringify(snap))).ok).toBe(true);
  });

  it('asks once in a function audit, after resolving the access point', async () => {
    const { clients, stubs } = mockAccount();
    const snap = await collectFunction(clients, { functionName: 'orders', context: fastContext() });
    expect(stubs.efs.calls().map((c) => (c.args[0] as object).constructor.name)).toEqual([
      'DescribeAccessPointsCommand',
      'DescribeFileSystemPolicyCommand',
    ]);
    expect(snap.functions[0]?.fileSystems).toEqual([
      { arn: ACCESS_POINT, localMountPath: '/mnt/orders', fileSystemArn: FILE_SYSTEM, fileSystemPolicy: null },
    ]);
  });

  it.each([
    ['AccessDeniedException', efsError(EFSServiceException, 'AccessDeniedException'), 'AccessDeniedException'],
    ['a policy that is not JSON', undefined, 'PolicyDecodeError'],
  ])('leaves the policy unknown and records a failed read on %s', async (_label, error, code) => {
    const { clients, stubs } = mockAccount();
    if (error) stubs.efs.on(DescribeFileSystemPolicyCommand).rejects(error);
    else stubs.efs.on(DescribeFileSystemPolicyCommand).resolves({ FileSystemId: FS_ID, Policy: '{"Version":' });
    const snap = await sweep(clients);
    expect(snap.functions[0]?.fileSystems).toEqual([
      { arn: ACCESS_POINT, localMountPath: '/mnt/orders', fileSystemArn: FILE_SYSTEM },
    ]);
    expect(snap.provenance.partial).toBe(true);
    expect(snap.provenance.failedReads).toEqual([
      expect.objectContaining({
        api: 'elasticfilesystem:DescribeFileSystemPolicy',
        target: FILE_SYSTEM,
        errorCode: code,
      }),
    ]);
  });

  it('treats FileSystemNotFound as an answer: policy unknown, no failed read', async () => {
    const { clients, stubs } = mockAccount();
    stubs.efs.on(DescribeFileSystemPolicyCommand).rejects(efsError(FileSystemNotFound, 'FileSystemNotFound'));
    const snap = await sweep(clients);
    expect(snap.functions[0]?.fileSystems?.[0]).not.toHaveProperty('fileSystemPolicy');
    expect(snap.provenance).toMatchObject({ partial: false, failedReads: [] });
  });

  it.each([
    [
      'the access point is unknown',
      `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:access-point/fsap-00000000000000000`,
    ],
    ['the access point is in another account', `arn:aws:elasticfilesystem:${REGION}:210987654321:access-point/fsap-1`],
  ])('does not ask when %s', async (_label, arn) => {
    const { clients, stubs } = mockAccount();
    const config: FunctionConfiguration = {
      ...ORDERS_CONFIG,
      FileSystemConfigs: [{ Arn: arn, LocalMountPath: '/mnt/x' }],
    };
    stubs.lambda.on(GetFunctionCommand, { FunctionName: 'orders' }).resolves({ Configuration: config });
    await collectFunction(clients, { functionName: 'orders', context: fastContext() });
    expect(stubs.efs.commandCalls(DescribeFileSystemPolicyCommand)).toHaveLength(0);
  });

  it('reads no policy when the access point read is denied', async () => {
    const { clients, stubs } = mockAccount();
    stubs.efs.on(DescribeAccessPointsCommand).rejects(efsError(EFSServiceException, 'AccessDeniedException'));
    await sweep(clients);
    expect(stubs.efs.commandCalls(DescribeFileSystemPolicyCommand)).toHaveLength(0);
  });
});

describe('LAA-EFS-MOUNT on collected file system policies (orders-role has no EFS grant)', () => {
  it.each<[string, PolicyDocument | undefined, string, string[]]>([
    ['no policy: any client reaching a mount target mounts', undefined, 'pass', []],
    ['"Prevent anonymous access": ClientMount needs IAM', PREVENT_ANONYMOUS, 'fail', ['elasticfilesystem:ClientMount']],
    ['the policy allows the role on its access point via a mount target', forRole(ACCESS_POINT), 'pass', []],
    [
      'the policy allows the role on another access point only',
      forRole(OTHER_AP),
      'fail',
      ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'],
    ],
    ['the policy requires TLS (Lambda always mounts with TLS)', TLS_ONLY, 'pass', []],
    ['the policy explicitly denies the role ClientWrite', DENY_ROLE, 'fail', ['elasticfilesystem:ClientWrite']],
  ])('%s', async (_label, doc, status, denied) => {
    const { clients, stubs } = mockAccount();
    if (doc) answer(stubs, doc);
    const snap = await collectFunction(clients, { functionName: 'orders', context: fastContext() });
    const out = EFS_MOUNT.run({ snapshot: snap, fn: snap.functions[0], now: new Date('2026-11-23T00:00:00Z') });
    expect(out.status).toBe(status);
    const lines = out.findings[0]?.explanation.details ?? [];
    const actions = lines.filter((l) => l.includes(` on ${FILE_SYSTEM}: `)).map((l) => l.split(' ')[0]);
    expect(actions).toEqual(denied);
    expect(out.findings.map((f) => f.resource)).toEqual(denied.length > 0 ? [FILE_SYSTEM] : []);
  });
});
