import { loadActionCatalog } from '../../../../lambda/catalog';
import { CROSS_ACCOUNT_RESOURCE } from '../../../../lambda/core/checks/cross-account/resource-denied';
import { NOW } from '../../../support/factory';
import { s3PrefixPattern } from '../../../../lambda/core/checks/shared/resource-side';
import { FX_OTHER, FX_ROLE, auditFindings, fxFunction, fxSnapshot, runOn } from '../cases/kit';
import { fixtureDenial } from '../../../support/factory';
import { localizeFinding } from '../../../../lambda/core/render/localize';
import { renderEmailBody } from '../../../../lambda/core/render/alerts/email';

// Fixtures (IAM troubleshooting guide wording, AWS-FACTS §4.2): an execution role denied on a queue, a key
// and a secret of account 444455556666, each with the layer AWS named.
describe('LAA-CROSS-ACCOUNT-RESOURCE', () => {
  it.each([
    ['special-cross-account-sqs-resource-implicit', 'resource-statement', 'resource', 'put-role-policy'],
    ['special-cross-account-kms-identity-implicit', 'identity-statement', 'identity', 'aws kms put-key-policy'],
    ['special-cross-account-secret-resource-explicit', 'remove-statement', 'resource', 'put-role-policy'],
  ])('%s: primary fix %s in the %s layer, the other side follows', (name, kind, layer, otherSide) => {
    const out = runOn(CROSS_ACCOUNT_RESOURCE, fixtureDenial(name));
    expect(out.status).toBe('fail');
    const [f] = out.findings;
    expect(f.fix).toMatchObject({ kind, targetLayer: layer });
    expect(f.category).toBe('cross-account');
    expect(f.principal).toBe(FX_ROLE);
    expect(f.fix?.cli).toContain(otherSide);
    // The statement the other account adds, ready to paste, names the role ARN.
    const paste = [JSON.stringify(f.fix?.policyJson), ...(f.fix?.notes ?? [])].join(' ');
    expect(paste).toContain(`"Principal":{"AWS":"${FX_ROLE}"}`);
    expect(f.explanation.summary).toContain(FX_OTHER);
  });

  it('the KMS key policy statement uses Resource "*" (the policy is attached to the key)', () => {
    const [f] = runOn(CROSS_ACCOUNT_RESOURCE, fixtureDenial('special-cross-account-kms-identity-implicit')).findings;
    expect(f.fix?.notes.join(' ')).toContain('"Action":"kms:Decrypt","Resource":"*"');
  });

  it("with the catalog: the statements use the action's canonical spelling (SQS messages are lower case)", () => {
    const denial = fixtureDenial('special-cross-account-sqs-resource-implicit');
    expect(denial.action).toBe('sqs:sendmessage');
    const out = CROSS_ACCOUNT_RESOURCE.run({ snapshot: fxSnapshot(), denial, catalog: loadActionCatalog(), now: NOW });
    expect(JSON.stringify(out.findings[0].fix?.policyJson)).toContain('"Action":"sqs:SendMessage"');
  });

  it('with the function in the snapshot: the finding is about the function, CDK grants to fn', () => {
    const snapshot = fxSnapshot({ functions: [fxFunction('orders-fn')] });
    const [f] = runOn(
      CROSS_ACCOUNT_RESOURCE,
      fixtureDenial('special-cross-account-sqs-resource-implicit'),
      snapshot,
    ).findings;
    expect(f.function?.name).toBe('orders-fn');
    expect(f.principal).toBeUndefined();
    expect(f.fix?.cdk).toContain('queue.grantSendMessages(fn);');
  });

  it.each([
    ['special-layer-other-account-at-deploy', 'LAA-LAYER-DENIED-DEPLOY'],
    ['special-states-role-invoke-other-account', 'LAA-IDENTITY-INVOKE'],
    ['special-user-invoke-identity-implicit', 'not in another account'],
  ])('%s: not applicable (%s)', (name, why) => {
    const out = runOn(CROSS_ACCOUNT_RESOURCE, fixtureDenial(name));
    expect(out.status).toBe('not-applicable');
    expect(out.notes?.join(' ')).toContain(why);
  });

  it('is the one finding the audit gives for a cross-account queue denial', () => {
    const ids = auditFindings(fixtureDenial('special-cross-account-sqs-resource-implicit')).map((f) => f.checkId);
    expect(ids).toEqual(['LAA-CROSS-ACCOUNT-RESOURCE']);
  });

  it.each([
    // AWS named the resource-based policy: the other account's statement comes first.
    [
      'ja',
      'special-cross-account-sqs-resource-implicit',
      'orders-fn-role-ab12cd34 はアカウント 444455556666 のリソースに対して sqs:sendmessage を実行できません',
      '(AWS が示したポリシー: リソースベースのポリシー)',
      'アカウント 444455556666 が ',
    ],
    // AWS named the identity-based policy: the caller's own Allow comes first.
    [
      'de',
      'special-cross-account-kms-identity-implicit',
      'orders-fn-role-ab12cd34 darf kms:Decrypt auf einer Ressource von Konto 444455556666 nicht ausführen',
      '(AWS nannte: identitätsbasierte Richtlinie)',
      'orders-fn-role-ab12cd34 in der eigenen (identitätsbasierten) Richtlinie erlauben',
    ],
    // An explicit Deny in the resource-based policy: the other account removes it first.
    [
      'ko',
      'special-cross-account-secret-resource-explicit',
      'orders-fn-role-ab12cd34이(가) 계정 444455556666의 리소스에 대해 secretsmanager:GetSecretValue을(를) 실행할 수 없습니다',
      '(AWS가 지목한 정책: 리소스 기반 정책)',
      '계정 444455556666이(가) ',
    ],
  ] as const)('%s %s: title, summary, fix summary and notes localized', (lang, name, title, named, fix) => {
    const [f] = runOn(CROSS_ACCOUNT_RESOURCE, fixtureDenial(name)).findings;
    const local = localizeFinding(f, lang);
    expect(local.title.startsWith(title)).toBe(true);
    expect(local.explanation.summary).toContain(named);
    expect(local.explanation.summary).toContain(FX_OTHER);
    expect(local.fix?.summary.startsWith(fix)).toBe(true);
    const paste = local.fix?.notes.find((n) => n.includes('"Principal":{"AWS":'));
    expect(paste).toBeDefined();
    expect(paste).not.toContain('Ready to paste');
    expect(local.fix?.notes.join('\n')).toContain('aws:SourceAccount');
    expect(local.fix?.notes.join('\n')).not.toContain('Principal is the role ARN');
    expect(local.fingerprint).toBe(f.fingerprint);
    expect(renderEmailBody(f, lang)).toContain(local.title);
  });

  it.each([
    ['arn:aws:s3:::b/2026/11/order-1.json', 'arn:aws:s3:::b/2026/11/*'],
    ['arn:aws:s3:::b/top.json', 'arn:aws:s3:::b/*'],
    ['arn:aws:s3:::b', undefined],
  ])('S3 prefix of %s', (arn, pattern) => {
    expect(s3PrefixPattern(arn)).toBe(pattern);
  });
});
