/**
 * Untrusted text stays text. Everything in a finding may come from an event, a policy or a resource name
 * (attacker-influenced: a function name, a role session name, a CloudTrail `errorMessage`), so every
 * renderer passes the finding's strings through one of these before formatting:
 *
 * - {@link plainText}: email bodies. C0/C1 control characters (except line feed and tab) and Unicode bidi
 *   overrides/isolates (Trojan Source, CVE-2021-42574) are removed.
 * - {@link slackText}: Chatbot/Slack markdown. As {@link plainText}, then `&`, `<`, `>` become HTML entities
 *   (Slack's documented escaping, api.slack.com/reference/surfaces/formatting "Escaping text"), so no
 *   `<!channel>`, `<!here>`, `<@U…>`, `<#C…>` or `<url|text>` survives, and bare `@channel`/`@here`/
 *   `@everyone` get a word joiner after the `@` so they cannot notify.
 * - {@link terminalText}: CLI table and details. Control and bidi characters become visible escapes
 *   (`\x1b`, `\u202e`) so they can neither move the cursor nor reorder what the reader sees.
 *
 * Pure: no I/O.
 */

// eslint-disable-next-line no-control-regex
const CONTROLS_EXCEPT_LF_TAB = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex
const ALL_CONTROLS = /[\u0000-\u001f\u007f-\u009f]/g;
// eslint-disable-next-line no-control-regex
const CONTROLS_EXCEPT_LF = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/g;
/** Bidi embeddings/overrides/isolates and marks: U+061C, U+200E-U+200F, U+202A-U+202E, U+2066-U+2069. */
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const BROADCAST = /@(channel|here|everyone)\b/gi;

/** Longest CloudTrail `errorMessage` an alert quotes (AWS allows much longer ones). */
export const MAX_ALERT_ERROR_MESSAGE = 2_000;

/** Removes control characters (keeping line feeds and tabs) and bidi controls. */
export function plainText(s: string): string {
  return s.replace(/\r\n?/g, '\n').replace(CONTROLS_EXCEPT_LF_TAB, '').replace(BIDI, '');
}

/** {@link plainText}, then Slack's `&`/`<`/`>` entities and neutralized broadcast mentions. */
export function slackText(s: string): string {
  return plainText(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(BROADCAST, '@\u2060$1');
}

function visible(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Control and bidi characters as visible escapes. Line feeds are kept when `multiline` (details blocks),
 * escaped otherwise (table cells).
 */
export function terminalText(s: string, multiline = false): string {
  return s.replace(multiline ? CONTROLS_EXCEPT_LF : ALL_CONTROLS, visible).replace(BIDI, visible);
}

/** Cuts `s` to `max` characters with a marker saying how much was left out. */
export function truncateWithMarker(s: string, max: number): string {
  if (s.length <= max) return s;
  return `${s.slice(0, max)}... [truncated: ${s.length - max} more characters]`;
}

/** Deep copy of plain JSON-like data with every string (keys excepted) passed through `f`. */
export function mapStrings<T>(value: T, f: (s: string) => string): T {
  if (typeof value === 'string') return f(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => mapStrings(v, f)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, f)])) as T;
  }
  return value;
}
