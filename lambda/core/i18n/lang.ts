/**
 * The languages of alerts and CLI output (issue 15) and how a language is chosen from a setting or a POSIX
 * locale (`ja_JP.UTF-8` → `ja`). Pure: callers pass the setting in (core reads no environment).
 */

/** Supported output languages, English first (the source catalog). */
export const LANGS = ['en', 'de', 'fr', 'ja', 'ko'] as const;

/** One supported output language (ISO 639-1 code). */
export type Lang = (typeof LANGS)[number];

/** The default language: English. */
export const DEFAULT_LANG: Lang = 'en';

/** True when `value` is a supported language code (exact, lowercase). */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/**
 * The language of a locale name: `ja_JP.UTF-8`, `de-DE`, `fr`, `KO_kr` → its language when supported, else
 * `undefined` (also for `C`, `POSIX` and empty values, which say nothing about a language).
 */
export function langFromLocale(locale: string | undefined): Lang | undefined {
  const code = (locale ?? '')
    .trim()
    .split(/[_.@-]/)[0]
    .toLowerCase();
  return isLang(code) ? code : undefined;
}

/** The outcome of {@link chooseLang}: the language, and a note when a requested language was not usable. */
export interface LangChoice {
  readonly lang: Lang;
  readonly note?: string;
}

/**
 * Picks the output language: an explicit setting (e.g. `--lang`) first, else the first set locale variable in
 * POSIX precedence (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English. An explicit value or a set locale that names
 * no supported language gives English with a note (the caller prints it on stderr).
 */
export function chooseLang(
  explicit: string | undefined,
  locale: Readonly<Record<string, string | undefined>>,
): LangChoice {
  const supported = LANGS.join(', ');
  if (explicit !== undefined) {
    const lang = langFromLocale(explicit);
    if (lang) return { lang };
    return { lang: DEFAULT_LANG, note: `unknown language "${explicit}" (supported: ${supported}); using en` };
  }
  const name = ['LC_ALL', 'LC_MESSAGES', 'LANG'].find((v) => (locale[v] ?? '') !== '');
  if (!name) return { lang: DEFAULT_LANG };
  const value = locale[name] ?? '';
  const lang = langFromLocale(value);
  if (lang) return { lang };
  if (/^(?:C|POSIX)(?:\.|$)/i.test(value)) return { lang: DEFAULT_LANG };
  return { lang: DEFAULT_LANG, note: `${name}=${value} names no supported language (${supported}); using en` };
}
