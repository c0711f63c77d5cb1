/**
 * String condition operators: StringEquals, StringNotEquals, StringEqualsIgnoreCase,
 * StringNotEqualsIgnoreCase, StringLike, StringNotLike. Policy variables are allowed in the values;
 * only the *Like operators treat `*` and `?` as wildcards.
 */
import type { CompiledPattern, Glob } from '../match';
import * as M from '../match';
import type { CompiledValues, OperatorDef, ValueMatcher } from './types';

// Module-local copies: an imported binding is read through a getter per use when modules are transpiled one
// by one (tsx, ts-jest), not a constant.
const { MATCH, compilePattern, matchGlob } = M;

type AnyMatch = ValueMatcher['anyMatch'];

function includesString(list: readonly string[], v: string): boolean {
  for (let i = 0; i < list.length; i++) if (list[i] === v) return true;
  return false;
}

function anyGlob(globs: readonly Glob[], v: string): boolean {
  for (let i = 0; i < globs.length; i++) if (matchGlob(globs[i], v)) return true;
  return false;
}

/**
 * The `anyMatch` of the patterns. Without policy variables (the common case) the value is compared with each
 * literal (lower-cased once when the operator ignores case) or tested with each glob (case-sensitive operators);
 * otherwise each pattern's own `outcome` runs.
 */
function anyMatchOf(patterns: readonly CompiledPattern[]): AnyMatch {
  const general: AnyMatch = (v, ctx) => {
    for (let i = 0; i < patterns.length; i++) if (patterns[i].outcome(v, ctx) === MATCH) return true;
    return false;
  };
  const globs: Glob[] = [];
  for (const p of patterns) if (p.glob !== undefined) globs.push(p.glob);
  const ignoreCase = patterns.length > 0 && patterns[0].ignoreCase;
  if (globs.length === 0 || globs.length < patterns.length || patterns.some((p) => p.ignoreCase !== ignoreCase))
    return general;
  const literals: string[] = [];
  for (const g of globs) if (g.literal !== undefined) literals.push(g.literal);
  if (literals.length === globs.length)
    return ignoreCase ? (v) => includesString(literals, v.toLowerCase()) : (v) => includesString(literals, v);
  // No operator ignores case and takes wildcards today; such a list would take the general path.
  return ignoreCase ? general : (v) => anyGlob(globs, v);
}

/** Builds the matcher over compiled patterns, with the unresolved-variable check when needed. */
export function patternValues(patterns: readonly CompiledPattern[]): CompiledValues {
  const dynamic = patterns.filter((p) => p.dynamic);
  return {
    problems: [],
    matcher: {
      anyMatch: anyMatchOf(patterns),
      ...(dynamic.length > 0 ? { unresolved: (ctx) => dynamic.some((p) => p.unresolved(ctx)) } : {}),
    },
  };
}

function def(name: string, negated: boolean, ignoreCase: boolean, wildcards: boolean): OperatorDef {
  return {
    name,
    family: 'String',
    negated,
    variables: true,
    compile: (values, o) =>
      patternValues(values.map((v) => compilePattern(v, { ignoreCase, wildcards, variables: o.variables }))),
  };
}

/** The six string operators. */
export const STRING_OPERATORS: readonly OperatorDef[] = [
  def('StringEquals', false, false, false),
  def('StringNotEquals', true, false, false),
  def('StringEqualsIgnoreCase', false, true, false),
  def('StringNotEqualsIgnoreCase', true, true, false),
  def('StringLike', false, false, true),
  def('StringNotLike', true, false, true),
];
