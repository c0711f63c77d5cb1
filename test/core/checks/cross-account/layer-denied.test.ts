import { LAYER_DENIED_DEPLOY } from '../../../../lambda/core/checks/cross-account/layer-denied';
import { FX_ACCOUNT, auditFindings, fxFunction, fxSnapshot, runOn } from '../cases/kit';
import { fixtureDenial } from '../../../support/factory';
import { localizeFinding } from '../../../../lambda/core/render/localize';
import { renderChatbotNotification } from '../../../../lambda/core/render/alerts/chatbot';

// Fixture: special-layer-other-account-at-deploy ("no resource-based policy allows the
// lambda:GetLayerVersion action", IAM troubleshooting guide wording).
const DENIAL = fixtureDenial('special-layer-other-account-at-deploy');
const DEPLOYER = `arn:aws:iam::${FX_ACCOUNT}:user/ci-deployer`;

describe('LAA-LAYER-DENIED-DEPLOY', () => {
  it.each([
    ['message only', fxSnapshot(), undefined],
    ['function in the snapshot', fxSnapshot({ functions: [fxFunction('orders-fn')] }), 'orders-fn'],
  ])('%s: the layer owner grants first (AWS named the resource policy), then the deployer', (_n, snapshot, fnName) => {
    const out = runOn(LAYER_DENIED_DEPLOY, DENIAL, snapshot);
    expect(out.status).toBe('fail');
    const [f] = out.findings;
    expect(f.principal).toBe(DEPLOYER);
    expect(f.function?.name).toBe(fnName);
    expect(f.fix).toMatchObject({ kind: 'config-change', targetLayer: 'resource' });
    expect(f.fix?.cli).toContain(
      `aws lambda add-layer-version-permission --region eu-west-1 --layer-name shared-utils --version-number 7 --statement-id allow-${FX_ACCOUNT} --action lambda:GetLayerVersion --principal ${FX_ACCOUNT}`,
    );
    expect(f.fix?.cli).toContain('aws iam put-user-policy --user-name ci-deployer');
  });

  it('is the only finding the audit gives (not also LAA-CROSS-ACCOUNT-RESOURCE)', () => {
    expect(auditFindings(DENIAL).map((f) => f.checkId)).toEqual(['LAA-LAYER-DENIED-DEPLOY']);
  });

  it('not applicable without the cross-account-layer flag', () => {
    expect(runOn(LAYER_DENIED_DEPLOY, fixtureDenial('special-cross-account-sqs-resource-implicit')).status).toBe(
      'not-applicable',
    );
  });

  it.each([
    ['ja', fxSnapshot(), 'ci-deployer はアカウント ', 'レイヤー所有者 (アカウント '],
    [
      'ko',
      fxSnapshot({ functions: [fxFunction('orders-fn')] }),
      'ci-deployer은(는) orders-fn에 계정 ',
      '계층 소유자(계정 ',
    ],
    [
      'de',
      fxSnapshot({ functions: [fxFunction('orders-fn')] }),
      'ci-deployer darf Layer shared-utils',
      'Der Layer-Besitzer (Konto ',
    ],
  ] as const)(
    '%s: title, summary, fix summary and note localized, identifiers verbatim',
    (lang, snapshot, title, fix) => {
      const [f] = runOn(LAYER_DENIED_DEPLOY, DENIAL, snapshot).findings;
      const local = localizeFinding(f, lang);
      expect(local.title.startsWith(title)).toBe(true);
      expect(local.title).toContain('shared-utils');
      expect(local.explanation.summary).not.toBe(f.explanation.summary);
      for (const id of ['lambda:GetLayerVersion', FX_ACCOUNT, 'arn:aws:lambda:eu-west-1:'])
        expect(local.explanation.summary).toContain(id);
      expect(local.fix?.summary.startsWith(fix)).toBe(true);
      expect(local.fix?.summary).toContain('add-layer-version-permission');
      expect(local.fix?.notes).not.toContain(
        'A layer version permission covers one version: grant every version the functions use.',
      );
      expect(local.fix?.cli).toBe(f.fix?.cli);
      expect(local.fingerprint).toBe(f.fingerprint);
      expect(JSON.stringify(renderChatbotNotification(f, lang))).toContain(local.title);
    },
  );
});
