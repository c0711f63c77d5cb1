/**
 * Sweep notices in the alert language (issue 15): the sweep digest, the "resolved" notice and the
 * organization digest are localized, identifiers pass through verbatim, subjects stay printable ASCII under
 * 100 characters (Japanese and Korean fall back to the English subject), and English stays the default.
 */
import { OrgDigestBuilder } from '../../../lambda/core/findings/org-digest';
import type { SweepDigest } from '../../../lambda/core/findings/sweep-plan';
import { LANGS, type Lang } from '../../../lambda/core/i18n';
import { renderOrgDigestAlert } from '../../../lambda/core/render/alerts/org-digest';
import type { SnsAlert } from '../../../lambda/core/render/alerts/sns-message';
import { renderDigestAlert, renderResolvedAlert } from '../../../lambda/core/render/alerts/sweep-notices';

const OTHERS = LANGS.filter((l) => l !== 'en');
const FN = 'arn:aws:lambda:us-east-1:111122223333:function:orders';
const DIGEST: SweepDigest = {
  bySeverity: { critical: 0, high: 2, medium: 5, low: 0, info: 0 },
  total: 7,
  newSinceLastDigest: 3,
};
const ENTRY = {
  fingerprint: 'f00dfeed',
  severity: 'high' as const,
  checkId: 'LAA-ROLE-DENIED-ACTION',
  firstSeen: '2026-11-01T00:00:00.000Z',
  alertedAt: '2026-11-02T00:00:00.000Z',
  functionArn: FN,
};

function org() {
  const b = new OrgDigestBuilder();
  b.add({
    ...{ account: '222222222222', region: 'eu-west-1', shard: 0, status: 'ok' as const, partial: false },
    ...{ functions: 4, findings: 2, alerted: 1, failedReads: 0, notAlerted: 1, bySeverity: { high: 1, low: 1 } },
    top: [{ checkId: ENTRY.checkId, severity: 'high', title: 'T', functionArn: FN, account: '2', region: 'eu-west-1' }],
  });
  b.addFailedItems([{ account: '333333333333', region: 'us-east-1' }], 'AccessDenied: not authorized');
  return b.build();
}

const AT = { bucket: 'laa-results', key: 'sweeps/abc/manifest.json', region: 'eu-west-1' };

const NOTICES: readonly (readonly [string, (lang?: Lang) => SnsAlert, readonly string[]])[] = [
  ['digest', (lang) => renderDigestAlert(DIGEST, '2026-12-01T00:00:00.000Z', lang), ['7', '3']],
  ['resolved', (lang) => renderResolvedAlert(ENTRY, lang), [ENTRY.checkId, FN, ENTRY.fingerprint, ENTRY.firstSeen]],
  ['org digest', (lang) => renderOrgDigestAlert(org(), 'run-1', AT, lang), ['333333333333', 's3://laa-results/']],
];

const email = (a: SnsAlert): string => (JSON.parse(a.message) as { email: string }).email;
const chatTitle = (a: SnsAlert): string =>
  (JSON.parse((JSON.parse(a.message) as { default: string }).default) as { content: { title: string } }).content.title;

describe.each(NOTICES)('%s notice', (_name, render, ids) => {
  it('is English by default, exactly as with lang en', () => {
    expect(render()).toEqual(render('en'));
  });

  it.each(OTHERS)('%s: body and chat title localized, identifiers verbatim, ASCII subject', (lang) => {
    const english = render('en');
    const local = render(lang);
    expect(email(local)).not.toBe(email(english));
    expect(chatTitle(local)).not.toBe(chatTitle(english));
    for (const id of ids) expect(email(local)).toContain(id);
    expect(local.subject).toMatch(/^[\x20-\x7e]{1,99}$/);
    if (lang === 'ja' || lang === 'ko') expect(local.subject).toBe(english.subject);
    else expect(local.subject).not.toBe(english.subject);
  });
});

describe('localized words', () => {
  it.each([
    ['de', 'hoch: 2', 'BEHOBEN hoch'],
    ['fr', 'élevée : 2', 'RESOLU elevee'],
    ['ja', '高: 2', 'RESOLVED high'],
    ['ko', '높음: 2', 'RESOLVED high'],
  ] as const)('%s: severity words in digest counts and resolved subject', (lang, count, subject) => {
    expect(email(renderDigestAlert(DIGEST, 's', lang))).toContain(count);
    expect(renderResolvedAlert(ENTRY, lang).subject).toContain(subject);
  });

  it('names the account when the resolved finding has no function', () => {
    const { functionArn: _f, ...noFunction } = ENTRY;
    expect(renderResolvedAlert(noFunction, 'de').subject).toContain('auf dem Konto');
    expect(email(renderResolvedAlert(noFunction, 'fr'))).toContain('sur le compte');
  });
});
