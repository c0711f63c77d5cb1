import { ENV_KMS_DECRYPT } from '../../../../lambda/core/checks/execution-role/env-kms-decrypt';
import type { FunctionInfo, KmsKeyInfo, PolicyDocument } from '../../../../lambda/core/snapshot/types';
import type { Lang } from '../../../../lambda/core/i18n';
import { renderEmailBody } from '../../../../lambda/core/render/alerts/email';
import { localizeFinding } from '../../../../lambda/core/render/localize';
import { ACCOUNT, NOW, allow, deny, doc, fn, role, single } from '../../../support/factory';

const KEY = `arn:aws:kms:us-east-1:${ACCOUNT}:key/env-key`;

function world(extra: Partial<FunctionInfo>, policy: PolicyDocument, kmsKeys?: KmsKeyInfo[]) {
  const f = fn('a-feat', 'a-feat-role', extra);
  return { f, snapshot: single(f, role('a-feat-role', { app: policy }), { kmsKeys }) };
}

describe('LAA-ENV-KMS-DECRYPT', () => {
  const keyDeny = doc(
    { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' },
    {
      Effect: 'Deny',
      Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/a-feat-role` },
      Action: 'kms:Decrypt',
      Resource: '*',
    },
  );
  it.each<[string, Partial<FunctionInfo>, PolicyDocument, KmsKeyInfo[] | undefined, string]>([
    ['no role permission: Lambda uses its grant', { kmsKeyArn: KEY }, doc(), undefined, 'pass'],
    ['role allowed', { kmsKeyArn: KEY }, doc(allow('kms:Decrypt', KEY)), undefined, 'pass'],
    ['explicit deny in the role policy', { kmsKeyArn: KEY }, doc(deny('kms:*')), undefined, 'fail'],
    [
      'explicit deny in the key policy',
      { kmsKeyArn: KEY },
      doc(allow('kms:Decrypt', KEY)),
      [{ arn: KEY, keyPolicy: keyDeny }],
      'fail',
    ],
    [
      'Lambda reports KMSKeyAccessDenied',
      {
        kmsKeyArn: KEY,
        state: 'Failed',
        stateReasonCode: 'KMSKeyAccessDenied',
        stateReason: 'Lambda was unable to decrypt the environment variables because KMS access was denied.',
      },
      doc(),
      undefined,
      'fail',
    ],
    ['no customer key', {}, doc(), undefined, 'not-applicable'],
    ['AWS managed key', { kmsKeyArn: KEY }, doc(), [{ arn: KEY, awsManaged: true }], 'not-applicable'],
  ])('%s', (_name, extra, policy, keys, status) => {
    const { f, snapshot } = world(extra, policy, keys);
    const out = ENV_KMS_DECRYPT.run({ snapshot, fn: f, now: NOW });
    expect(out.status).toBe(status);
    if (status === 'fail') {
      expect(out.findings[0].severity).toBe('high');
      expect(out.findings[0].fix?.cdk).toContain('key.grantDecrypt(fn)');
      expect(out.findings[0].fix?.cli).toContain('update-function-configuration');
    }
  });
});

describe('LAA-ENV-KMS-DECRYPT: a key policy the snapshot lacks is reported as unread, not as allowing', () => {
  const readable = doc({
    Effect: 'Allow',
    Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
    Action: 'kms:*',
    Resource: '*',
  });
  it.each<[string, KmsKeyInfo[] | undefined, boolean]>([
    ['key not in the snapshot', undefined, true],
    ['key without its key policy', [{ arn: KEY }], true],
    ['key policy read', [{ arn: KEY, keyPolicy: readable }], false],
  ])('%s', (_name, keys, unread) => {
    const { f, snapshot } = world({ kmsKeyArn: KEY }, doc(allow('kms:Decrypt', KEY)), keys);
    const out = ENV_KMS_DECRYPT.run({ snapshot, fn: f, now: NOW });
    expect(out.status).toBe('pass');
    expect((out.notes ?? []).some((n) => n.includes('the key policy could not be read'))).toBe(unread);
  });
});

describe('LAA-ENV-KMS-DECRYPT: the Deny first, then the re-save', () => {
  const keyPolicy = doc(
    { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' },
    {
      Sid: 'NoEnv',
      Effect: 'Deny',
      Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/a-feat-role` },
      Action: 'kms:Decrypt',
      Resource: '*',
    },
  );
  const grant = {
    grantId: 'g1',
    granteePrincipal: `arn:aws:iam::${ACCOUNT}:role/a-feat-role`,
    operations: ['Decrypt'],
  };
  it.each<[string, PolicyDocument, KmsKeyInfo[], string, RegExp]>([
    [
      'key policy Deny (grant present: a Deny beats it)',
      doc(allow('kms:Decrypt', KEY)),
      [{ arn: KEY, keyPolicy, grants: [grant] }],
      'resource',
      /"Sid":"NoEnv"/,
    ],
    ['role policy Deny', doc(deny('kms:*')), [], 'identity', /"Effect":"Deny"/],
  ])('%s', (_name, policy, keys, layer, statement) => {
    const { f, snapshot } = world({ kmsKeyArn: KEY }, policy, keys);
    const [finding] = ENV_KMS_DECRYPT.run({ snapshot, fn: f, now: NOW }).findings;
    expect(finding.fix?.kind).toBe('remove-statement');
    expect(finding.fix?.targetLayer).toBe(layer);
    expect(JSON.stringify(finding.fix?.policyJson)).toMatch(statement);
    expect(finding.fix?.cli).toContain('update-function-configuration');
  });

  it('names the grant when the key has one for the role and nothing denies', () => {
    const { f, snapshot } = world({ kmsKeyArn: KEY }, doc(), [{ arn: KEY, keyPolicy: doc(), grants: [grant] }]);
    expect((ENV_KMS_DECRYPT.run({ snapshot, fn: f, now: NOW }).notes ?? []).join(' ')).toMatch(
      /its grant for the role is on the key/,
    );
  });
});

describe('LAA-ENV-KMS-DECRYPT in other languages', () => {
  const reported = {
    kmsKeyArn: KEY,
    state: 'Failed' as const,
    stateReasonCode: 'KMSKeyAccessDenied',
    stateReason: 'Lambda was unable to decrypt the environment variables because KMS access was denied.',
  };
  it.each<[string, Lang, Partial<FunctionInfo>, PolicyDocument, RegExp, boolean]>([
    ['explicit deny in the role policy', 'ja', { kmsKeyArn: KEY }, doc(deny('kms:*')), /明示的な拒否/, false],
    ['Lambda reports KMSKeyAccessDenied', 'de', reported, doc(), /Lambda meldet KMSKeyAccessDenied für a-feat/, true],
  ])(
    '%s in %s: title, summary and re-save texts localized, identifiers verbatim',
    (_n, lang, extra, policy, said, own) => {
      const { f, snapshot } = world(extra, policy);
      const finding = ENV_KMS_DECRYPT.run({ snapshot, fn: f, now: NOW }).findings[0];
      const local = localizeFinding(finding, lang);
      expect(local.title).not.toBe(finding.title);
      expect(local.title).toContain('a-feat');
      expect(local.title).toContain(KEY);
      expect(local.explanation.summary).toMatch(said);
      // The re-save is the primary fix only without a Deny; otherwise the engine's proposal leads, localized too
      // (shared/engine-text.ts).
      expect(local.fix?.summary).not.toBe(finding.fix?.summary);
      if (!own) expect(local.fix?.summary).toContain('a-feat-role');
      const notes = local.fix?.notes ?? [];
      expect(notes.find((n) => n.includes('aws kms put-key-policy'))).not.toBe(
        finding.fix?.notes.find((n) => n.includes('aws kms put-key-policy')),
      );
      expect(notes.some((n) => n.includes('kms:CreateGrant') && n.includes('kms:Encrypt'))).toBe(true);
      expect(local.fingerprint).toBe(finding.fingerprint);
      expect(renderEmailBody(finding, lang)).toContain(local.title);
    },
  );
});
