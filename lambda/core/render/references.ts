/**
 * Reference links in the reader's language (issue 15): a finding's references carry English titles (a check's
 * title or a `DOCS` entry, lambda/core/checks/shared/references.ts); renderers show the `refs.*` catalog message
 * whose English text is that title (lambda/core/i18n/catalog/refs.ts), and link to AWS's localized edition of the
 * page when that guide is published in the language ({@link localizedDocsUrl}). A title without a message stays
 * English. The finding data, JSON and SARIF keep the English reference.
 */
import type { Reference } from '../findings/types';
import { CATALOGS, t, type Lang, type MessageKey } from '../i18n';

/** Prefixes of the reference-label messages. */
const PREFIXES = ['refs.check.', 'refs.docs.'];

let byTitle: ReadonlyMap<string, MessageKey> | undefined;

/** The `refs.*` message key of each English reference title (built on first use). */
function keysByTitle(): ReadonlyMap<string, MessageKey> {
  if (!byTitle) {
    const en = CATALOGS.en;
    const keys = (Object.keys(en) as MessageKey[]).filter((k) => PREFIXES.some((p) => k.startsWith(p)));
    byTitle = new Map(keys.map((k) => [en[k], k]));
  }
  return byTitle;
}

/** The catalog key of a reference's English title, if it has one. */
export function referenceKey(title: string): MessageKey | undefined {
  return keysByTitle().get(title);
}

/** The label of reference `ref` in `lang`: its catalog message, else its English title. */
export function referenceTitle(lang: Lang, ref: Reference): string {
  const key = lang === 'en' ? undefined : referenceKey(ref.title);
  return key ? t(lang, key) : ref.title;
}

/** The documentation host whose guides AWS localizes under `/<locale>/` (docs/i18n.md "Reference links"). */
const DOCS_HOST = 'https://docs.aws.amazon.com/';

/** AWS's documentation locale segment per language (`docs.aws.amazon.com/ja_jp/lambda/latest/dg/…`). */
const DOCS_LOCALE: Readonly<Record<Exclude<Lang, 'en'>, string>> = {
  de: 'de_de',
  fr: 'fr_fr',
  ja: 'ja_jp',
  ko: 'ko_kr',
};

/**
 * Guides (path prefix after the host) whose localized editions were found on docs.aws.amazon.com through the
 * project's documentation search, with the languages found (sources in docs/i18n.md). Other guides, and a
 * language not found for a guide, keep the English URL.
 */
const LOCALIZED_GUIDES: readonly { readonly prefix: string; readonly langs: readonly Lang[] }[] = [
  { prefix: 'lambda/latest/dg/', langs: ['de', 'fr', 'ja', 'ko'] },
  { prefix: 'IAM/latest/UserGuide/', langs: ['fr', 'ja', 'ko'] },
  { prefix: 'awscloudtrail/latest/userguide/', langs: ['de', 'fr', 'ja', 'ko'] },
];

/**
 * `url` for a reader of `lang`: an `https://docs.aws.amazon.com/<guide path>` URL of a guide AWS publishes in that
 * language gets the locale segment (`…/ja_jp/lambda/latest/dg/…`, anchor kept); any other URL (console, re:Post,
 * CLI reference, other guides or hosts, already localized) is returned as it is.
 */
export function localizedDocsUrl(lang: Lang, url: string): string {
  if (lang === 'en' || !url.startsWith(DOCS_HOST)) return url;
  const path = url.slice(DOCS_HOST.length);
  const guide = LOCALIZED_GUIDES.find((g) => path.startsWith(g.prefix));
  return guide?.langs.includes(lang) ? `${DOCS_HOST}${DOCS_LOCALE[lang]}/${path}` : url;
}

/** `refs` as shown to a reader of `lang`: labels and documentation URLs localized (English: the same array). */
export function localizeReferences(lang: Lang, refs: readonly Reference[]): readonly Reference[] {
  if (lang === 'en') return refs;
  return refs.map((r) => ({ title: referenceTitle(lang, r), url: localizedDocsUrl(lang, r.url) }));
}
