/**
 * Hygiene checks converted to catalog texts (issue 15, step 4): English stays exactly what the checks wrote
 * before, other languages localize title, summary, details and fix texts, identifiers pass through, and the
 * fingerprint does not depend on the language.
 */
import { hygieneDeprecatedPolicy } from '../../../lambda/core/checks/hygiene/deprecated-policy';
import { hygieneLongLivedKeys } from '../../../lambda/core/checks/hygiene/long-lived-keys';
import type { Finding } from '../../../lambda/core/findings/types';
import { PROPAGATION_NOTE } from '../../../lambda/core/fix';
import { en, LANGS, msg } from '../../../lambda/core/i18n';
import { renderEmailBody } from '../../../lambda/core/render/alerts/email';
import { localizeFinding } from '../../../lambda/core/render/localize';
import { NOW, allow, doc, fn, snapshot } from '../../support/factory';
import { iamUser as user } from '../../support/factory';

const FULL = { arn: 'arn:aws:iam::aws:policy/AWSLambdaFullAccess', name: 'AWSLambdaFullAccess' };

function deprecated(): Finding {
  const s = snapshot({ users: [user('ci-deployer', {}, { attachedPolicies: [FULL] })] });
  return hygieneDeprecatedPolicy.run({ snapshot: s, now: NOW }).findings[0];
}

describe('LAA-HYGIENE-DEPRECATED-POLICY texts', () => {
  it('keeps the English texts the check wrote before the conversion', () => {
    const f = deprecated();
    expect(f.title).toBe('Deprecated AWSLambdaFullAccess is attached to user ci-deployer: use AWSLambda_FullAccess');
    expect(f.explanation.summary).toBe(
      'User ci-deployer uses the deprecated AWS managed policy AWSLambdaFullAccess, which no longer gets updates for new Lambda features; AWSLambda_FullAccess replaces it.',
    );
    expect(f.fix?.summary).toBe(
      'Attach AWSLambda_FullAccess (or a narrower customer managed policy) to user ci-deployer, then detach AWSLambdaFullAccess.',
    );
    expect(f.explanation.details[0]).toBe('Attached policy: arn:aws:iam::aws:policy/AWSLambdaFullAccess.');
  });

  it.each(LANGS.filter((l) => l !== 'en'))('%s: every text localized, identifiers verbatim', (lang) => {
    const f = deprecated();
    const local = localizeFinding(f, lang);
    expect(local.title).not.toBe(f.title);
    expect(local.explanation.summary).not.toBe(f.explanation.summary);
    expect(local.fix?.summary).not.toBe(f.fix?.summary);
    local.explanation.details.forEach((d, i) => expect(d).not.toBe(f.explanation.details[i]));
    local.fix?.notes.forEach((n, i) => expect(n).not.toBe(f.fix?.notes[i]));
    for (const id of ['AWSLambdaFullAccess', 'AWSLambda_FullAccess', 'ci-deployer']) expect(local.title).toContain(id);
    expect(local.fingerprint).toBe(f.fingerprint);
    expect(local.text).toBeUndefined();
    expect(renderEmailBody(f, lang)).toContain(local.explanation.summary);
  });
});

describe('LAA-HYGIENE-LONG-LIVED-KEYS texts', () => {
  const keys = (lastUsedDate?: string) => [
    {
      accessKeyId: 'AKIAEXAMPLE000000001',
      status: 'Active' as const,
      createDate: '2025-01-01T00:00:00Z',
      lastUsedDate,
    },
  ];
  const deploy = doc(allow('lambda:UpdateFunctionCode', 'arn:aws:lambda:us-east-1:111122223333:function:b-*'));
  const deployer = (lastUsedDate?: string) => user('ci', { p: deploy }, { accessKeys: keys(lastUsedDate) });
  const world = (lastUsed?: string) =>
    snapshot({ functions: [fn('b-billing', 'b-billing-role')], users: [deployer(lastUsed)] });

  it.each([
    [undefined, 'AKIAEXAMPLE000000001: created 2025-01-01T00:00:00Z (', '), last used never / unknown'],
    [
      '2026-11-01T00:00:00Z',
      'AKIAEXAMPLE000000001: created 2025-01-01T00:00:00Z (',
      '), last used 2026-11-01T00:00:00Z',
    ],
  ])('last used %s: English key line as before, localized in ja', (lastUsed, start, end) => {
    const r = hygieneLongLivedKeys.run({ snapshot: world(lastUsed), now: NOW });
    const f = r.findings[0];
    expect(f.title).toMatch(/^Deployer ci has an active access key older than 90 days \(\d+ days\)$/);
    expect(f.explanation.details[0].startsWith(start) && f.explanation.details[0].endsWith(end)).toBe(true);
    const ja = localizeFinding(f, 'ja');
    expect(ja.title).toMatch(/^デプロイ担当 ci に 90 日を超える有効なアクセスキーが 1 個あります/);
    expect(ja.explanation.details[0]).toContain('AKIAEXAMPLE000000001: 作成 2025-01-01T00:00:00Z');
  });
});

it('fix.propagation is the fix renderers’ PROPAGATION_NOTE, so it localizes wherever it appears', () => {
  expect(en(msg('fix.propagation'))).toBe(PROPAGATION_NOTE);
});
