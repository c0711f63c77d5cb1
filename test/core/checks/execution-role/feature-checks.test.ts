import { EFS_MOUNT } from '../../../../lambda/core/checks/execution-role/efs-mount';
import { ENV_KMS_DECRYPT } from '../../../../lambda/core/checks/execution-role/env-kms-decrypt';
import { XRAY_TRACING } from '../../../../lambda/core/checks/execution-role/xray-tracing';
import type { FunctionInfo, KmsKeyInfo, PolicyDocument } from '../../../../lambda/core/snapshot/types';
import { ACCOUNT, NOW, allow, deny, doc, fn, role, single } from '../builders';

const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/env-key`;
const FS = `arn:aws:elasticfilesystem:us-east-1:${ACCOUNT}:file-system/fs-1`;
const AP = `arn:aws:elasticfilesystem:us-east-1:${ACCOUNT}:access-point/fsap-1`;

function world(extra: Partial<FunctionInfo>, policy: PolicyDocument, kmsKeys?: KmsKeyInfo[]) {
  const f = fn('a-feat', 'a-feat-role', extra);
  return { f, snapshot: single(f, role('a-feat-role', { app: policy }), { kmsKeys }) };
}

describe('LAA-ENV-KMS-DECRYPT', () => {
  const keyDeny = doc(
    { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' },
    {
      Effect: 'Deny',
      Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/a-feat-role` },
      Action: 'kms:Decrypt',
      Resource: '*',
    },
  );
  it.each<[string, Partial<FunctionInfo>, PolicyDocument, KmsKeyInfo[] | undefined, string]>([
    ['no role permission: Lambda uses its grant', { kmsKeyArn: KEY }, doc(), undefined, 'pass'],
    ['role allowed', { kmsKeyArn: KEY }, doc(allow('kms:Decrypt', KEY)), undefined, 'pass'],
    ['explicit deny in the role policy', { kmsKeyArn: KEY }, doc(deny('kms:*')), undefined, 'fail'],
    [
      'explicit deny in the key policy',
      { kmsKeyArn: KEY },
      doc(allow('kms:Decrypt', KEY)),
      [{ arn: KEY, keyPolicy: keyDeny }],
      'fail',
    ],
    [
      'Lambda reports KMSKeyAccessDenied',
      {
        kmsKeyArn: KEY,
        state: 'Failed',
        stateReasonCode: 'KMSKeyAccessDenied',
        stateReason: 'Lambda was unable to decrypt the environment variables because KMS access was denied.',
      },
      doc(),
      undefined,
      'fail',
    ],
    ['no customer key', {}, doc(), undefined, 'not-applicable'],
    ['AWS managed key', { kmsKeyArn: KEY }, doc(), [{ arn: KEY, awsManaged: true }], 'not-applicable'],
  ])('%s', (_name, extra, policy, keys, status) => {
    const { f, snapshot } = world(extra, policy, keys);
    const out = ENV_KMS_DECRYPT.run({ snapshot, fn: f, now: NOW });
    expect(out.status).toBe(status);
    if (status === 'fail') {
      expect(out.findings[0].severity).toBe('high');
      expect(out.findings[0].fix?.cdk).toContain('key.grantDecrypt(fn)');
      expect(out.findings[0].fix?.cli).toContain('update-function-configuration');
    }
  });
});

describe('LAA-ENV-KMS-DECRYPT: the Deny first, then the re-save', () => {
  const keyPolicy = doc(
    { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' },
    {
      Sid: 'NoEnv',
      Effect: 'Deny',
      Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/a-feat-role` },
      Action: 'kms:Decrypt',
      Resource: '*',
    },
  );
  const grant = {
    grantId: 'g1',
    granteePrincipal: `arn:aws:iam::${ACCOUNT}:role/a-feat-role`,
    operations: ['Decrypt'],
  };
  it.each<[string, PolicyDocument, KmsKeyInfo[], string, RegExp]>([
    [
      'key policy Deny (grant present: a Deny beats it)',
      doc(allow('kms:Decrypt', KEY)),
      [{ arn: KEY, keyPolicy, grants: [grant] }],
      'resource',
      /"Sid":"NoEnv"/,
    ],
    ['role policy Deny', doc(deny('kms:*')), [], 'identity', /"Effect":"Deny"/],
  ])('%s', (_name, policy, keys, layer, statement) => {
    const { f, snapshot } = world({ kmsKeyArn: KEY }, policy, keys);
    const [finding] = ENV_KMS_DECRYPT.run({ snapshot, fn: f, now: NOW }).findings;
    expect(finding.fix?.kind).toBe('remove-statement');
    expect(finding.fix?.targetLayer).toBe(layer);
    expect(JSON.stringify(finding.fix?.policyJson)).toMatch(statement);
    expect(finding.fix?.cli).toContain('update-function-configuration');
  });

  it('names the grant when the key has one for the role and nothing denies', () => {
    const { f, snapshot } = world({ kmsKeyArn: KEY }, doc(), [{ arn: KEY, keyPolicy: doc(), grants: [grant] }]);
    expect((ENV_KMS_DECRYPT.run({ snapshot, fn: f, now: NOW }).notes ?? []).join(' ')).toMatch(
      /its grant for the role is on the key/,
    );
  });
});

describe('LAA-XRAY-TRACING', () => {
  it.each<[string, Partial<FunctionInfo>, PolicyDocument, string]>([
    [
      'active with permissions',
      { tracingMode: 'Active' },
      doc(allow(['xray:PutTraceSegments', 'xray:PutTelemetryRecords'])),
      'pass',
    ],
    ['active without permissions', { tracingMode: 'Active' }, doc(), 'fail'],
    ['active, telemetry missing', { tracingMode: 'Active' }, doc(allow('xray:PutTraceSegments')), 'fail'],
    [
      'active, scoped to its own function',
      { tracingMode: 'Active' },
      doc(
        allow('xray:PutTraceSegments', '*', {
          Condition: {
            ArnEquals: { 'lambda:SourceFunctionArn': `arn:aws:lambda:us-east-1:${ACCOUNT}:function:a-feat` },
          },
        }),
        allow('xray:PutTelemetryRecords'),
      ),
      'pass',
    ],
    ['pass-through', { tracingMode: 'PassThrough' }, doc(), 'not-applicable'],
  ])('%s', (_name, extra, policy, status) => {
    const { f, snapshot } = world(extra, policy);
    const out = XRAY_TRACING.run({ snapshot, fn: f, now: NOW });
    expect(out.status).toBe(status);
    if (status === 'fail') expect(out.findings[0].fix?.cdk).toContain('AWSXRayDaemonWriteAccess');
  });
});

describe('LAA-EFS-MOUNT', () => {
  const mount = { arn: AP, localMountPath: '/mnt/data', fileSystemArn: FS };
  it.each<[string, Partial<FunctionInfo>, PolicyDocument, string, string | undefined]>([
    [
      'mount and write allowed',
      { fileSystems: [mount] },
      doc(allow(['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'], FS)),
      'pass',
      undefined,
    ],
    ['nothing allowed', { fileSystems: [mount] }, doc(), 'fail', 'medium'],
    ['read-only grant', { fileSystems: [mount] }, doc(allow('elasticfilesystem:ClientMount', FS)), 'fail', 'low'],
    [
      'scoped to the access point',
      { fileSystems: [mount] },
      doc(
        allow(['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'], FS, {
          Condition: { StringEquals: { 'elasticfilesystem:AccessPointArn': AP } },
        }),
      ),
      'pass',
      undefined,
    ],
    [
      'Lambda reports EFSMountFailure',
      { fileSystems: [mount], state: 'Failed', stateReasonCode: 'EFSMountFailure' },
      doc(),
      'fail',
      'high',
    ],
    ['file system unknown', { fileSystems: [{ arn: AP, localMountPath: '/mnt/data' }] }, doc(), 'pass', undefined],
    ['no file systems', {}, doc(), 'not-applicable', undefined],
  ])('%s', (_name, extra, policy, status, severity) => {
    const { f, snapshot } = world(extra, policy);
    const out = EFS_MOUNT.run({ snapshot, fn: f, now: NOW });
    expect(out.status).toBe(status);
    expect(out.findings[0]?.severity).toBe(severity);
  });

  // File system policy branches: null = none (EFS's default policy: no IAM check), a document = evaluated
  // as the resource-based policy with the role's policies, absent = unknown (the cases above).
  const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/a-feat-role`;
  const MOUNT_WRITE = ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'];
  const fsPolicy = (...statements: Record<string, unknown>[]) => doc(...(statements as never[]));
  const viaMountTarget = { Bool: { 'elasticfilesystem:AccessedViaMountTarget': 'true' } };
  const withPolicy = (fileSystemPolicy: PolicyDocument | null, more: Partial<FunctionInfo> = {}) => ({
    fileSystems: [{ ...mount, fileSystemPolicy }],
    ...more,
  });
  it.each<[string, Partial<FunctionInfo>, PolicyDocument, string, string | undefined, string | undefined]>([
    ['no policy, role grants nothing', withPolicy(null), doc(), 'pass', undefined, undefined],
    [
      'no policy, Lambda reports EFSMountFailure (network, not IAM)',
      withPolicy(null, { state: 'Failed', stateReasonCode: 'EFSMountFailure' }),
      doc(),
      'pass',
      undefined,
      undefined,
    ],
    [
      'policy allows the role through a mount target',
      withPolicy(
        fsPolicy({ Effect: 'Allow', Principal: { AWS: ROLE_ARN }, Action: MOUNT_WRITE, Condition: viaMountTarget }),
      ),
      doc(),
      'pass',
      undefined,
      undefined,
    ],
    [
      'policy allows the role on its access point only',
      withPolicy(
        fsPolicy({
          Effect: 'Allow',
          Principal: { AWS: ROLE_ARN },
          Action: MOUNT_WRITE,
          Condition: { StringEquals: { 'elasticfilesystem:AccessPointArn': AP } },
        }),
      ),
      doc(),
      'pass',
      undefined,
      undefined,
    ],
    [
      'policy grants another role, the role grants nothing',
      withPolicy(
        fsPolicy({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/other` }, Action: MOUNT_WRITE }),
      ),
      doc(),
      'fail',
      'medium',
      'identity',
    ],
    [
      'policy without the role, the role allows (same account: either side may allow)',
      withPolicy(
        fsPolicy({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/other` }, Action: MOUNT_WRITE }),
      ),
      doc(allow(MOUNT_WRITE, FS)),
      'pass',
      undefined,
      undefined,
    ],
    [
      'policy explicitly denies ClientWrite, the role allows',
      withPolicy(fsPolicy({ Effect: 'Deny', Principal: { AWS: '*' }, Action: 'elasticfilesystem:ClientWrite' })),
      doc(allow(MOUNT_WRITE, FS)),
      'fail',
      'low',
      'resource',
    ],
  ])('%s', (_name, extra, policy, status, severity, decidingType) => {
    const { f, snapshot } = world(extra, policy);
    const out = EFS_MOUNT.run({ snapshot, fn: f, now: NOW });
    expect(out.status).toBe(status);
    expect(out.findings[0]?.severity).toBe(severity);
    expect(out.findings[0]?.explanation.decidingPolicyType).toBe(decidingType);
  });

  it.each([
    ['no policy', null, /has no file system policy, so EFS lets any client that can reach a mount target/],
    ['unknown policy', undefined, /Undecided|not readable/],
  ])('says why for %s', (_name, fileSystemPolicy, pattern) => {
    const fileSystems = [fileSystemPolicy === undefined ? mount : { ...mount, fileSystemPolicy }];
    const { f, snapshot } = world({ fileSystems }, doc());
    const out = EFS_MOUNT.run({ snapshot, fn: f, now: NOW });
    const text = [...(out.notes ?? []), ...out.findings.map((x) => x.explanation.summary)].join('\n');
    expect(text).toMatch(pattern);
  });

  it('explains an unreadable policy in the finding and an evaluated one in its details', () => {
    const unknown = world({ fileSystems: [mount] }, doc());
    const known = world(
      withPolicy(fsPolicy({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'elasticfilesystem:ClientWrite' })),
      doc(),
    );
    const [a] = EFS_MOUNT.run({ snapshot: unknown.snapshot, fn: unknown.f, now: NOW }).findings;
    const [b] = EFS_MOUNT.run({ snapshot: known.snapshot, fn: known.f, now: NOW }).findings;
    expect(a.explanation.summary).toContain('The file system policy was not readable');
    expect(b.explanation.summary).toContain(`The file system policy of ${FS} requires IAM authorization`);
    expect(b.explanation.details).toContain(`File system policy: evaluated (resource-based policy of ${FS}).`);
    expect(b.explanation.details.some((l) => l.startsWith(`elasticfilesystem:ClientWrite on ${FS}`))).toBe(false);
  });

  it('is not applicable when the role is not in the snapshot, whatever the policy', () => {
    const { f, snapshot } = world(withPolicy(null), doc());
    const out = EFS_MOUNT.run({ snapshot: { ...snapshot, roles: [] }, fn: f, now: NOW });
    expect(out.status).toBe('not-applicable');
  });
});
