/**
 * The SNS publish payload of a finding (`MessageStructure: 'json'`): `default` carries the Chatbot custom
 * notification JSON (string), `email` the plain-text body; plus the email `Subject`. The message is kept
 * within SNS's 256 KB (262,144 bytes, UTF-8) limit by shortening long texts and lists, with a note saying so.
 */
import type { Finding } from '../../findings/types';
import { DEFAULT_LANG, t, type Lang } from '../../i18n';
import { localizeFinding } from '../localize';
import { renderChatbotNotification } from './chatbot';
import { renderEmailBody, renderEmailSubject } from './email';
import { utf8Bytes } from './text';

/** SNS Publish message limit in bytes (subject included in our budget to stay on the safe side). */
export const SNS_MAX_MESSAGE_BYTES = 262_144;

/** What `PublishCommand` needs, plus how it was built. */
export interface SnsAlert {
  readonly subject: string;
  /** JSON object string with at least a `default` key (required by `MessageStructure: 'json'`). */
  readonly message: string;
  /** UTF-8 bytes of subject + message. */
  readonly bytes: number;
  /** True when texts were shortened to fit. */
  readonly truncated: boolean;
}

/** Note appended to the explanation of a shortened alert (English; {@link renderSnsAlert} uses `lang`'s). */
export const TRUNCATION_NOTE = t('en', 'alert.truncated');

/** Shortening levels tried in order: max characters per text, max items per list. */
const LEVELS: readonly { readonly chars: number; readonly items: number }[] = [
  { chars: 50_000, items: 200 },
  { chars: 20_000, items: 50 },
  { chars: 4_000, items: 20 },
  { chars: 1_000, items: 8 },
  { chars: 200, items: 3 },
  { chars: 60, items: 1 },
];

/**
 * Renders `finding` for SNS in `lang`, shortening it when the rendering exceeds `maxBytes`. Sizes are UTF-8
 * bytes, so a Japanese or Korean alert (3 bytes per character) is shortened at a third of the characters.
 */
export function renderSnsAlert(
  finding: Finding,
  maxBytes: number = SNS_MAX_MESSAGE_BYTES,
  lang: Lang = DEFAULT_LANG,
): SnsAlert {
  const localized = localizeFinding(finding, lang);
  const full = build(finding, localized, lang, false);
  if (full.bytes <= maxBytes) return full;
  const note = t(lang, 'alert.truncated');
  for (const level of LEVELS) {
    const shortened = shrink(localized, level.chars, level.items) as Finding;
    const noted: Finding = {
      ...shortened,
      explanation: { ...shortened.explanation, details: [...shortened.explanation.details, note] },
    };
    const alert = build(shrink(finding, level.chars, level.items) as Finding, noted, lang, true);
    if (alert.bytes <= maxBytes) return alert;
  }
  return build(minimalFinding(finding, note), minimalFinding(localized, note), lang, true);
}

/**
 * One SNS payload: the subject from `original` (its English texts are the fallback subject of a language ASCII
 * cannot carry), the email body and Slack notification from `localized`.
 */
function build(original: Finding, localized: Finding, lang: Lang, truncated: boolean): SnsAlert {
  const subject = renderEmailSubject(original, lang);
  const message = JSON.stringify({
    default: JSON.stringify(renderChatbotNotification(localized, lang)),
    email: renderEmailBody(localized, lang),
  });
  return { subject, message, bytes: utf8Bytes(subject) + utf8Bytes(message), truncated };
}

/**
 * Deep copy of plain JSON data with strings cut to `chars` and arrays to their first `items` elements (the
 * element types stay intact, so renderers need no special cases; {@link TRUNCATION_NOTE} tells the reader).
 */
function shrink(value: unknown, chars: number, items: number): unknown {
  if (typeof value === 'string') return value.length > chars ? `${value.slice(0, chars)}... [truncated]` : value;
  if (Array.isArray(value)) return value.slice(0, items).map((v) => shrink(v, chars, items));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shrink(v, chars, items)]));
  }
  return value;
}

/** Last resort: identity fields only (cannot exceed the limit: every text is bounded). */
function minimalFinding(f: Finding, note: string): Finding {
  const cut = (s: string): string => (s.length > 200 ? `${s.slice(0, 200)}...` : s);
  return {
    checkId: cut(f.checkId),
    category: f.category,
    severity: f.severity,
    function: f.function && (shrink(f.function, 300, 1) as Finding['function']),
    title: cut(f.title),
    explanation: { summary: cut(f.explanation.summary), statements: [], nearMisses: [], details: [note] },
    references: [],
    fingerprint: cut(f.fingerprint),
  };
}
