/**
 * Small text helpers for alert renderers: printable ASCII (email subjects), bounded lengths.
 */

const REPLACEMENTS: readonly (readonly [RegExp, string])[] = [
  [/[\u2018\u2019\u201a\u2032]/g, "'"],
  [/[\u201c\u201d\u201e\u2033]/g, '"'],
  [/[\u2013\u2014\u2212]/g, '-'],
  [/\u2026/g, '...'],
  [/[\u2192\u27f6]/g, '->'],
  [/\u2190/g, '<-'],
  [/\u00a0/g, ' '],
];

/**
 * Returns `s` as one line of printable ASCII (0x20-0x7E): common typographic characters are transliterated,
 * line breaks and control characters become spaces, anything else becomes `?`, runs of spaces collapse.
 */
export function toPrintableAscii(s: string): string {
  let out = s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  for (const [re, to] of REPLACEMENTS) out = out.replace(re, to);
  const ascii = Array.from(out, (ch) => {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f) return ' ';
    return code > 0x7e ? '?' : ch;
  }).join('');
  return ascii.replace(/ {2,}/g, ' ').trim();
}

/** German letters whose ASCII spelling is not the bare letter (`Prüfung` → `Pruefung`, not `Prufung`). */
const GERMAN_ASCII: readonly (readonly [RegExp, string])[] = [
  [/ä/g, 'ae'],
  [/ö/g, 'oe'],
  [/ü/g, 'ue'],
  [/Ä/g, 'Ae'],
  [/Ö/g, 'Oe'],
  [/Ü/g, 'Ue'],
  [/ß/g, 'ss'],
];

/**
 * An email subject as printable ASCII in `lang` ({@link toPrintableAscii}, German umlauts spelled out first), or
 * `undefined` when ASCII cannot carry it: characters without an ASCII form (kana, Hangul, ideographs) would
 * become `?`. The caller then falls back to the English subject.
 */
export function asciiSubject(s: string, lang: string): string | undefined {
  let text = s;
  if (lang === 'de') for (const [re, to] of GERMAN_ASCII) text = text.replace(re, to);
  const ascii = toPrintableAscii(text);
  const marks = (x: string): number => x.split('?').length - 1;
  return lang === 'en' || marks(ascii) <= marks(text) ? ascii : undefined;
}

/** Cuts `s` to at most `max` characters, ending with `...` when it was cut. */
export function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  if (max <= 3) return s.slice(0, max);
  return `${s.slice(0, max - 3).trimEnd()}...`;
}

/** Size of `s` in UTF-8 bytes (SNS limits are in bytes, not characters). */
export function utf8Bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/** Pretty JSON (2 spaces) of a value, or its string form when it cannot be serialized. */
export function prettyJson(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}
