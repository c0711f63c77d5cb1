import { EFS_MOUNT } from '../../../../lambda/core/checks/execution-role/efs-mount';
import { renderEmailBody } from '../../../../lambda/core/render/alerts/email';
import { localizeFinding } from '../../../../lambda/core/render/localize';
import type { FunctionInfo, KmsKeyInfo, PolicyDocument } from '../../../../lambda/core/snapshot/types';
import { ACCOUNT, NOW, allow, doc, fn, role, single } from '../../../support/factory';

const FS = `arn:aws:elasticfilesystem:us-east-1:${ACCOUNT}:file-system/fs-1`;
const AP = `arn:aws:elasticfilesystem:us-east-1:${ACCOUNT}:access-point/fsap-1`;

function world(extra: Partial<FunctionInfo>, policy: PolicyDocument, kmsKeys?: KmsKeyInfo[]) {
  const f = fn('a-feat', 'a-feat-role', extra);
  return { f, snapshot: single(f, role('a-feat-role', { app: policy }), { kmsKeys }) };
}

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

  it.each<[string, Partial<FunctionInfo>, string, string[]]>([
    [
      'policy unreadable, Lambda reports EFSMountFailure',
      { fileSystems: [mount], state: 'Failed', stateReasonCode: 'EFSMountFailure' },
      `実行ロール a-feat-role は ${FS} に対する elasticfilesystem:ClientMount, elasticfilesystem:ClientWrite を拒否されているため、ファイルシステムポリシーが許可しない限り /mnt/data のマウントは失敗します。ファイルシステムポリシーは読み取れませんでした (DescribeFileSystemPolicy が未収集または拒否)。`,
      [
        `アクセスポイント: ${AP}`,
        'ファイルシステムポリシー: 読み取れないため、何も許可しないものとみなしました',
        'Lambda の報告: EFSMountFailure',
      ],
    ],
    [
      'policy evaluated, grants another role',
      withPolicy(
        fsPolicy({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/other` }, Action: MOUNT_WRITE }),
      ),
      `${FS} のファイルシステムポリシーは IAM 認可を必要とし、実行ロール a-feat-role のポリシーと合わせて elasticfilesystem:ClientMount, elasticfilesystem:ClientWrite を拒否するため、/mnt/data のマウントは失敗します。`,
      [`アクセスポイント: ${AP}`, `ファイルシステムポリシー: 評価済み (${FS} のリソースベースのポリシー)`],
    ],
  ])('%s: rendered in ja, identifiers verbatim', (_name, extra, summaryStart, details) => {
    const { f, snapshot } = world(extra, doc());
    const finding = EFS_MOUNT.run({ snapshot, fn: f, now: NOW }).findings[0];
    const ja = localizeFinding(finding, 'ja');
    expect(ja.title).toBe('a-feat が /mnt/data をマウントできない可能性があります');
    expect(ja.explanation.summary.startsWith(summaryStart)).toBe(true);
    for (const d of details) expect(ja.explanation.details).toContain(d);
    expect(ja.fix?.notes).toEqual(
      expect.arrayContaining([
        'elasticfilesystem:ClientWrite は読み書き可能なマウントの場合にのみ必要です。',
        'CDK: fileSystem.grantReadWrite(fn) で両方が許可されます。',
      ]),
    );
    expect(ja.fix?.notes.some((n) => /^Alternatively|only needed|^CDK: .* grants/.test(n))).toBe(false);
    expect(renderEmailBody(finding, 'ja')).toContain(ja.explanation.summary);
  });
});
