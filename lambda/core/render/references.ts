/**
 * Reference links in the reader's language (issue 15): a finding's references carry English titles (a check's
 * title or a `DOCS` entry, lambda/core/checks/shared/references.ts); renderers show the `refs.*` catalog message
 * whose English text is that title (lambda/core/i18n/catalog/refs.ts). A title without a message stays English.
 * The finding data, JSON and SARIF keep the English reference.
 */
import type { Reference } from '../findings/types';
import { CATALOGS, t, type Lang, type MessageKey } from '../i18n';

/** Prefix of the reference-label messages. */
const PREFIX = 'refs.';

let byTitle: ReadonlyMap<string, MessageKey> | undefined;

/** The `refs.*` message key of each English reference title (built on first use). */
function keysByTitle(): ReadonlyMap<string, MessageKey> {
  if (!byTitle) {
    const en = CATALOGS.en;
    const keys = (Object.keys(en) as MessageKey[]).filter((k) => k.startsWith(PREFIX));
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

/** `refs` as shown to a reader of `lang` (English: the same array). */
export function localizeReferences(lang: Lang, refs: readonly Reference[]): readonly Reference[] {
  if (lang === 'en') return refs;
  return refs.map((r) => ({ ...r, title: referenceTitle(lang, r) }));
}
