import { exposureExternalAccount } from '../../../../lambda/core/checks/exposure/external-account';
import type { FunctionInfo } from '../../../../lambda/core/snapshot/types';
import { ACCOUNT, NOW, fn, snapshot, fnArn, permission, withPolicy } from '../../../support/factory';

const ARN = fnArn('b-shared');
const base = fn('b-shared', 'b-shared-role');
const PARTNER = '444455556666';

const run = (f: FunctionInfo) =>
  exposureExternalAccount.run({ snapshot: snapshot({ functions: [f] }), fn: f, now: NOW });

describe('LAA-EXPOSURE-EXTERNAL-ACCOUNT', () => {
  it.each<[string, FunctionInfo, string, number]>([
    [
      'account root of another account',
      withPolicy(base, permission('partner', { AWS: `arn:aws:iam::${PARTNER}:root` }, ARN)),
      'fail',
      1,
    ],
    ['bare account ID of another account', withPolicy(base, permission('partner', { AWS: PARTNER }, ARN)), 'fail', 1],
    [
      'role of another account',
      withPolicy(base, permission('partner', { AWS: `arn:aws:iam::${PARTNER}:role/ci` }, ARN)),
      'fail',
      1,
    ],
    [
      'other account guarded by aws:PrincipalOrgID',
      withPolicy(
        base,
        permission('org', { AWS: `arn:aws:iam::${PARTNER}:root` }, ARN, {
          StringEquals: { 'aws:PrincipalOrgID': 'o-abc123def4' },
        }),
      ),
      'pass',
      0,
    ],
    [
      'own account only',
      withPolicy(base, permission('self', { AWS: `arn:aws:iam::${ACCOUNT}:root` }, ARN)),
      'not-applicable',
      0,
    ],
    ['no resource policy', base, 'not-applicable', 0],
  ])('%s', (_name, f, status, count) => {
    const r = run(f);
    expect(r.status).toBe(status);
    expect(r.findings).toHaveLength(count);
  });

  it('names the account and renders an org-scoped re-grant', () => {
    const f = run(withPolicy(base, permission('partner', { AWS: PARTNER }, ARN))).findings[0];
    expect(f.title).toContain(PARTNER);
    expect(f.action).toBe('lambda:InvokeFunction');
    expect(f.fix?.cli).toContain(`--principal ${PARTNER} --principal-org-id`);
  });
});
