/**
 * Reference labels in the reader's language (issue 15): every check title and every `DOCS` entry has a `refs.*`
 * message in every language (a new check or DOCS entry without one fails here), renderers show it and link to AWS's
 * localized guide where there is one, and the finding data (JSON, SARIF) keeps the English reference.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CHECKS } from '../../../lambda/core/checks/registry';
import { DOCS } from '../../../lambda/core/checks/shared/references';
import type { Finding } from '../../../lambda/core/findings/types';
import { CATALOGS, LANGS, type Lang, type MessageKey } from '../../../lambda/core/i18n';
import { renderEmailBody } from '../../../lambda/core/render/alerts/email';
import { renderChatbotNotification } from '../../../lambda/core/render/alerts/chatbot';
import { renderFindingDetails } from '../../../lambda/core/render/details';
import { localizeFinding } from '../../../lambda/core/render/localize';
import { renderMarkdown } from '../../../lambda/core/render/markdown';
import {
  localizeReferences,
  localizedDocsUrl,
  referenceKey,
  referenceTitle,
} from '../../../lambda/core/render/references';
import { toSarif } from '../../../lambda/core/render/sarif';
import { sampleFinding } from '../../support/factory';

const OTHER_LANGS = LANGS.filter((l): l is Exclude<Lang, 'en'> => l !== 'en');
const EN = CATALOGS.en as Readonly<Record<string, string>>;
const REF_KEYS = Object.keys(EN).filter((k) => /^refs\.(?:check|docs)\./.test(k)) as MessageKey[];

/** Every reference label a finding can carry: check titles (default reference) and DOCS entries. */
const LABELS: readonly (readonly [key: string, english: string])[] = [
  ...CHECKS.map((c) => [`refs.check.${c.id}`, c.title] as const),
  ...Object.entries(DOCS).map(([name, d]) => [`refs.docs.${name}`, d.title] as const),
];

describe('reference label messages', () => {
  it.each(LABELS)('%s exists and its English is the title the finding carries', (key, english) => {
    expect(EN[key]).toBe(english);
    expect(referenceKey(english)).toBe(key);
  });

  it.each(LABELS.flatMap(([key, english]) => OTHER_LANGS.map((lang) => [key, lang, english] as const)))(
    '%s is translated in %s',
    (_key, lang, english) => {
      const label = referenceTitle(lang, { title: english, url: 'https://docs.aws.amazon.com/x.html' });
      expect(label.length).toBeGreaterThan(0);
      expect(label).not.toBe(english);
    },
  );

  it('has no message without a check or DOCS entry, and no two messages share an English title', () => {
    expect([...REF_KEYS].sort()).toEqual(LABELS.map(([k]) => k).sort());
    expect(new Set(REF_KEYS.map((k) => EN[k])).size).toBe(REF_KEYS.length);
  });
});

/** Check sources (lambda/core/checks/**): a reference written inline would have no message. */
function checkSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? checkSources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('check sources', () => {
  const root = join(__dirname, '..', '..', '..', 'lambda', 'core', 'checks');
  it.each(checkSources(root).map((p) => [p.slice(root.length + 1), p]))(
    '%s cites references from DOCS or its check title only (no inline title)',
    (_name, path) => {
      expect(readFileSync(path, 'utf8')).not.toMatch(/references:\s*\[[^\]]*\{\s*title:(?!\s*check\.title\b)/);
    },
  );
});

const check = CHECKS.find((c) => c.id === 'LAA-ROLE-DENIED-ACTION')!;
/** A finding with its check's default reference and a DOCS reference. */
const FINDING: Finding = sampleFinding({
  references: [{ title: check.title, url: check.docsUrl }, DOCS.resourcePolicy],
});

describe('rendered references', () => {
  const ja = (key: MessageKey): string => CATALOGS.ja[key];
  it.each([
    ['email', (f: Finding) => renderEmailBody(f, 'ja')],
    ['Slack', (f: Finding) => JSON.stringify(renderChatbotNotification(f, 'ja'))],
    ['terminal details', (f: Finding) => renderFindingDetails(f, 1, { lang: 'ja' })],
    ['Markdown', (f: Finding) => renderMarkdown([f], { lang: 'ja' })],
  ])('%s shows the labels in Japanese', (_what, render) => {
    const out = render(FINDING);
    expect(out).toContain(ja('refs.check.LAA-ROLE-DENIED-ACTION'));
    expect(out).toContain(ja('refs.docs.resourcePolicy'));
    expect(out).not.toContain(check.title);
    expect(out).not.toContain(DOCS.resourcePolicy.title);
  });

  it('shows a title without a message as it is', () => {
    const other = sampleFinding({ references: [{ title: 'Some page', url: 'https://example.com/page' }] });
    expect(renderEmailBody(other, 'ja')).toContain('- Some page: https://example.com/page');
  });

  it('keeps English findings as they are (the same references array)', () => {
    expect(localizeFinding(FINDING, 'en')).toBe(FINDING);
    expect(localizeReferences('en', FINDING.references)).toBe(FINDING.references);
    expect(renderEmailBody(FINDING, 'en')).toContain(`- ${check.title}: ${check.docsUrl}`);
  });

  it('leaves the finding data and SARIF in English', () => {
    const before = JSON.stringify(FINDING);
    localizeFinding(FINDING, 'ko');
    expect(JSON.stringify(FINDING)).toBe(before);
    const sarif = JSON.stringify(toSarif([FINDING], { toolVersion: '1.0.0', rules: [] }));
    expect(sarif).toContain(check.docsUrl);
  });
});

const LAMBDA = 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html';
const IAM = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege';
const TRAIL = 'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/view-cloudtrail-events-cli.html';
const at = (locale: string, url: string): string => url.replace('amazon.com/', `amazon.com/${locale}/`);

/** URL → expected per language (en, de, fr, ja, ko). */
const URLS: readonly (readonly [what: string, url: string, expected: Record<Lang, string>])[] = [
  [
    'Lambda guide',
    LAMBDA,
    { en: LAMBDA, de: at('de_de', LAMBDA), fr: at('fr_fr', LAMBDA), ja: at('ja_jp', LAMBDA), ko: at('ko_kr', LAMBDA) },
  ],
  [
    'IAM guide (anchor kept; no German edition found)',
    IAM,
    { en: IAM, de: IAM, fr: at('fr_fr', IAM), ja: at('ja_jp', IAM), ko: at('ko_kr', IAM) },
  ],
  [
    'CloudTrail guide',
    TRAIL,
    { en: TRAIL, de: at('de_de', TRAIL), fr: at('fr_fr', TRAIL), ja: at('ja_jp', TRAIL), ko: at('ko_kr', TRAIL) },
  ],
  ...[
    [
      'EventBridge guide (not verified)',
      'https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-event-cloudtrail.html',
    ],
    [
      'S3 guide (not verified)',
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/grant-destinations-permissions-to-s3.html',
    ],
    ['CLI reference', 'https://docs.aws.amazon.com/cli/latest/reference/lambda/add-permission.html'],
    [
      'CLI reference (awscli host)',
      'https://awscli.amazonaws.com/v2/documentation/api/latest/reference/cloudtrail/lookup-events.html',
    ],
    ['console link', 'https://console.aws.amazon.com/lambda/home#/functions'],
    ['re:Post', 'https://repost.aws/knowledge-center/lambda-function-assume-iam-role'],
    ['already localized', 'https://docs.aws.amazon.com/ja_jp/lambda/latest/dg/urls-auth.html'],
    ['China docs host', 'https://docs.amazonaws.cn/lambda/latest/dg/lambda-intro-execution-role.html'],
    ['plain http', 'http://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html'],
    ['look-alike host', 'https://docs.aws.amazon.com.example.net/lambda/latest/dg/urls-auth.html'],
    ['guide name in a later segment', 'https://docs.aws.amazon.com/sdk/lambda/latest/dg/x.html'],
  ].map(([what, url]) => [what, url, { en: url, de: url, fr: url, ja: url, ko: url }] as const),
];

describe('localizedDocsUrl', () => {
  it.each(URLS.flatMap(([what, url, expected]) => LANGS.map((lang) => [what, lang, url, expected[lang]] as const)))(
    '%s in %s',
    (_what, lang, url, expected) => {
      expect(localizedDocsUrl(lang, url)).toBe(expected);
    },
  );

  it('links a Japanese alert to the Japanese guide, while JSON data and SARIF keep the English URL', () => {
    expect(renderEmailBody(FINDING, 'ja')).toContain(at('ja_jp', check.docsUrl));
    expect(renderEmailBody(FINDING, 'en')).not.toContain('/ja_jp/');
    expect(JSON.stringify(toSarif([FINDING], { toolVersion: '1.0.0', rules: [] }))).not.toContain('/ja_jp/');
  });
});
