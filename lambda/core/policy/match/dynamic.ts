/**
 * Wildcard patterns with policy variables, matched without building a glob per evaluation: the pattern is
 * split at `*` once (at compile time) into segments of literal text, `?` runs and variable slots; at
 * evaluation the variable values are substituted as literal text (never wildcards) while matching, with the
 * same leftmost-placement algorithm as `matchGlob` (see wildcard.ts).
 */
import type { PatternToken, VariableToken } from './variables';

/** Literal text, a run of `?` (a number), or a variable slot (index into the values). */
type DynPiece = string | number | { readonly slot: number };

/** A compiled pattern with variables. */
export interface DynamicGlob {
  /** Runs of pieces between two `*`. */
  readonly segments: readonly (readonly DynPiece[])[];
  /** The variables in slot order. */
  readonly variables: readonly VariableToken[];
}

/**
 * Compiles tokens (literal, `*`, `?`, variables) into a {@link DynamicGlob}.
 * @param tokens the pattern's tokens (already lower-cased for case-insensitive operators)
 */
export function compileDynamic(tokens: readonly PatternToken[]): DynamicGlob {
  const segments: DynPiece[][] = [[]];
  const variables: VariableToken[] = [];
  for (const t of tokens) {
    const seg = segments[segments.length - 1];
    if (t.kind === 'star') segments.push([]);
    else if (t.kind === 'one') seg.push(1);
    else if (t.kind === 'var') seg.push({ slot: variables.push(t) - 1 });
    else if (t.text.length > 0) seg.push(t.text);
  }
  return { segments, variables };
}

function pieceLength(p: DynPiece, values: readonly string[]): number {
  return typeof p === 'string' ? p.length : typeof p === 'number' ? p : values[p.slot].length;
}

function segmentLength(seg: readonly DynPiece[], values: readonly string[]): number {
  let n = 0;
  for (const p of seg) n += pieceLength(p, values);
  return n;
}

function matchAt(seg: readonly DynPiece[], values: readonly string[], v: string, at: number): boolean {
  let i = at;
  for (const p of seg) {
    if (typeof p === 'number') i += p;
    else {
      const text = typeof p === 'string' ? p : values[p.slot];
      if (!v.startsWith(text, i)) return false;
      i += text.length;
    }
  }
  return true;
}

/**
 * Tests `v.slice(start, end)` against a dynamic glob with the variables' values substituted.
 * @param g compiled pattern
 * @param values one value per variable slot (already lower-cased when the comparison ignores case)
 * @param v value to test
 * @param start first index of the range
 * @param end index after the range
 */
export function matchDynamic(
  g: DynamicGlob,
  values: readonly string[],
  v: string,
  start: number,
  end: number,
): boolean {
  const segs = g.segments;
  const head = segs[0];
  const headLen = segmentLength(head, values);
  if (segs.length === 1) return end - start === headLen && matchAt(head, values, v, start);
  const tail = segs[segs.length - 1];
  const tailLen = segmentLength(tail, values);
  if (headLen + tailLen > end - start) return false;
  if (!matchAt(head, values, v, start) || !matchAt(tail, values, v, end - tailLen)) return false;
  let pos = start + headLen;
  const limit = end - tailLen;
  for (let s = 1; s < segs.length - 1; s++) {
    const seg = segs[s];
    const len = segmentLength(seg, values);
    if (len === 0) continue;
    let found = -1;
    for (let k = pos; k <= limit - len; k++) {
      if (matchAt(seg, values, v, k)) {
        found = k;
        break;
      }
    }
    if (found < 0) return false;
    pos = found + len;
  }
  return true;
}
