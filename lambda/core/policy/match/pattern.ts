/**
 * String patterns compiled once: literal, wildcard (`*`, `?`) and policy-variable aware, optionally
 * case-insensitive. The compiled form answers match / no match / unresolved (a variable had no value).
 */
import { contextKeyRef, type ContextKeyRef, type RequestContextView } from './context';
import type { PatternToken, VariableToken } from './variables';
import { tokenizePattern } from './variables';
import type { Glob, GlobToken } from './wildcard';
import * as W from './wildcard';
import * as DYN from './dynamic';

// Module-local copies: an imported binding is read through a getter per use when modules are transpiled one
// by one (tsx, ts-jest), not a constant.
const { compileGlobTokens, matchGlob } = W;
const { compileDynamic, matchDynamic } = DYN;

/** Outcome of a pattern test: `1` match, `0` no match, `2` a policy variable could not be resolved. */
export type MatchOutcome = 0 | 1 | 2;
/** The pattern matched. */
export const MATCH: MatchOutcome = 1;
/** The pattern did not match. */
export const NO_MATCH: MatchOutcome = 0;
/** A policy variable had no (single) value and no default: AWS treats the comparison as failed. */
export const UNRESOLVED: MatchOutcome = 2;

/** Options of {@link compileStringPattern}. */
export interface PatternOptions {
  /** Compare case-insensitively (StringEqualsIgnoreCase, action names). */
  readonly ignoreCase: boolean;
  /** `*` and `?` are wildcards (StringLike, Resource, Action); otherwise literal. */
  readonly wildcards: boolean;
  /** `${…}` is a policy variable (policy Version 2012-10-17); otherwise literal. */
  readonly variables: boolean;
}

/** A compiled pattern with a three-way outcome. */
export interface CompiledPattern {
  /** The pattern as written. */
  readonly source: string;
  /** True when evaluation depends on the request context (the pattern has policy variables). */
  readonly dynamic: boolean;
  /** The pattern compares case-insensitively (its glob is lower-cased; `outcome` lower-cases the value). */
  readonly ignoreCase: boolean;
  /**
   * The compiled glob of a pattern without policy variables: `outcome` is `matchGlob` on it (after lower-casing
   * the value when {@link CompiledPattern.ignoreCase}), so a caller testing many values or ranges can call
   * `matchGlob` itself. Absent for patterns with variables.
   */
  readonly glob?: Glob;
  /**
   * Tests `value.slice(start, end)` (whole value by default).
   * @returns {@link MATCH}, {@link NO_MATCH} or {@link UNRESOLVED}
   */
  outcome(value: string, ctx: RequestContextView, start?: number, end?: number): MatchOutcome;
  /** True when a policy variable of the pattern has no single value and no default under `ctx`. */
  unresolved(ctx: RequestContextView): boolean;
}

/** A compiled string pattern: true when `value` matches under `ctx` (an unresolved variable never matches). */
export type StringMatcher = (value: string, ctx: RequestContextView) => boolean;

function lowerTokens(tokens: readonly PatternToken[]): PatternToken[] {
  return tokens.map((t) => {
    if (t.kind === 'lit') return { kind: 'lit', text: t.text.toLowerCase() };
    if (t.kind === 'var' && t.fallback !== undefined) return { ...t, fallback: t.fallback.toLowerCase() };
    return t;
  });
}

/** The value a variable stands for under `ctx`, or undefined when it cannot be resolved. */
function valueOf(t: VariableToken, ref: ContextKeyRef, ctx: RequestContextView): string | undefined {
  const values = ctx.value(t.key, ref);
  if (typeof values === 'string') return values;
  return values !== undefined && values.length === 1 ? values[0] : t.fallback;
}

/**
 * Compiles a pattern into a {@link CompiledPattern}. Static patterns are compiled to a glob once; patterns
 * with variables keep their tokens and substitute per evaluation (values are literal, never wildcards).
 * @param pattern the text as written in the policy
 * @param o case, wildcard and variable options
 */
export function compilePattern(pattern: string, o: PatternOptions): CompiledPattern {
  const raw = tokenizePattern(pattern, o);
  const tokens = o.ignoreCase ? lowerTokens(raw) : raw;
  const dynamic = tokens.some((t) => t.kind === 'var');
  const norm = (v: string): string => (o.ignoreCase ? v.toLowerCase() : v);
  if (!dynamic) {
    const glob: Glob = compileGlobTokens(tokens as GlobToken[]);
    return {
      source: pattern,
      dynamic,
      ignoreCase: o.ignoreCase,
      glob,
      outcome: (value, _ctx, start, end) => (matchGlob(glob, norm(value), start, end) ? MATCH : NO_MATCH),
      unresolved: () => false,
    };
  }
  const dyn = compileDynamic(tokens);
  const variables = dyn.variables;
  const refs = variables.map((t) => contextKeyRef(t.key));
  // Scratch for the substituted values (evaluation is synchronous and never re-enters one pattern).
  const values: string[] = variables.map(() => '');
  return {
    source: pattern,
    dynamic,
    ignoreCase: o.ignoreCase,
    unresolved: (ctx) => variables.some((t, i) => valueOf(t, refs[i], ctx) === undefined),
    outcome: (value, ctx, start = 0, end = value.length) => {
      for (let i = 0; i < variables.length; i++) {
        const resolved = valueOf(variables[i], refs[i], ctx);
        if (resolved === undefined) return UNRESOLVED;
        values[i] = o.ignoreCase ? resolved.toLowerCase() : resolved;
      }
      return matchDynamic(dyn, values, norm(value), start, end) ? MATCH : NO_MATCH;
    },
  };
}

/**
 * Compiles a string pattern into a boolean matcher (see {@link compilePattern} for the three-way form).
 * @param pattern the text as written in the policy
 * @param o case, wildcard and variable options
 */
export function compileStringPattern(pattern: string, o: PatternOptions): StringMatcher {
  const compiled = compilePattern(pattern, o);
  return (value, ctx) => compiled.outcome(value, ctx) === MATCH;
}
