import { deployerPassRole } from '../../../../lambda/core/checks/deployer/passrole';
import { FX_ROLE, auditFindings, runOn } from '../cases/kit';
import { fixtureDenial } from '../../../support/factory';

// Fixtures: the short documented form "User: … is not authorized to perform: iam:PassRole" (no resource in
// the message; Lambda troubleshooting guide): the passed role comes from requestParameters.role / roleArn.
describe('LAA-DEPLOYER-PASSROLE on the short iam:PassRole form (issue 9 §3)', () => {
  it.each([
    'special-passrole-short-create-function',
    'special-passrole-short-update-config-implicit',
    'special-passrole-roleArn-parameter',
  ])('%s: grants PassRole on the passed role, with iam:PassedToService, never on the function', (name) => {
    const out = runOn(deployerPassRole, fixtureDenial(name));
    expect(out.status).toBe('fail');
    const [f] = out.findings;
    expect(f.resource).toBe(FX_ROLE);
    const statement = JSON.stringify(f.fix?.policyJson);
    expect(statement).toContain('"Action":"iam:PassRole"');
    expect(statement).toContain(`"Resource":"${FX_ROLE}"`);
    expect(statement).toContain('"iam:PassedToService":"lambda.amazonaws.com"');
    expect(statement).not.toContain(':function:');
  });

  it('one finding in the whole audit', () => {
    const ids = auditFindings(fixtureDenial('special-passrole-short-create-function')).map((f) => f.checkId);
    expect(ids).toEqual(['LAA-DEPLOYER-PASSROLE']);
  });
});
