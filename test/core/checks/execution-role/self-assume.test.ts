import { SELF_ASSUME_ROLE } from '../../../../lambda/core/checks/execution-role/self-assume';
import { FX_ROLE, auditFindings, fxFunction, fxSnapshot, runOn } from '../cases/kit';
import { fixtureDenial } from '../../../support/factory';

// Fixture: special-exec-role-assumes-itself (IAM troubleshooting guide wording; Lambda developer guide,
// "You should avoid manually calling sts:AssumeRole to assume the execution role in your function code").
const SELF = fixtureDenial('special-exec-role-assumes-itself');

describe('LAA-SELF-ASSUME-ROLE', () => {
  it.each([
    ['message only', fxSnapshot(), undefined],
    [
      'with the function in the snapshot',
      fxSnapshot({ functions: [fxFunction('orders-fn'), fxFunction('other-fn')] }),
      'orders-fn',
    ],
  ])('%s: the fix removes the call, never grants sts:AssumeRole', (_name, snapshot, fnName) => {
    const out = runOn(SELF_ASSUME_ROLE, SELF, snapshot);
    expect(out.status).toBe('fail');
    const [f] = out.findings;
    expect(f.function?.name).toBe(fnName);
    expect(f.principal).toBe(fnName ? undefined : FX_ROLE);
    expect(f.fix?.kind).toBe('config-change');
    expect(f.fix?.targetLayer).toBeUndefined();
    expect(f.fix?.summary).toMatch(/^Remove the sts:AssumeRole call/);
    expect(f.fix?.policyJson).toBeUndefined();
    expect(f.explanation.details.join(' ')).toContain('lambda-intro-execution-role.html');
  });

  it.each(['special-user-invoke-identity-implicit', 'special-lambda-service-cannot-assume-role'])(
    '%s: not applicable',
    (name) => {
      expect(runOn(SELF_ASSUME_ROLE, fixtureDenial(name)).status).toBe('not-applicable');
    },
  );

  it('is the only finding of the audit: no "add sts:AssumeRole" from LAA-ROLE-DENIED-ACTION', () => {
    const findings = auditFindings(SELF, fxSnapshot({ functions: [fxFunction('orders-fn')] }));
    expect(findings.map((f) => f.checkId)).toEqual(['LAA-SELF-ASSUME-ROLE']);
  });
});
