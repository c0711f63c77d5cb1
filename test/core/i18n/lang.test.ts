/**
 * Choosing the output language from `--lang` / `alertLanguage` and the POSIX locale variables.
 */
import { chooseLang, isLang, langFromLocale } from '../../../lambda/core/i18n';

describe('langFromLocale', () => {
  it.each([
    ['ja_JP.UTF-8', 'ja'],
    ['de_DE@euro', 'de'],
    ['fr-CA', 'fr'],
    ['KO_kr', 'ko'],
    ['en_US.UTF-8', 'en'],
    ['ja', 'ja'],
    ['C.UTF-8', undefined],
    ['POSIX', undefined],
    ['pt_BR.UTF-8', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%s -> %s', (locale, expected) => {
    expect(langFromLocale(locale)).toBe(expected);
  });
});

describe('chooseLang', () => {
  it.each([
    ['explicit wins over the locale', 'de', { LANG: 'ja_JP.UTF-8' }, 'de', false],
    ['explicit locale form', 'ko_KR.UTF-8', {}, 'ko', false],
    ['unknown explicit: en with a note', 'xx', { LANG: 'ja_JP.UTF-8' }, 'en', true],
    ['LC_ALL before LANG', undefined, { LC_ALL: 'fr_FR.UTF-8', LANG: 'ja_JP.UTF-8' }, 'fr', false],
    ['LC_MESSAGES before LANG', undefined, { LC_MESSAGES: 'de_DE', LANG: 'ja_JP.UTF-8' }, 'de', false],
    ['LANG alone', undefined, { LANG: 'ja_JP.UTF-8' }, 'ja', false],
    ['empty LC_ALL is unset', undefined, { LC_ALL: '', LANG: 'ko_KR.UTF-8' }, 'ko', false],
    ['C locale: en, no note', undefined, { LANG: 'C.UTF-8' }, 'en', false],
    ['unsupported locale: en with a note', undefined, { LANG: 'pt_BR.UTF-8' }, 'en', true],
    ['nothing set', undefined, {}, 'en', false],
  ] as const)('%s', (_name, explicit, env, lang, noted) => {
    const choice = chooseLang(explicit, env);
    expect(choice.lang).toBe(lang);
    expect(choice.note !== undefined).toBe(noted);
  });

  it('names the supported languages in its note', () => {
    expect(chooseLang('xx', {}).note).toBe('unknown language "xx" (supported: en, de, fr, ja, ko); using en');
  });
});

describe('isLang', () => {
  it.each([
    ['ja', true],
    ['JA', false],
    ['jp', false],
    [undefined, false],
  ])('%s -> %s', (value, expected) => {
    expect(isLang(value)).toBe(expected);
  });
});
