/**
 * The message catalog of alerts and CLI output (issue 15): `t(lang, key, params)` formats an ICU MessageFormat
 * message (plurals, select) from the catalog of `lang`, English being the source. Params carry AWS identifiers
 * (actions, ARNs, check IDs, policy JSON) verbatim: messages place them, never translate them.
 * Library: intl-messageformat (FormatJS, BSD-3-Clause), see docs/i18n.md.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { DE } from './catalog/de';
import { EN, type Catalog, type MessageKey } from './catalog/en';
import { FR } from './catalog/fr';
import { JA } from './catalog/ja';
import { KO } from './catalog/ko';
import type { Lang } from './lang';

export { DEFAULT_LANG, LANGS, chooseLang, isLang, langFromLocale, type Lang, type LangChoice } from './lang';
export type { Catalog, MessageKey } from './catalog/en';

/** Values of a message's placeholders: text is inserted as given, numbers drive plurals. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** A message by key with its params: what a finding carries so a renderer can show it in any language. */
export interface MessageRef {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

/** Every catalog by language. */
export const CATALOGS: Readonly<Record<Lang, Catalog>> = { en: EN, de: DE, fr: FR, ja: JA, ko: KO };

/** ICU options: `<…>` is plain text here (ARN-like placeholders such as `<role>`), not a rich-text tag. */
const OPTIONS = { ignoreTag: true } as const;

const compiled = new Map<string, IntlMessageFormat>();

function formatter(lang: Lang, key: MessageKey): IntlMessageFormat {
  const id = `${lang}\u0000${key}`;
  let f = compiled.get(id);
  if (!f) {
    f = new IntlMessageFormat(CATALOGS[lang][key], lang, undefined, OPTIONS);
    compiled.set(id, f);
  }
  return f;
}

/** The message `key` in `lang` with `params` filled in. */
export function t(lang: Lang, key: MessageKey, params: MessageParams = {}): string {
  return String(formatter(lang, key).format(params));
}

/** A {@link MessageRef} to `key` with `params` (what a check attaches to its finding). */
export function msg(key: MessageKey, params?: MessageParams): MessageRef {
  return params ? { key, params } : { key };
}

/** The English text of `ref`: what a check puts in the finding's plain strings. */
export function en(ref: MessageRef): string {
  return t('en', ref.key, ref.params);
}

/** `{ en, ref }` pairs for `Finding.text.lines` (details, near misses, notes localized by their English text). */
export function lines(...refs: readonly MessageRef[]): { en: string; ref: MessageRef }[] {
  return refs.map((ref) => ({ en: en(ref), ref }));
}

/** A {@link MessageRef} formatted in `lang`. */
export function formatRef(lang: Lang, ref: MessageRef): string {
  return t(lang, ref.key, ref.params);
}

/** A translator bound to one language: `tr('email.why')`. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** {@link t} bound to `lang`. */
export function translator(lang: Lang): Translate {
  return (key, params) => t(lang, key, params);
}
