/**
 * IAM policy variables: `${aws:username}`, `${aws:PrincipalTag/team}`, `${s3:prefix}`, defaults
 * `${aws:username, 'guest'}`, and the special `${*}`, `${?}`, `${$}` (a literal `*`, `?`, `$`).
 *
 * Rules (IAM User Guide, "IAM policy elements: Variables and tags"): variables exist only in policies with
 * `Version: 2012-10-17`; key names are case-insensitive; a substituted value is literal text (a `*` in a
 * user name is not a wildcard); only single-valued keys can be variables; a key with no value and no default
 * cannot be resolved and "any attempt to match it fails". A default is written in single quotes after a
 * comma; `''` inside it stands for one quote. Substitution happens once (a default is never re-expanded).
 */
import type { GlobToken } from './wildcard';
import { tokenizeWildcards } from './wildcard';

/** A reference to a context key, resolved at evaluation time. */
export interface VariableToken {
  readonly kind: 'var';
  /** Context key, lower-cased. */
  readonly key: string;
  /** The text as written, e.g. `${aws:username}`, for explanations. */
  readonly source: string;
  /** Default value when the key is missing or multivalued. */
  readonly fallback?: string;
}

/** A pattern token: literal text, `*`, `?` or a variable. */
export type PatternToken = GlobToken | VariableToken;

const VARIABLE_RE = /\$\{[^}]*\}/;

/**
 * True when `text` contains something of the form `${…}` (a policy variable or special character).
 * @param text a Resource entry or condition value
 */
export function hasPolicyVariables(text: string): boolean {
  return VARIABLE_RE.test(text);
}

/** Parses `key` or `key, 'default'` (inside `${ }`). Undefined when the body is not a valid variable. */
function parseBody(body: string, source: string): VariableToken | GlobToken | undefined {
  const trimmed = body.trim();
  if (trimmed === '*' || trimmed === '?' || trimmed === '$') return { kind: 'lit', text: trimmed };
  const comma = trimmed.indexOf(',');
  if (comma < 0) return trimmed.length > 0 ? { kind: 'var', key: trimmed.toLowerCase(), source } : undefined;
  const key = trimmed.slice(0, comma).trim();
  const rest = trimmed.slice(comma + 1).trim();
  if (key.length === 0 || rest.length < 2 || !rest.startsWith("'") || !rest.endsWith("'")) return undefined;
  const fallback = rest.slice(1, -1).replace(/''/g, "'");
  return { kind: 'var', key: key.toLowerCase(), source, fallback };
}

/**
 * Finds the `}` closing a variable opened at `open` (`${`), skipping braces inside a quoted default.
 * @param text the pattern
 * @param open index of the `$` of `${`
 * @returns the index of the closing `}`, or -1 (then `${` is literal text)
 */
export function findClose(text: string, open: number): number {
  let quoted = false;
  for (let i = open + 2; i < text.length; i++) {
    const c = text[i];
    if (c === "'") quoted = !quoted;
    else if (c === '}' && !quoted) return i;
  }
  return -1;
}

/**
 * Splits a pattern into tokens. With `variables`, `${…}` becomes a variable (or a literal for `${*}`,
 * `${?}`, `${$}`); malformed `${` stays literal text. With `wildcards`, `*` / `?` become wildcard tokens.
 * @param pattern the text as written in the policy
 * @param o which features apply
 */
export function tokenizePattern(pattern: string, o: { wildcards: boolean; variables: boolean }): PatternToken[] {
  const plain = (text: string): PatternToken[] => (o.wildcards ? tokenizeWildcards(text) : [{ kind: 'lit', text }]);
  if (!o.variables || !pattern.includes('${')) return text(pattern, plain);
  const tokens: PatternToken[] = [];
  let pos = 0;
  while (pos < pattern.length) {
    const open = pattern.indexOf('${', pos);
    const close = open < 0 ? -1 : findClose(pattern, open);
    if (open < 0 || close < 0) {
      tokens.push(...plain(pattern.slice(pos)));
      break;
    }
    const parsed = parseBody(pattern.slice(open + 2, close), pattern.slice(open, close + 1));
    if (parsed === undefined) {
      tokens.push(...plain(pattern.slice(pos, open + 2)));
      pos = open + 2;
      continue;
    }
    if (open > pos) tokens.push(...plain(pattern.slice(pos, open)));
    tokens.push(parsed);
    pos = close + 1;
  }
  return tokens;
}

function text(pattern: string, plain: (t: string) => PatternToken[]): PatternToken[] {
  return pattern.length === 0 ? [] : plain(pattern);
}
