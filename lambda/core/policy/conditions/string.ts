/**
 * String condition operators: StringEquals, StringNotEquals, StringEqualsIgnoreCase,
 * StringNotEqualsIgnoreCase, StringLike, StringNotLike. Policy variables are allowed in the values;
 * only the *Like operators treat `*` and `?` as wildcards.
 */
import type { CompiledPattern } from '../match';
import * as M from '../match';
import type { CompiledValues, OperatorDef } from './types';

// Module-local copies: an imported binding is read through a getter per use when modules are transpiled one
// by one (tsx, ts-jest), not a constant.
const { MATCH, compilePattern } = M;

/** Builds the matcher over compiled patterns, with the unresolved-variable check when needed. */
export function patternValues(patterns: readonly CompiledPattern[]): CompiledValues {
  const dynamic = patterns.filter((p) => p.dynamic);
  return {
    problems: [],
    matcher: {
      anyMatch: (v, ctx) => {
        for (let i = 0; i < patterns.length; i++) if (patterns[i].outcome(v, ctx) === MATCH) return true;
        return false;
      },
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
