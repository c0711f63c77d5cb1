import { LAMBDA_CANNOT_ASSUME_ROLE } from '../../../../lambda/core/checks/execution-role/lambda-cannot-assume';
import type { PolicyDocument } from '../../../../lambda/core/snapshot/types';
import { FX_ACCOUNT, FX_ROLE, docOf, fxFunction, fxRole, fxSnapshot, runOn } from '../cases/kit';
import { fixtureDenial } from '../../../support/factory';

// Fixture: special-lambda-service-cannot-assume-role (AWSService caller, AWS-FACTS §1.3 / §5.1).
const DENIAL = fixtureDenial('special-lambda-service-cannot-assume-role');
const EC2_TRUST = docOf({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' });
const LAMBDA_TRUST = docOf({
  Effect: 'Allow',
  Principal: { Service: 'lambda.amazonaws.com' },
  Action: 'sts:AssumeRole',
});

function withRole(trust: PolicyDocument) {
  return fxSnapshot({
    roles: [fxRole(FX_ROLE, trust)],
    functions: [fxFunction('orders-fn'), fxFunction('orders-worker')],
  });
}

describe('LAA-LAMBDA-CANNOT-ASSUME-ROLE', () => {
  it('message only: a trust-merge fix for the role', () => {
    const out = runOn(LAMBDA_CANNOT_ASSUME_ROLE, DENIAL);
    expect(out.status).toBe('fail');
    const [f] = out.findings;
    expect(f.principal).toBe(FX_ROLE);
    expect(f.fix).toMatchObject({ kind: 'trust-merge', targetLayer: 'trust' });
    expect(f.category).toBe('trust-policy');
  });

  it('with the role in the snapshot: tied to the functions using it, merged with the current trust policy', () => {
    const [f] = runOn(LAMBDA_CANNOT_ASSUME_ROLE, DENIAL, withRole(EC2_TRUST)).findings;
    expect(f.function?.name).toBe('orders-fn');
    expect(f.explanation.details.join(' ')).toContain('orders-fn, orders-worker');
    const merged = JSON.stringify(f.fix?.policyJson);
    expect(merged).toContain('ec2.amazonaws.com');
    expect(merged).toContain('lambda.amazonaws.com');
    expect(merged).toContain(FX_ACCOUNT);
  });

  it.each([
    ['trust already allows Lambda', () => runOn(LAMBDA_CANNOT_ASSUME_ROLE, DENIAL, withRole(LAMBDA_TRUST)), 'pass'],
    [
      'Lambda rejected a deployment (IPVE)',
      () => runOn(LAMBDA_CANNOT_ASSUME_ROLE, fixtureDenial('special-lambda-ipve-cannot-be-assumed')),
      'not-applicable',
    ],
    [
      'no flag',
      () => runOn(LAMBDA_CANNOT_ASSUME_ROLE, fixtureDenial('special-exec-role-assumes-itself')),
      'not-applicable',
    ],
  ])('%s: %s', (_name, go, status) => {
    const out = go();
    expect(out.status).toBe(status);
    expect(out.findings).toHaveLength(0);
  });
});
