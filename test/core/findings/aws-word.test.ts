import type { DeniedRequest, FixTarget } from '../../../lambda/core/cloudtrail/types';
import { awsNamedLayer, withAwsWord } from '../../../lambda/core/findings/aws-word';
import type { Finding } from '../../../lambda/core/findings/types';
import type { PolicyType } from '../../../lambda/core/policy/model';
import { DENIAL, ROLE_FINDING } from '../../support/factory';

function denial(target: FixTarget, source: 'message' | 'inferred'): DeniedRequest {
  return { ...DENIAL, classification: { ...DENIAL.classification, fix: { target, source, reasons: [] } } };
}

function finding(targetLayer?: PolicyType): Finding {
  return { ...ROLE_FINDING, fix: { ...ROLE_FINDING.fix!, notes: ['original note'], targetLayer } };
}

describe('withAwsWord (the fix must agree with the layer AWS named, or say so)', () => {
  it.each<[string, FixTarget, 'message' | 'inferred', PolicyType | undefined, boolean]>([
    ['same layer', 'identity', 'message', 'identity', false],
    ['AWS named a resource policy, the fix edits the identity policy', 'resource', 'message', 'identity', true],
    ['AWS named a session policy, the fix edits the identity policy', 'session', 'message', 'identity', true],
    ['AWS named an SCP, the fix edits the identity policy', 'scp', 'message', 'identity', true],
    ['boundary named, boundary fixed', 'boundary', 'message', 'permissions-boundary', false],
    ['a trust policy is a resource-based policy in AWS messages', 'resource', 'message', 'trust', false],
    ['permission set = identity layer', 'permission-set', 'message', 'identity', false],
    ['layer only inferred by the intake: nothing to compare', 'resource', 'inferred', 'identity', false],
    ['fix without a target layer', 'resource', 'message', undefined, false],
    ['function code is no policy layer', 'function-code', 'message', 'identity', false],
  ])('%s', (_label, target, source, fixLayer, flagged) => {
    const out = withAwsWord(finding(fixLayer), denial(target, source));
    if (!flagged) {
      expect(out).toEqual(finding(fixLayer));
      return;
    }
    expect(out.fix!.notes[0]).toMatch(/^AWS reports that the .+ decided this denial, while this fix changes the /);
    expect(out.fix!.notes.slice(1)).toEqual(['original note']);
    expect(out.explanation.details.at(-1)).toBe(out.fix!.notes[0]);
  });

  it('leaves findings without a fix alone', () => {
    const { fix: _fix, ...noFix } = ROLE_FINDING;
    expect(withAwsWord(noFix, denial('scp', 'message'))).toEqual(noFix);
  });

  it('maps AWS layer names to the engine policy types', () => {
    expect(awsNamedLayer(denial('boundary', 'message'))).toBe('permissions-boundary');
    expect(awsNamedLayer(denial('boundary', 'inferred'))).toBeUndefined();
  });
});
