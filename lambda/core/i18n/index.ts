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

/**
 * Values of a message's placeholders: text is inserted as given, numbers drive plurals, and a {@link MessageRef}
 * is formatted in the same language first (a sentence that embeds another message, e.g. a fix summary).
 */
export type MessageParams = Readonly<Record<string, string | number | MessageRef>>;

/** A message by key with its params: what a finding carries so a renderer can show it in any language. */
export interface MessageRef {
  readonly key: MessageKey;
  readonly params?: MessageParams;
}

/** Every catalog by language. */
export const CATALOGS: Readonly<Record<Lang, Catalog>> = { en: EN, de: DE, fr: FR, ja: JA, ko: KO };

/** ICU options: `<…>` is plain text here (ARN-like placeholders such as `<role>`), not a rich-text tag. */
const OPTIONS = { ignoreTag: true } as const;

/** A compiled message: simple ones (text and `{name}` only) as parts, the rest as an ICU formatter. */
type Compiled = readonly (string | { readonly arg: string })[] | IntlMessageFormat;

const compiled = new Map<string, Compiled>();

interface AstElement {
  readonly type: number;
  readonly value: string;
}

/** A message of literal text and `{name}` arguments only, with no ICU quoting (`'` before `{`, `}` or `'`). */
const SIMPLE = /^(?:[^{}']|'(?![{}']))*(?:\{[A-Za-z_][A-Za-z0-9_]*\}(?:[^{}']|'(?![{}']))*)*$/;

/**
 * The parts of a simple message (see {@link SIMPLE}), split without the ICU parser. Constructing the first
 * `IntlMessageFormat` resolves its locale through `Intl` (about 12 ms at a Lambda cold start, measured), and most
 * of the catalog never needs it; `test/core/i18n/catalog.test.ts` checks these parts against ICU's AST for every
 * message of every language.
 */
export function simpleParts(message: string): readonly (string | { readonly arg: string })[] | undefined {
  if (!SIMPLE.test(message)) return undefined;
  const parts: (string | { readonly arg: string })[] = [];
  let at = 0;
  for (let open = message.indexOf('{'); open >= 0; open = message.indexOf('{', at)) {
    if (open > at) parts.push(message.slice(at, open));
    const close = message.indexOf('}', open);
    parts.push({ arg: message.slice(open + 1, close) });
    at = close + 1;
  }
  if (at < message.length || parts.length === 0) parts.push(message.slice(at));
  return parts;
}

/**
 * Compiles `key` in `lang` once. Messages made of literal text and simple `{name}` arguments (most of the
 * catalog) become parts joined by {@link t}, which is several times faster than the general formatter and gives
 * the same text; plurals and selects use intl-messageformat.
 */
function compile(lang: Lang, key: MessageKey): Compiled {
  const id = `${lang}\u0000${key}`;
  let c = compiled.get(id);
  if (!c) {
    const message = CATALOGS[lang][key];
    c = simpleParts(message) ?? icu(message, lang);
    compiled.set(id, c);
  }
  return c;
}

/** `message` through intl-messageformat: its AST as parts when it is simple after all, else the formatter. */
function icu(message: string, lang: Lang): Compiled {
  const f = new IntlMessageFormat(message, lang, undefined, OPTIONS);
  const ast = f.getAst() as unknown as readonly AstElement[];
  return ast.every((e) => e.type === 0 || e.type === 1)
    ? ast.map((e) => (e.type === 0 ? e.value : { arg: e.value }))
    : f;
}

/** `params` with every nested {@link MessageRef} formatted in `lang` (the same object when there is none). */
function flat(lang: Lang, params: MessageParams): Readonly<Record<string, string | number>> {
  let out: Record<string, string | number> | undefined;
  for (const name in params) {
    const value = params[name];
    if (typeof value !== 'object') continue;
    out ??= { ...(params as Record<string, string | number>) };
    out[name] = t(lang, value.key, value.params);
  }
  return out ?? (params as Readonly<Record<string, string | number>>);
}

/** The message `key` in `lang` with `params` filled in. */
export function t(lang: Lang, key: MessageKey, given: MessageParams = {}): string {
  const c = compile(lang, key);
  const params = flat(lang, given);
  if (c instanceof IntlMessageFormat) return String(c.format(params));
  let out = '';
  for (const part of c) {
    if (typeof part === 'string') out += part;
    else if (params[part.arg] === undefined) throw new Error(`Message ${key} (${lang}) needs the param ${part.arg}.`);
    else out += String(params[part.arg]);
  }
  return out;
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
