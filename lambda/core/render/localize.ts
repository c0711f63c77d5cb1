/**
 * A finding's texts in the chosen language (issue 15): the English strings a check produced are replaced by their
 * catalog messages where the finding carries {@link FindingText} refs; texts without a ref stay English. Reference
 * links get their label in the language too (./references.ts). Also the display words for severities and
 * categories (the finding data keeps its English codes).
 */
import type { Category, Finding, Severity } from '../findings/types';
import { formatRef, t, type Lang, type MessageRef } from '../i18n';
import { engineLineRef } from './engine-lines';
import { localizeReferences } from './references';

/** The display word of a severity in `lang` (`high`, `hoch`, `élevée`, `高`, `높음`). */
export function severityLabel(lang: Lang, severity: Severity): string {
  return t(lang, `severity.${severity}`);
}

/** The display word of a category in `lang`; an unknown category is shown as given. */
export function categoryLabel(lang: Lang, category: Category): string {
  return Object.hasOwn(CATEGORY_KEYS, category) ? t(lang, `category.${category}`) : category;
}

const CATEGORY_KEYS: Readonly<Record<Category, true>> = {
  'execution-role': true,
  'invoke-permission': true,
  deployer: true,
  'vpc-network': true,
  'trust-policy': true,
  'cross-account': true,
  'event-source': true,
  exposure: true,
  hygiene: true,
  'change-correlation': true,
  support: true,
  auditor: true,
  'check-error': true,
};

function pick(lang: Lang, english: string, ref: MessageRef | undefined): string {
  return ref ? formatRef(lang, ref) : english;
}

/**
 * `finding` with its texts in `lang` and without `text` refs (so later shortening cannot bring back a longer
 * text). English returns the finding as it is: the strings checks produce are the English rendering.
 */
export function localizeFinding(finding: Finding, lang: Lang): Finding {
  if (lang === 'en') return finding;
  const refs = finding.text ?? {};
  const lines = new Map((refs.lines ?? []).map((l) => [l.en, l.ref]));
  const line = (s: string): string => pick(lang, s, lines.get(s));
  // The policy engine's reason and near-miss lines carry no ref: mapped back from their exact English (./engine-lines.ts).
  const engine = (s: string): string => pick(lang, s, lines.get(s) ?? engineLineRef(s));
  const { text: _text, ...rest } = finding;
  return {
    ...rest,
    references: localizeReferences(lang, finding.references),
    title: pick(lang, finding.title, refs.title),
    explanation: {
      ...finding.explanation,
      summary: pick(lang, finding.explanation.summary, refs.summary),
      nearMisses: finding.explanation.nearMisses.map(engine),
      details: finding.explanation.details.map(engine),
    },
    ...(finding.fix && {
      fix: {
        ...finding.fix,
        summary: pick(lang, finding.fix.summary, refs.fixSummary),
        notes: finding.fix.notes.map(line),
      },
    }),
  };
}
