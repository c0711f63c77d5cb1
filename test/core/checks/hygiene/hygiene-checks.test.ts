import { hygieneDeprecatedPolicy } from '../../../../lambda/core/checks/hygiene/deprecated-policy';
import { hygieneLongLivedKeys } from '../../../../lambda/core/checks/hygiene/long-lived-keys';
import type { AccessKeyInfo, Snapshot } from '../../../../lambda/core/snapshot/types';
import { ACCOUNT, NOW, allow, doc, fn, role, snapshot } from '../builders';
import { user } from '../builders-b';

const FULL = { arn: 'arn:aws:iam::aws:policy/AWSLambdaFullAccess', name: 'AWSLambdaFullAccess' };
const READ = { arn: 'arn:aws:iam::aws:policy/AWSLambdaReadOnlyAccess', name: 'AWSLambdaReadOnlyAccess' };
const NEW_FULL = { arn: 'arn:aws:iam::aws:policy/AWSLambda_FullAccess', name: 'AWSLambda_FullAccess' };

describe('LAA-HYGIENE-DEPRECATED-POLICY', () => {
  it.each<[string, Snapshot, string, string[]]>([
    ['replacement policy only', snapshot({ users: [user('b-dev', {}, { attachedPolicies: [NEW_FULL] })] }), 'pass', []],
    [
      'deprecated full access on a user',
      snapshot({ users: [user('b-dev', {}, { attachedPolicies: [FULL] })] }),
      'fail',
      ['AWSLambda_FullAccess'],
    ],
    [
      'deprecated read-only on a group and full access on a role',
      snapshot({
        groups: [
          {
            arn: `arn:aws:iam::${ACCOUNT}:group/b-readers`,
            name: 'b-readers',
            inlinePolicies: [],
            attachedPolicies: [READ],
          },
        ],
        roles: [role('b-ops', {}, { attachedPolicies: [FULL] })],
      }),
      'fail',
      ['AWSLambda_FullAccess', 'AWSLambda_ReadOnlyAccess'],
    ],
    ['nobody in the snapshot', snapshot(), 'not-applicable', []],
  ])('%s', (_name, s, status, replacements) => {
    const r = hygieneDeprecatedPolicy.run({ snapshot: s, now: NOW });
    expect(r.status).toBe(status);
    expect(r.findings.map((f) => /use (\S+)$/.exec(f.title)?.[1]).sort()).toEqual(replacements);
  });

  it('renders attach-then-detach for the holder kind', () => {
    const s = snapshot({ roles: [role('b-ops', {}, { attachedPolicies: [FULL] })] });
    const f = hygieneDeprecatedPolicy.run({ snapshot: s, now: NOW }).findings[0];
    expect(f.fix?.cli).toBe(
      'aws iam attach-role-policy --role-name b-ops --policy-arn arn:aws:iam::aws:policy/AWSLambda_FullAccess\n' +
        'aws iam detach-role-policy --role-name b-ops --policy-arn arn:aws:iam::aws:policy/AWSLambdaFullAccess',
    );
    expect(f.principal).toBe(`arn:aws:iam::${ACCOUNT}:role/b-ops`);
  });
});

describe('LAA-HYGIENE-LONG-LIVED-KEYS', () => {
  const key = (id: string, createDate: string, status: AccessKeyInfo['status'] = 'Active'): AccessKeyInfo => ({
    accessKeyId: id,
    status,
    createDate,
  });
  const deploy = doc(
    allow(
      ['lambda:UpdateFunctionCode', 'lambda:UpdateFunctionConfiguration'],
      'arn:aws:lambda:us-east-1:111122223333:function:b-*',
    ),
  );
  const reader = doc(allow('lambda:GetFunction', '*'));
  const OLD = '2025-06-01T00:00:00Z';
  const RECENT = '2025-12-20T00:00:00Z';
  const world = (policy: ReturnType<typeof doc>, keys: AccessKeyInfo[]): Snapshot =>
    snapshot({
      functions: [fn('b-billing', 'b-billing-role')],
      users: [user('b-ci', { p: policy }, { accessKeys: keys })],
    });

  it.each<[string, Snapshot, string, number]>([
    ['deployer with a 228-day-old active key', world(deploy, [key('AKIAB0000000000OLD01', OLD)]), 'fail', 1],
    ['deployer with a recent key', world(deploy, [key('AKIAB0000000000NEW01', RECENT)]), 'pass', 0],
    [
      'deployer whose old key is inactive',
      world(deploy, [key('AKIAB0000000000OLD02', OLD, 'Inactive')]),
      'not-applicable',
      0,
    ],
    ['old key but read-only user', world(reader, [key('AKIAB0000000000OLD03', OLD)]), 'pass', 0],
    ['no keys at all', world(deploy, []), 'not-applicable', 0],
  ])('%s', (_name, s, status, count) => {
    const r = hygieneLongLivedKeys.run({ snapshot: s, now: NOW });
    expect(r.status).toBe(status);
    expect(r.findings).toHaveLength(count);
  });

  it('reports the key age from input.now and the deploy permission', () => {
    const f = hygieneLongLivedKeys.run({ snapshot: world(deploy, [key('AKIAB0000000000OLD01', OLD)]), now: NOW })
      .findings[0];
    expect(f.severity).toBe('low');
    expect(f.title).toContain('(228 days)');
    expect(f.action).toBe('lambda:UpdateFunctionCode');
    expect(f.fix?.cli).toContain(
      'aws iam update-access-key --user-name b-ci --access-key-id AKIAB0000000000OLD01 --status Inactive',
    );
  });
});
