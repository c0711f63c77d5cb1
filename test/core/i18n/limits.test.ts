/**
 * Transport limits in every language (issue 15): SNS `Subject` stays printable ASCII, one line, under 100
 * characters (AWS-FACTS §10: older API text required ASCII, current text UTF-8 without line breaks, both < 100);
 * the SNS message stays within 262,144 UTF-8 bytes, which for Japanese and Korean (3 bytes per character) is a
 * third of the characters.
 */
import type { Finding } from '../../../lambda/core/findings/types';
import { LANGS, t, type Lang } from '../../../lambda/core/i18n';
import { MAX_SUBJECT_LENGTH, renderEmailSubject } from '../../../lambda/core/render/alerts/email';
import { SNS_MAX_MESSAGE_BYTES, renderSnsAlert } from '../../../lambda/core/render/alerts/sns-message';
import { asciiSubject } from '../../../lambda/core/render/alerts/text';
import { sampleFinding } from '../../support/factory';

const PRINTABLE_ASCII = /^[\x20-\x7e]+$/;

/** A finding whose details carry `chars` characters of `sample` text (e.g. CJK: 3 UTF-8 bytes each). */
function heavy(sample: string, chars: number): Finding {
  const base = sampleFinding();
  const text = sample.repeat(Math.ceil(chars / sample.length)).slice(0, chars);
  return { ...base, explanation: { ...base.explanation, details: [text, text] } };
}

describe('email subject', () => {
  const titles = [
    ['ASCII', 'x'.repeat(300)],
    ['Japanese', '実行ロールが s3:GetObject を拒否されました'.repeat(5)],
    ['Korean', '실행 역할이 s3:GetObject 거부됨'.repeat(5)],
    ['German', 'Ausführungsrolle darf s3:GetObject nicht (Prüfung)'],
    ['line breaks', 'first line\nsecond\r\nthird'],
  ] as const;
  const cases = LANGS.flatMap((lang) => titles.map(([name, title]) => [lang, name, title] as const));

  it.each(cases)('%s, %s title: one line of printable ASCII, at most 99 characters', (lang, _name, title) => {
    const subject = renderEmailSubject(sampleFinding({ title }), lang);
    expect(subject).toMatch(PRINTABLE_ASCII);
    expect(subject.length).toBeLessThanOrEqual(MAX_SUBJECT_LENGTH);
  });

  it.each([
    ['de', 'Prüfung: Größe', 'Pruefung: Groesse'],
    ['fr', 'Gravité élevée', 'Gravite elevee'],
    ['ja', '件名', undefined],
    ['ko', '제목', undefined],
    ['en', '件名', '??'],
  ] as const)('asciiSubject(%s, %s) = %s', (lang, text, expected) => {
    expect(asciiSubject(text, lang)).toBe(expected);
  });

  it.each(['ja', 'ko'] as const)('%s falls back to the English subject (ASCII cannot carry it)', (lang) => {
    expect(renderEmailSubject(sampleFinding(), lang)).toBe(renderEmailSubject(sampleFinding(), 'en'));
  });

  it.each([
    ['de', '[LAA HOCH] '],
    ['fr', '[LAA ELEVEE] '],
  ] as const)('%s keeps its own severity word, transliterated: %s', (lang, prefix) => {
    expect(renderEmailSubject(sampleFinding(), lang).startsWith(prefix)).toBe(true);
  });
});

describe('SNS message size in UTF-8 bytes', () => {
  const samples = [
    ['ASCII', 'abc '],
    ['CJK', '実行ロール권한경계'],
  ] as const;
  const cases = LANGS.flatMap((lang) => samples.map(([name, s]) => [lang, name, s] as const));

  it.each(cases)('%s, %s text over 256 KB is shortened below the limit with the note', (lang, _name, sample) => {
    const alert = renderSnsAlert(heavy(sample, 200_000), SNS_MAX_MESSAGE_BYTES, lang);
    expect(alert.truncated).toBe(true);
    expect(alert.bytes).toBeLessThanOrEqual(SNS_MAX_MESSAGE_BYTES);
    expect(alert.bytes).toBe(Buffer.byteLength(alert.subject) + Buffer.byteLength(alert.message));
    expect(JSON.parse(alert.message).email).toContain(t(lang, 'alert.truncated'));
  });

  it.each(LANGS)('%s: CJK text is counted at 3 bytes per character', (lang) => {
    const small = renderSnsAlert(heavy('漢', 1000), SNS_MAX_MESSAGE_BYTES, lang);
    const ascii = renderSnsAlert(heavy('a', 1000), SNS_MAX_MESSAGE_BYTES, lang);
    // Two details of 1,000 characters in the email body (Slack shows no details): 2 more bytes per character.
    expect(small.bytes - ascii.bytes).toBe(2 * 1000 * 2);
  });

  it.each(LANGS)('%s: exactly at the limit is sent whole, one byte less is shortened to fit', (lang: Lang) => {
    const finding = heavy('한국어', 5000);
    const whole = renderSnsAlert(finding, SNS_MAX_MESSAGE_BYTES, lang);
    expect(whole.truncated).toBe(false);
    expect(renderSnsAlert(finding, whole.bytes, lang)).toEqual(whole);
    const cut = renderSnsAlert(finding, whole.bytes - 1, lang);
    expect(cut.truncated).toBe(true);
    expect(cut.bytes).toBeLessThanOrEqual(whole.bytes - 1);
  });
});
