/**
 * String and Bool condition tests (the literal / glob fast paths of `anyMatchOf`, the lower-cased value of the
 * IgnoreCase operators and Bool, the per-pattern fallback for values with policy variables) against a
 * reference written here from the IAM User Guide, on generated operators, policy values and request contexts.
 *
 * Reference rules (IAM User Guide): "IAM JSON policy elements: Condition operators" (String operators: exact,
 * case-insensitive and `*` / `?` matching; Bool compares `true` / `false`; a negated operator is true when the
 * key is missing; `…IfExists` is true when the key is missing); "IAM JSON policy elements: Condition" (key
 * names are case-insensitive); "Creating a condition with multiple keys or values" (the values of one key are
 * ORed; a negated operator is true when the context value matches none); "Single-valued vs. multivalued
 * context keys" (`ForAllValues` is true when every request value matches, and also when the key is missing
 * or its value is empty; `ForAnyValue` when at least one does, false when missing); "IAM policy elements:
 * Variables and tags" (`${key}` substituted as literal text, `${key, 'default'}`, `${*}` `${?}` `${$}`; a key
 * without a single value and without a default cannot be resolved and the comparison fails: the engine, and
 * this reference, read that as "the condition is false", whatever the other policy values say).
 */
import fc from 'fast-check';
import { compileCondition } from '../../../../lambda/core/policy/conditions';
import { requestContext } from '../../../../lambda/core/policy/context';
import type { ContextValue } from '../../../../lambda/core/policy/model';
import { service } from '../../../support/factory';

type Ctx = Readonly<Record<string, ContextValue>>;
type Base =
  | 'StringEquals'
  | 'StringNotEquals'
  | 'StringEqualsIgnoreCase'
  | 'StringNotEqualsIgnoreCase'
  | 'StringLike'
  | 'StringNotLike'
  | 'Bool';
type SetQ = '' | 'ForAllValues:' | 'ForAnyValue:';
interface Case {
  base: Base;
  set: SetQ;
  ifExists: boolean;
  variables: boolean;
  values: string[];
  ctx: Ctx;
}

const BASES: readonly Base[] = [
  'StringEquals',
  'StringNotEquals',
  'StringEqualsIgnoreCase',
  'StringNotEqualsIgnoreCase',
  'StringLike',
  'StringNotLike',
  'Bool',
];
const KEY = 'test:Key';

// ---------------------------------------------------------------- reference

/** All values of a context key, names compared case-insensitively (a string is one value). */
function lookup(ctx: Ctx, key: string): string[] | undefined {
  const hit = Object.keys(ctx).find((k) => k.toLowerCase() === key.toLowerCase());
  if (hit === undefined) return undefined;
  const v = ctx[hit];
  return typeof v === 'string' ? [v] : [...v];
}

/** A variable body's value, or undefined when it cannot be resolved. */
function resolve(body: string, ctx: Ctx): string | undefined {
  const b = body.trim();
  if (b === '*' || b === '?' || b === '$') return b;
  const m = /^([^,]+?)\s*,\s*'(.*)'$/.exec(b);
  const values = lookup(ctx, m ? m[1] : b);
  return values !== undefined && values.length === 1 ? values[0] : m ? m[2].replace(/''/g, "'") : undefined;
}

const escape = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&');

/**
 * The policy value as an anchored RegExp source (wildcards only for the Like operators, variable values as
 * literal text), or undefined when a variable cannot be resolved.
 */
function regexSource(value: string, wildcards: boolean, variables: boolean, ctx: Ctx): string | undefined {
  let source = '';
  for (let i = 0; i < value.length; i++) {
    const close = value.indexOf('}', i);
    if (variables && value.startsWith('${', i) && close > i + 2) {
      const v = resolve(value.slice(i + 2, close), ctx);
      if (v === undefined) return undefined;
      source += escape(v);
      i = close;
    } else if (wildcards && value[i] === '*') source += '[^]*';
    else if (wildcards && value[i] === '?') source += '[^]';
    else source += escape(value[i]);
  }
  return source;
}

const negatedBase = (b: Base): boolean => b.includes('Not');

/** Per-value matcher of the operator, or 'unresolved' / 'invalid' (invalid Bool value: never true). */
function valueMatcher(c: Case, ctx: Ctx): ((v: string) => boolean) | 'unresolved' | 'invalid' {
  const isBool = c.base === 'Bool';
  const policy = isBool ? c.values.map((v) => v.trim()) : c.values;
  if (isBool && policy.some((v) => !/^(true|false)$/i.test(v) && !(c.variables && /\$\{[^}]+\}/.test(v))))
    return 'invalid';
  const ignoreCase = isBool || c.base.includes('IgnoreCase');
  const sources = policy.map((v) => regexSource(v, c.base.includes('Like'), c.variables, ctx));
  if (sources.some((s) => s === undefined)) return 'unresolved';
  const res = sources.map((s) => new RegExp(`^${s}$`, ignoreCase ? 'i' : ''));
  return (v) => res.some((r) => r.test(isBool ? v.trim() : v));
}

/** Reference decision of the condition `{ [set + base + IfExists]: { test:Key: values } }` under `ctx`. */
function reference(c: Case): boolean {
  const m = valueMatcher(c, c.ctx);
  if (m === 'invalid') return false;
  const values = lookup(c.ctx, KEY);
  const negated = negatedBase(c.base);
  const one = (v: string): boolean => (m !== 'unresolved' && m(v)) !== negated;
  if (c.set === '') {
    if (values === undefined || values.length === 0) return c.ifExists || negated;
    if (m === 'unresolved') return false;
    return negated ? values.every(one) : values.some(one);
  }
  const empty = values === undefined || values.length === 0 || (values.length === 1 && values[0] === '');
  if (empty) return c.set === 'ForAllValues:' || c.ifExists;
  if (m === 'unresolved') return false;
  return c.set === 'ForAllValues:' ? values.every(one) : values.some(one);
}

// ---------------------------------------------------------------- engine

function engine(c: Case): boolean {
  const operator = `${c.set}${c.base}${c.ifExists ? 'IfExists' : ''}`;
  const { condition } = compileCondition({ operator, key: KEY, values: c.values }, { variables: c.variables }, 'C');
  return condition.test(requestContext({ principal: service('x'), action: 'a:b', resource: '*', context: c.ctx }));
}

// ---------------------------------------------------------------- generators

const VARIABLES = [
  '${aws:username}',
  '${AWS:USERNAME}',
  '${aws:PrincipalTag/team}',
  '${aws:userid}',
  "${aws:userid, 'Ab'}",
  "${aws:userid, 'true'}",
  '${*}',
  '${?}',
  '${$}',
];
const CHARS = ['a', 'A', 'b', ' ', '*', '?', '-'];
const atom = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...CHARS) },
  { weight: 1, arbitrary: fc.constantFrom(...VARIABLES) },
);
const BOOLS = ['true', 'false', 'TRUE', 'False', ' true', 'false ', 'yes', '${aws:username}', "${aws:userid, 'false'}"];
/** A policy value: free atoms, or a Bool-looking value (valid and invalid). */
const policyValue = fc.oneof(
  { weight: 3, arbitrary: fc.array(atom, { maxLength: 4 }).map((a) => a.join('')) },
  { weight: 1, arbitrary: fc.constantFrom(...BOOLS) },
);

/** A context value derived from a policy value: wildcards filled, variables substituted, case / spaces changed. */
function derive(value: string, ctx: Ctx, how: number): string {
  let v = value.replace(/\$\{([^}]*)\}/g, (all, body: string) => (how % 5 === 0 ? all : (resolve(body, ctx) ?? all)));
  if (how % 3 === 0) v = v.replace(/\*/g, ['', 'x', 'ab'][(how >> 2) % 3]).replace(/\?/g, 'q');
  if (how % 4 === 1) v = v.toUpperCase();
  if (how % 7 === 2) v = ` ${v} `;
  return v;
}

const USER = fc.constantFrom<ContextValue>('a', 'A', 'true', 'FALSE', 'a*', ' true', ['b'], ['a', 'b'], []);
const TEAM = fc.constantFrom<ContextValue>('b', 'B', ['A'], ['a', 'b']);
const SPELLINGS = ['test:Key', 'TEST:KEY', 'test:key'];

/** Cases whose policy values come from `values`. */
const casesOf = (value: fc.Arbitrary<string>): fc.Arbitrary<Case> =>
  fc
    .record({
      base: fc.constantFrom(...BASES),
      set: fc.constantFrom<SetQ>('', '', 'ForAllValues:', 'ForAnyValue:'),
      ifExists: fc.boolean(),
      variables: fc.boolean(),
      values: fc.array(value, { minLength: 1, maxLength: 3 }),
      user: fc.option(USER, { nil: undefined }),
      team: fc.option(TEAM, { nil: undefined }),
      shape: fc.constantFrom(
        'missing',
        'one',
        'list',
        'empty-list',
        'empty-string',
        'list-with-empty',
        'list-of-empty',
      ),
      derived: fc.array(fc.tuple(fc.nat(2), fc.nat(100), fc.constantFrom('', 'x', 'A')), {
        minLength: 1,
        maxLength: 3,
      }),
      spelling: fc.constantFrom(...SPELLINGS),
    })
    .map((r) => {
      const vars: Ctx = {
        ...(r.user !== undefined ? { 'aws:username': r.user } : {}),
        ...(r.team !== undefined ? { 'aws:principaltag/TEAM': r.team } : {}),
      };
      const made = r.derived.map(([i, how, extra]) => derive(r.values[i % r.values.length], vars, how) + extra);
      const shapes: Record<string, ContextValue | undefined> = {
        missing: undefined,
        one: made[0],
        list: made,
        'empty-list': [],
        'empty-string': '',
        'list-with-empty': ['', ...made],
        'list-of-empty': [''],
      };
      const v = shapes[r.shape];
      const ctx: Ctx = v === undefined ? vars : { ...vars, [r.spelling]: v };
      return { base: r.base, set: r.set, ifExists: r.ifExists, variables: r.variables, values: r.values, ctx };
    });
const caseArb = casesOf(policyValue);
/** Bool cases: mostly valid Bool policy values (free text is mostly invalid for Bool). */
const boolCaseArb = casesOf(fc.constantFrom(...BOOLS));

// ---------------------------------------------------------------- tests

describe('string and Bool conditions: reference examples', () => {
  const c = (base: Base, values: string[], ctx: Ctx, more: Partial<Case> = {}): Case => ({
    base,
    set: '',
    ifExists: false,
    variables: true,
    values,
    ctx,
    ...more,
  });
  it.each<[string, Case, boolean]>([
    ['exact match', c('StringEquals', ['a'], { [KEY]: 'a' }), true],
    ['case differs', c('StringEquals', ['a'], { [KEY]: 'A' }), false],
    ['ignore case', c('StringEqualsIgnoreCase', ['a'], { 'TEST:KEY': 'A' }), true],
    ['negated, missing key', c('StringNotEquals', ['a'], {}), true],
    ['negated, one of two values matches', c('StringNotEquals', ['a'], { [KEY]: ['a', 'b'] }), false],
    ['like with ?', c('StringLike', ['a?'], { [KEY]: 'ab' }), true],
    ['equals: * is literal', c('StringEquals', ['a*'], { [KEY]: 'ab' }), false],
    ['variable is literal text', c('StringLike', ['${aws:username}'], { [KEY]: 'ab', 'aws:username': 'a*' }), false],
    ['unresolved variable, negated', c('StringNotEquals', ['${aws:userid}'], { [KEY]: 'x' }), false],
    ['default value', c('StringEquals', ["${aws:userid, 'Ab'}"], { [KEY]: 'Ab' }), true],
    ['Bool trims and ignores case', c('Bool', ['true'], { [KEY]: ' TRUE ' }), true],
    ['Bool invalid value', c('Bool', ['yes'], { [KEY]: 'yes' }), false],
    ['ForAllValues, empty set', c('StringEquals', ['a'], { [KEY]: [''] }, { set: 'ForAllValues:' }), true],
    ['ForAnyValue, missing', c('StringEquals', ['a'], {}, { set: 'ForAnyValue:' }), false],
    ['ForAnyValue IfExists, missing', c('StringEquals', ['a'], {}, { set: 'ForAnyValue:', ifExists: true }), true],
    ['ForAllValues negated', c('StringNotLike', ['a*'], { [KEY]: ['b', 'ab'] }, { set: 'ForAllValues:' }), false],
  ])('%s', (_name, input, expected) => {
    expect(reference(input)).toBe(expected);
    expect(engine(input)).toBe(expected);
  });
});

describe('string and Bool conditions agree with the reference', () => {
  it('on generated operators (with qualifiers), policy values and contexts', () => {
    const seen = { true: 0, false: 0 };
    fc.assert(
      fc.property(caseArb, (c) => {
        const expected = reference(c);
        seen[`${expected}`]++;
        expect({ ...c, got: engine(c) }).toEqual({ ...c, got: expected });
      }),
      { numRuns: 6000 },
    );
    // Both answers must be common, or the property says little.
    expect(Math.min(seen.true, seen.false)).toBeGreaterThan(1000);
  });

  it.each(BASES)('%s: on every qualifier, context values that match and that do not', (base) => {
    const compared = { match: 0, noMatch: 0 };
    fc.assert(
      fc.property(base === 'Bool' ? boolCaseArb : caseArb, (c) => {
        const input = { ...c, base };
        expect({ ...input, got: engine(input) }).toEqual({ ...input, got: reference(input) });
        const m = valueMatcher(input, input.ctx);
        if (typeof m !== 'function') return;
        for (const v of lookup(input.ctx, KEY) ?? []) compared[m(v) ? 'match' : 'noMatch']++;
      }),
      { numRuns: 1000 },
    );
    // The generator must produce context values that match the policy values, not only ones that miss.
    expect(Math.min(compared.match, compared.noMatch)).toBeGreaterThan(75);
  });
});
