import { IMAGE_CROSS_ACCOUNT_ECR } from '../../../../lambda/core/checks/cross-account/ecr-image';
import type { FunctionInfo } from '../../../../lambda/core/snapshot/types';
import { ACCOUNT, NOW, fn, role, single } from '../../../support/factory';

const OTHER = '444455556666';

function run(extra: Partial<FunctionInfo>) {
  const f = fn('a-art', 'a-art-role', extra);
  return IMAGE_CROSS_ACCOUNT_ECR.run({ snapshot: single(f, role('a-art-role')), fn: f, now: NOW });
}

describe('LAA-IMAGE-CROSS-ACCOUNT-ECR', () => {
  const image = (account: string) => `${account}.dkr.ecr.us-east-1.amazonaws.com/app/api:v1`;
  it.each<[string, Partial<FunctionInfo>, string, string | undefined]>([
    ['own repository', { packageType: 'Image', imageUri: image(ACCOUNT) }, 'pass', undefined],
    ['other account, working', { packageType: 'Image', imageUri: image(OTHER), state: 'Active' }, 'fail', 'low'],
    [
      'other account, ImageAccessDenied',
      {
        packageType: 'Image',
        imageUri: image(OTHER),
        state: 'Failed',
        stateReasonCode: 'ImageAccessDenied',
        stateReason: 'Lambda was unable to access the image.',
      },
      'fail',
      'high',
    ],
    ['zip function', {}, 'not-applicable', undefined],
  ])('%s', (_name, extra, status, severity) => {
    const out = run(extra);
    expect(out.status).toBe(status);
    expect(out.findings[0]?.severity).toBe(severity);
    if (severity) {
      const fix = out.findings[0].fix;
      expect(fix?.cli).toContain('aws ecr set-repository-policy --region us-east-1 --repository-name app/api');
      expect(JSON.stringify(fix?.policyJson)).toContain('lambda.amazonaws.com');
      expect(JSON.stringify(fix?.policyJson)).toContain('ecr:GetDownloadUrlForLayer');
      expect(out.findings[0].resource).toBe(`arn:aws:ecr:us-east-1:${OTHER}:repository/app/api`);
      // The repository policy is merged, never overwritten: both statements are appended to the current one.
      expect(fix?.kind).toBe('resource-statement');
      expect(fix?.cli).toContain('aws ecr get-repository-policy --region us-east-1 --repository-name app/api');
      expect(fix?.cli).toContain(`"AWS":"arn:aws:iam::${ACCOUNT}:root"`);
    }
  });
});
