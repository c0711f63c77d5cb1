import { LAYER_CROSS_ACCOUNT, layerParts } from '../../../../lambda/core/checks/cross-account/layer';
import type { FunctionInfo } from '../../../../lambda/core/snapshot/types';
import { ACCOUNT, NOW, fn, role, single } from '../../../support/factory';

const OTHER = '444455556666';

function run(extra: Partial<FunctionInfo>) {
  const f = fn('a-art', 'a-art-role', extra);
  return LAYER_CROSS_ACCOUNT.run({ snapshot: single(f, role('a-art-role')), fn: f, now: NOW });
}

describe('LAA-LAYER-CROSS-ACCOUNT', () => {
  const own = { arn: `arn:aws:lambda:us-east-1:${ACCOUNT}:layer:a-utils:3`, accountId: ACCOUNT };
  const foreign = { arn: `arn:aws:lambda:us-east-1:${OTHER}:layer:shared-tools:7`, accountId: OTHER };
  it.each<[string, Partial<FunctionInfo>, string, number]>([
    ['own layers', { layers: [own] }, 'pass', 0],
    ['one foreign layer', { layers: [own, foreign] }, 'fail', 1],
    ['no layers', {}, 'not-applicable', 0],
  ])('%s', (_name, extra, status, count) => {
    const out = run(extra);
    expect(out.status).toBe(status);
    expect(out.findings).toHaveLength(count);
    if (count > 0) {
      expect(out.findings[0].severity).toBe('info');
      expect(out.findings[0].fix?.cli).toBe(
        `aws lambda add-layer-version-permission --region us-east-1 --layer-name shared-tools --version-number 7 --statement-id allow-${ACCOUNT} --action lambda:GetLayerVersion --principal ${ACCOUNT}`,
      );
      expect(out.findings[0].fix?.kind).toBe('config-change');
      expect(out.findings[0].fix?.targetLayer).toBe('resource');
    }
  });

  it('parses layer ARNs', () => {
    expect(layerParts(foreign.arn)).toEqual({ name: 'shared-tools', version: '7', region: 'us-east-1' });
    expect(layerParts('not-an-arn')).toBeUndefined();
  });
});
