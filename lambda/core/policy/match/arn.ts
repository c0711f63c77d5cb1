/**
 * ARN patterns (Resource / NotResource elements, ArnEquals / ArnLike conditions). An ARN has six
 * colon-separated parts `arn:partition:service:region:account-id:resource`; the resource part may itself
 * contain `:` and `/`. Each part is matched separately with wildcards, case-sensitively, so a `*` never
 * crosses a part boundary. `*` alone matches any value.
 */
import type { RequestContextView } from './context';
import type { CompiledPattern, MatchOutcome, StringMatcher } from './pattern';
import * as P from './pattern';
import { findClose } from './variables';
import type { Glob } from './wildcard';
import * as W from './wildcard';

// Module-local copies: an imported binding is read through a getter per use when modules are transpiled one
// by one (tsx, ts-jest), not a constant.
const { MATCH, NO_MATCH, UNRESOLVED, compilePattern } = P;
const { matchGlob } = W;

/** Number of colon-separated parts of an ARN. */
export const ARN_PARTS = 6;

/**
 * Splits text at its first five colons, so the sixth part keeps any further colons. When `variables`, colons
 * inside a policy variable do not count, a variable ending where the pattern tokenizer ends it (its first `}`
 * outside a quoted default: `${aws:userid, 'a:}'}` is one variable); a `${` without a closing `}` is literal text.
 * @param text an ARN or ARN pattern
 * @param variables whether `${…}` is a policy variable
 * @returns the parts; fewer than six when the text is not ARN-shaped
 */
export function splitArn(text: string, variables = false): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length && parts.length < ARN_PARTS - 1; i++) {
    const c = text[i];
    if (variables && c === '$' && text[i + 1] === '{') {
      const close = findClose(text, i);
      if (close >= 0) i = close;
    } else if (c === ':') {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/**
 * True when the pattern is `*` or has the six ARN parts and starts with `arn` (possibly wildcarded).
 * Patterns that fail this never match anything; parsers report them.
 * @param pattern ARN pattern as written
 * @param variables whether `${…}` is a policy variable
 * @param resourceElement the pattern is in a Resource / NotResource element (short `…:*` patterns allowed)
 */
export function isArnPatternWellFormed(pattern: string, variables = false, resourceElement = false): boolean {
  if (pattern === '*' || splitArn(pattern, variables).length === ARN_PARTS) return true;
  return resourceElement && isShortWildcard(pattern, variables);
}

/**
 * A pattern with fewer than six parts whose last part ends with `*` (`arn:aws:sqs:*`, `arn:*`). IAM User
 * Guide, "IAM JSON policy elements: Resource" → "Using wildcards in resource ARNs": "If the `*` wildcard is
 * the last character of a resource ARN segment, it can expand to match beyond the colon boundaries", so
 * such a pattern matches every ARN whose first parts match (e.g. every SQS resource). The same rule applies
 * in every policy type (the Resource element is shared by identity, resource, boundary, session, SCP and
 * RCP policies). ARN condition operators are different: "each of the six colon-delimited components of the
 * ARN is checked separately" ("IAM JSON policy elements: Condition operators"), so there a short pattern
 * matches nothing.
 */
export function isShortWildcard(pattern: string, variables = false): boolean {
  const parts = splitArn(pattern, variables);
  return parts.length >= 2 && parts.length < ARN_PARTS && pattern.endsWith('*');
}

/** Compiled ARN pattern with a three-way outcome (see {@link MatchOutcome}). */
export interface CompiledArnPattern {
  readonly source: string;
  readonly dynamic: boolean;
  outcome(value: string, ctx: RequestContextView): MatchOutcome;
  /** True when a policy variable of the pattern cannot be resolved under `ctx`. */
  unresolved(ctx: RequestContextView): boolean;
}

/** Whether part `i` of `value` (`start`–`end`) matches: its glob tested in place, or its dynamic pattern. */
function partMatches(
  glob: Glob | undefined,
  part: CompiledPattern,
  value: string,
  ctx: RequestContextView,
  start: number,
  end: number,
): boolean {
  if (glob === undefined) return part.outcome(value, ctx, start, end) === MATCH;
  return glob.matchesAll || matchGlob(glob, value, start, end);
}

/**
 * One step over the parts before the last: a run of literal parts with their colons (`arn:aws:dynamodb:`, one
 * `startsWith`), or a part with a wildcard, cut at the next colon (`glob` absent for a lone `*`).
 */
type Step = { readonly text: string; readonly glob?: undefined } | { readonly text?: undefined; readonly glob?: Glob };

/** The steps of the parts before the last, or undefined when one of them has a policy variable. */
function stepsOf(globs: readonly (Glob | undefined)[]): Step[] | undefined {
  const steps: Step[] = [];
  let run = '';
  for (let i = 0; i < globs.length - 1; i++) {
    const g = globs[i];
    if (g === undefined) return undefined;
    if (g.literal !== undefined) run += g.literal + ':';
    else {
      if (run.length > 0) steps.push({ text: run });
      run = '';
      steps.push(g.matchesAll ? {} : { glob: g });
    }
  }
  if (run.length > 0) steps.push({ text: run });
  return steps;
}

/** Where the last part starts after walking `steps` from the start of `value`, or -1 when a step fails. */
function walk(steps: readonly Step[], value: string): number {
  let pos = 0;
  for (let i = 0; i < steps.length; i++) {
    const step = steps[i];
    const text = step.text;
    if (text !== undefined) {
      if (!value.startsWith(text, pos)) return -1;
      pos += text.length;
      continue;
    }
    const end = value.indexOf(':', pos);
    if (end < 0) return -1;
    const glob = step.glob;
    if (glob !== undefined && !matchGlob(glob, value, pos, end)) return -1;
    pos = end + 1;
  }
  return pos;
}

/**
 * Parts whose first ones have no policy variable (a wildcard region or account: `arn:aws:logs:*:1111…:…`):
 * literal runs are one `startsWith` each, wildcard parts are cut at the next colon, and the last part (the
 * resource, or the rest of a short pattern) is tested on the remaining range.
 */
function compileSteps(
  steps: readonly Step[],
  last: CompiledPattern,
  lastGlob: Glob | undefined,
  source: string,
): CompiledArnPattern {
  if (lastGlob !== undefined) {
    const never = (): boolean => false;
    return {
      source,
      dynamic: false,
      unresolved: never,
      outcome: (value) => {
        const pos = walk(steps, value);
        return pos >= 0 && matchGlob(lastGlob, value, pos) ? MATCH : NO_MATCH;
      },
    };
  }
  return {
    source,
    dynamic: true,
    unresolved: (ctx) => last.unresolved(ctx),
    outcome: (value, ctx) => {
      if (last.unresolved(ctx)) return UNRESOLVED;
      const pos = walk(steps, value);
      return pos >= 0 ? last.outcome(value, ctx, pos) : NO_MATCH;
    },
  };
}

/** Parts compiled case-sensitively (`compileArn`): a static part's glob is its whole test. */
function compileParts(parts: readonly CompiledPattern[], source: string): CompiledArnPattern {
  // Static parts are tested with their glob directly (a lone `*` region or account costs one check).
  const globs = parts.map((p) => p.glob);
  const steps = stepsOf(globs);
  if (steps !== undefined) return compileSteps(steps, parts[parts.length - 1], globs[parts.length - 1], source);
  const dynamicParts = parts.filter((p) => p.dynamic);
  const unresolved = (ctx: RequestContextView): boolean => dynamicParts.some((p) => p.unresolved(ctx));
  return {
    source,
    dynamic: dynamicParts.length > 0,
    unresolved,
    outcome: (value, ctx) => {
      if (dynamicParts.length > 0 && unresolved(ctx)) return UNRESOLVED;
      // A short pattern (see isShortWildcard): its last part takes the rest of the value, colons included.
      // Parts are cut at the value's colons as they are found (no array of positions is built); a value with
      // too few colons does not match.
      const n = parts.length;
      let start = 0;
      for (let i = 0; i < n; i++) {
        const end = i === n - 1 ? value.length : value.indexOf(':', start);
        if (end < 0 || !partMatches(globs[i], parts[i], value, ctx, start, end)) return NO_MATCH;
        start = end + 1;
      }
      return MATCH;
    },
  };
}

/**
 * Compiles an ARN pattern into a three-way matcher.
 * @param pattern ARN pattern as written (`*`, or six parts with `*` / `?` wildcards)
 * @param o `variables`: whether `${…}` is a policy variable; `resourceElement`: the pattern is in a Resource /
 *   NotResource element, where a short pattern ending in `*` matches across colons (see isShortWildcard)
 */
export function compileArn(pattern: string, o: { variables: boolean; resourceElement?: boolean }): CompiledArnPattern {
  const never = (): boolean => false;
  if (pattern === '*') return { source: pattern, dynamic: false, unresolved: never, outcome: () => MATCH };
  const texts = splitArn(pattern, o.variables);
  const opts = { ignoreCase: false, wildcards: true, variables: o.variables };
  // Fewer than six parts match only as a short wildcard in a Resource element (see isShortWildcard).
  if (texts.length !== ARN_PARTS && (o.resourceElement !== true || !isShortWildcard(pattern, o.variables)))
    return { source: pattern, dynamic: false, unresolved: never, outcome: () => NO_MATCH };
  // compileParts walks a literal head (`arn:aws:s3:::`, escapes such as `${*}` as their literal) with one
  // `startsWith` and tests the last part on the rest.
  return compileParts(
    texts.map((t) => compilePattern(t, opts)),
    pattern,
  );
}

/**
 * Compiles an ARN pattern into a boolean matcher (an unresolved policy variable never matches).
 * @param pattern ARN pattern as written
 * @param o `variables`: whether `${…}` is a policy variable
 */
export function compileArnPattern(pattern: string, o: { variables: boolean }): StringMatcher {
  const compiled = compileArn(pattern, o);
  return (value, ctx) => compiled.outcome(value, ctx) === MATCH;
}
