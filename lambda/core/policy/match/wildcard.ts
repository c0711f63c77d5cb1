/**
 * Wildcard (glob) matching for IAM: `*` matches any run of characters (including none), `?` exactly one.
 * Patterns are compiled once into literal segments; matching uses `startsWith` / `indexOf` and never builds
 * a regular expression per evaluation.
 *
 * Algorithm: the pattern is split at `*` into segments made of literals and `?` runs (fixed length). The
 * first segment must match at the start, the last at the end, and each middle segment at its leftmost
 * position after the previous one. Leftmost-first placement is optimal for fixed-length segments, so no
 * backtracking is needed: O(n·m) worst case, O(n) typical.
 */

/** One piece of a segment: a literal string, or a number = that many `?` (any single character). */
export type GlobPiece = string | number;

/** A run of pieces between two `*`. */
export interface GlobSegment {
  readonly pieces: readonly GlobPiece[];
  /** Total length in characters. */
  readonly length: number;
}

/** A compiled wildcard pattern. */
export interface Glob {
  /** Segments between stars; `segments.length === stars + 1`. */
  readonly segments: readonly GlobSegment[];
  /** True when the pattern has at least one `*`. */
  readonly hasStar: boolean;
  /** Pattern is exactly one literal (no wildcard at all): compare with `===`. */
  readonly literal?: string;
  /** Pattern is `*` (or several): matches everything. */
  readonly matchesAll: boolean;
}

/** A token of a pattern before compilation: literal text, `*` or `?`. */
export type GlobToken =
  { readonly kind: 'lit'; readonly text: string } | { readonly kind: 'star' } | { readonly kind: 'one' };

/**
 * Compiles tokens (literal text, `*`, `?`) into a {@link Glob}. Adjacent literals are merged.
 * @param tokens the pattern's tokens in order
 */
export function compileGlobTokens(tokens: readonly GlobToken[]): Glob {
  const segments: GlobSegment[] = [];
  let pieces: GlobPiece[] = [];
  let length = 0;
  const push = (p: GlobPiece): void => {
    const last = pieces[pieces.length - 1];
    if (typeof p === 'string' && typeof last === 'string') pieces[pieces.length - 1] = last + p;
    else if (typeof p === 'number' && typeof last === 'number') pieces[pieces.length - 1] = last + p;
    else pieces.push(p);
    length += typeof p === 'string' ? p.length : p;
  };
  for (const t of tokens) {
    if (t.kind === 'star') {
      segments.push({ pieces, length });
      pieces = [];
      length = 0;
    } else if (t.kind === 'one') push(1);
    else if (t.text.length > 0) push(t.text);
  }
  segments.push({ pieces, length });
  const hasStar = segments.length > 1;
  const only = segments[0].pieces;
  let literal: string | undefined;
  if (!hasStar && only.length === 0) literal = '';
  else if (!hasStar && only.length === 1 && typeof only[0] === 'string') literal = only[0];
  const matchesAll = hasStar && segments.every((s) => s.length === 0);
  return literal === undefined ? { segments, hasStar, matchesAll } : { segments, hasStar, literal, matchesAll };
}

/**
 * Parses a plain wildcard pattern (no policy variables) into tokens.
 * @param pattern text where `*` and `?` are wildcards
 */
export function tokenizeWildcards(pattern: string): GlobToken[] {
  const tokens: GlobToken[] = [];
  let start = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i);
    if (c === 42 /* * */ || c === 63 /* ? */) {
      if (i > start) tokens.push({ kind: 'lit', text: pattern.slice(start, i) });
      tokens.push(c === 42 ? { kind: 'star' } : { kind: 'one' });
      start = i + 1;
    }
  }
  if (start < pattern.length) tokens.push({ kind: 'lit', text: pattern.slice(start) });
  return tokens;
}

/** Compiles a plain wildcard pattern. */
export function compileGlob(pattern: string): Glob {
  return compileGlobTokens(tokenizeWildcards(pattern));
}

function matchSegmentAt(seg: GlobSegment, v: string, at: number): boolean {
  let i = at;
  for (const p of seg.pieces) {
    if (typeof p === 'number') i += p;
    else {
      if (!v.startsWith(p, i)) return false;
      i += p.length;
    }
  }
  return true;
}

/** Leftmost position in [from, limit - seg.length] where seg matches, or -1. */
function findSegment(seg: GlobSegment, v: string, from: number, limit: number): number {
  const last = limit - seg.length;
  const first = seg.pieces[0];
  if (seg.pieces.length === 1 && typeof first === 'string') {
    const idx = v.indexOf(first, from);
    return idx >= 0 && idx <= last ? idx : -1;
  }
  for (let k = from; k <= last; k++) if (matchSegmentAt(seg, v, k)) return k;
  return -1;
}

/**
 * Tests `v.slice(start, end)` against a compiled glob without copying the string.
 * @param g compiled pattern
 * @param v value
 * @param start first index of the range (default 0)
 * @param end index after the range (default `v.length`)
 */
export function matchGlob(g: Glob, v: string, start = 0, end = v.length): boolean {
  if (g.literal !== undefined) return end - start === g.literal.length && v.startsWith(g.literal, start);
  if (g.matchesAll) return true;
  const segs = g.segments;
  const head = segs[0];
  if (!g.hasStar) return end - start === head.length && matchSegmentAt(head, v, start);
  const tail = segs[segs.length - 1];
  if (head.length + tail.length > end - start) return false;
  if (!matchSegmentAt(head, v, start) || !matchSegmentAt(tail, v, end - tail.length)) return false;
  let pos = start + head.length;
  const limit = end - tail.length;
  for (let s = 1; s < segs.length - 1; s++) {
    const seg = segs[s];
    if (seg.length === 0) continue;
    const at = findSegment(seg, v, pos, limit);
    if (at < 0) return false;
    pos = at + seg.length;
  }
  return true;
}
