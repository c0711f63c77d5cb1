import { IMAGE_CROSS_ACCOUNT_ECR } from '../../../../lambda/core/checks/cross-account/ecr-image';
import { LAYER_CROSS_ACCOUNT, layerParts } from '../../../../lambda/core/checks/cross-account/layer';
import type { FunctionInfo } from '../../../../lambda/core/snapshot/types';
import { ACCOUNT, NOW, fn, role, single } from '../builders';

const OTHER = '444455556666';

function run(check: typeof LAYER_CROSS_ACCOUNT, extra: Partial<FunctionInfo>) {
  const f = fn('a-art', 'a-art-role', extra);
  return check.run({ snapshot: single(f, role('a-art-role')), fn: f, now: NOW });
}

describe('LAA-LAYER-CROSS-ACCOUNT', () => {
  const own = { arn: `arn:aws:lambda:us-east-1:${ACCOUNT}:layer:a-utils:3`, accountId: ACCOUNT };
  const foreign = { arn: `arn:aws:lambda:us-east-1:${OTHER}:layer:shared-tools:7`, accountId: OTHER };
  it.each<[string, Partial<FunctionInfo>, string, number]>([
    ['own layers', { layers: [own] }, 'pass', 0],
    ['one foreign layer', { layers: [own, foreign] }, 'fail', 1],
    ['no layers', {}, 'not-applicable', 0],
  ])('%s', (_name, extra, status, count) => {
    const out = run(LAYER_CROSS_ACCOUNT, extra);
    expect(out.status).toBe(status);
    expect(out.findings).toHaveLength(count);
    if (count > 0) {
      expect(out.findings[0].severity).toBe('info');
      expect(out.findings[0].fix?.cli).toBe(
        `aws lambda add-layer-version-permission --region us-east-1 --layer-name shared-tools --version-number 7 --statement-id allow-${ACCOUNT} --action lambda:GetLayerVersion --principal ${ACCOUNT}`,
      );
    }
  });

  it('parses layer ARNs', () => {
    expect(layerParts(foreign.arn)).toEqual({ name: 'shared-tools', version: '7', region: 'us-east-1' });
    expect(layerParts('not-an-arn')).toBeUndefined();
  });
});

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
    const out = run(IMAGE_CROSS_ACCOUNT_ECR, extra);
    expect(out.status).toBe(status);
    expect(out.findings[0]?.severity).toBe(severity);
    if (severity) {
      const fix = out.findings[0].fix;
      expect(fix?.cli).toContain('aws ecr set-repository-policy --region us-east-1 --repository-name app/api');
      expect(JSON.stringify(fix?.policyJson)).toContain('lambda.amazonaws.com');
      expect(JSON.stringify(fix?.policyJson)).toContain('ecr:GetDownloadUrlForLayer');
      expect(out.findings[0].resource).toBe(`arn:aws:ecr:us-east-1:${OTHER}:repository/app/api`);
    }
  });
});
