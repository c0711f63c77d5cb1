import { ROLE_TRUST_LAMBDA } from '../../../../lambda/core/checks/execution-role/role-trust-lambda';
import type { PolicyDocument } from '../../../../lambda/core/snapshot/types';
import { ACCOUNT, NOW, deny, doc, fn, lambdaTrust, role, single, snapshot } from '../../../support/factory';

const f = fn('a-fn', 'a-role');
const withTrust = (trust: PolicyDocument) => single(f, role('a-role', {}, { trustPolicy: trust }));

describe('LAA-ROLE-TRUST-LAMBDA', () => {
  it.each([
    ['plain lambda trust', lambdaTrust(), 'pass'],
    ['guarded lambda trust', lambdaTrust(true), 'pass'],
    [
      'guard naming another account',
      doc({
        Effect: 'Allow',
        Principal: { Service: 'lambda.amazonaws.com' },
        Action: 'sts:AssumeRole',
        Condition: { StringEquals: { 'aws:SourceAccount': '444455556666' } },
      }),
      'fail',
    ],
    [
      'trusts EC2 only',
      doc({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }),
      'fail',
    ],
    [
      'explicit deny for lambda',
      doc(...(lambdaTrust().Statement as Record<string, unknown>[]), {
        ...deny('sts:AssumeRole', '*'),
        Principal: { Service: 'lambda.amazonaws.com' },
        Resource: undefined,
      }),
      'fail',
    ],
    ['empty trust', doc(), 'fail'],
  ])('%s', (_name, trust, status) => {
    const out = ROLE_TRUST_LAMBDA.run({ snapshot: withTrust(trust), fn: f, now: NOW });
    expect(out.status).toBe(status);
    if (status === 'fail') {
      const finding = out.findings[0];
      expect(finding.checkId).toBe('LAA-ROLE-TRUST-LAMBDA');
      expect(finding.severity).toBe('high');
      expect(finding.fix?.cli).toMatch(/^aws iam (update-assume-role-policy|get-role) --role-name a-role/);
      expect(finding.function?.arn).toBe(f.arn);
    }
  });

  it('is not applicable when the role is not in the snapshot', () => {
    expect(ROLE_TRUST_LAMBDA.run({ snapshot: snapshot({ functions: [f] }), fn: f, now: NOW }).status).toBe(
      'not-applicable',
    );
  });

  it('keeps existing statements in the proposed trust policy', () => {
    const ec2 = doc({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' });
    const out = ROLE_TRUST_LAMBDA.run({ snapshot: withTrust(ec2), fn: f, now: NOW });
    const policy = out.findings[0].fix?.policyJson as { Statement: unknown[] };
    expect(policy.Statement).toHaveLength(2);
    expect(JSON.stringify(policy)).toContain(ACCOUNT);
  });
});
