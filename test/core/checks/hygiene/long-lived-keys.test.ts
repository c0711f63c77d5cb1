import { hygieneLongLivedKeys } from '../../../../lambda/core/checks/hygiene/long-lived-keys';
import type { AccessKeyInfo, Snapshot } from '../../../../lambda/core/snapshot/types';
import { NOW, allow, doc, fn, snapshot, iamUser } from '../../../support/factory';

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
      users: [iamUser('b-ci', { p: policy }, { accessKeys: keys })],
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
