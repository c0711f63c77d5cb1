/**
 * Terminal display width for aligned columns in every language: East Asian wide and fullwidth characters
 * (CJK ideographs, kana, Hangul, fullwidth forms) take two columns. Every other UTF-16 code unit counts one,
 * so text without wide characters measures exactly its `length` (English layouts are unchanged).
 */

/** Unicode ranges of East Asian Wide (W) and Fullwidth (F) characters that our catalogs and names use. */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], // Hangul Jamo initials
  [0x2e80, 0x303e], // CJK radicals, symbols and punctuation
  [0x3041, 0x33ff], // kana, CJK compatibility
  [0x3400, 0x4dbf], // CJK extension A
  [0x4e00, 0x9fff], // CJK unified ideographs
  [0xa960, 0xa97f], // Hangul Jamo extended-A
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xff00, 0xff60], // fullwidth forms
  [0xffe0, 0xffe6], // fullwidth signs
];

function isWide(code: number): boolean {
  return WIDE.some(([lo, hi]) => code >= lo && code <= hi);
}

/** Columns `s` takes on a terminal. */
export function displayWidth(s: string): number {
  let width = 0;
  for (let i = 0; i < s.length; i++) width += isWide(s.charCodeAt(i)) ? 2 : 1;
  return width;
}

/** `s` padded with spaces on the right to `width` columns. */
export function padEndWidth(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/** `s` padded with spaces on the left to `width` columns. */
export function padStartWidth(s: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(s))) + s;
}

/** `s` cut to at most `max` columns, ending with `…` when it was cut (the ellipsis takes one column). */
export function truncateWidth(s: string, max: number): string {
  if (displayWidth(s) <= max) return s;
  let out = '';
  let used = 0;
  for (let i = 0; i < s.length; i++) {
    const w = isWide(s.charCodeAt(i)) ? 2 : 1;
    if (used + w > max - 1) break;
    out += s[i];
    used += w;
  }
  return `${out}…`;
}
