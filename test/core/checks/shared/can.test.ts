import { allowed, can, executionRole } from '../../../../lambda/core/checks/shared/can';
import { executionPrincipal, servicePrincipal } from '../../../../lambda/core/checks/shared/principal';
import { ACCOUNT, allow, doc, fn, managed, role, single } from '../../../support/factory';

describe('executionPrincipal', () => {
  it('builds the STS session ARN without the role path', () => {
    const f = fn('a-p', 'x');
    const r = role(
      'a-p-role',
      {},
      { arn: `arn:aws:iam::${ACCOUNT}:role/service-role/a-p-role`, path: '/service-role/' },
    );
    expect(executionPrincipal({ ...f, roleArn: r.arn }, r)).toMatchObject({
      kind: 'assumed-role',
      arn: `arn:aws:sts::${ACCOUNT}:assumed-role/a-p-role/a-p`,
      roleArn: r.arn,
      sessionName: 'a-p',
      accountId: ACCOUNT,
    });
    expect(servicePrincipal('lambda.amazonaws.com')).toEqual({ kind: 'service', arn: 'lambda.amazonaws.com' });
  });
});

describe('can', () => {
  const f = fn('a-c', 'a-c-role');
  const scoped = allow('s3:GetObject', '*', { Condition: { ArnEquals: { 'lambda:SourceFunctionArn': f.arn } } });
  it.each<[string, Record<string, string> | undefined, boolean, boolean]>([
    ['without source function context', undefined, false, false],
    ['with lambda:SourceFunctionArn injected', undefined, true, true],
    ['with explicit context', { 'lambda:SourceFunctionArn': f.arn }, false, true],
  ])('%s', (_name, context, inject, expected) => {
    const s = single(f, role('a-c-role', { p: doc(scoped) }));
    expect(allowed(can(s, f, 's3:GetObject', 'arn:aws:s3:::b/k', context, { sourceFunctionArn: inject }))).toBe(
      expected,
    );
  });

  it('throws a typed error when the role is missing', () => {
    expect(() => can(single(f, role('other')), f, 's3:GetObject', '*')).toThrow(/not in the snapshot/);
  });

  it('reports unreadable managed policies', () => {
    const r = role('a-c-role', {}, { attachedPolicies: [{ arn: `arn:aws:iam::${ACCOUNT}:policy/m`, name: 'm' }] });
    const view = executionRole(single(f, r, { managedPolicies: [managed('m')] }), f);
    expect(view?.missingPolicies).toEqual([`arn:aws:iam::${ACCOUNT}:policy/m`]);
  });
});
