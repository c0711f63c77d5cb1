/**
 * Condition operators, compiled once per condition entry. Semantics (IAM User Guide, "Condition
 * operators", "Creating a condition with multiple keys or values", "single-valued vs multivalued keys"):
 *
 * - Condition keys are case-insensitive; the values of one key are ORed; keys and operators are ANDed by
 *   the caller (one {@link CompiledCondition} per entry).
 * - Key missing: positive operators are false, negated operators (`StringNotEquals`, `NotIpAddress`, …)
 *   are true, `…IfExists` is true.
 * - Without a set qualifier a multivalued context key matches when any of its values matches; a negated
 *   operator is true when none does.
 * - `ForAllValues:` is true when every context value matches (negated: matches no policy value); true on
 *   a missing key or an empty set (no values, or a single empty string).
 * - `ForAnyValue:` is true when at least one context value matches (negated: matches no policy value);
 *   false on a missing key or an empty set, unless `IfExists`.
 * - A policy variable that cannot be resolved makes the comparison fail: the condition is false.
 * - Values with errors (not a number, bad CIDR, …) make the condition never match.
 */
import type { ConditionEntry, ParseProblem } from '../model';
import { contextKeyRef, type OneOrMore, type RequestContextView } from '../match';
import { parseOperator } from './operators';
import type { ParsedOperator } from './operators';
import type { ValueMatcher, ValueProblem } from './types';

export { ALL_OPERATORS, isKnownOperator, parseOperator } from './operators';
export type { ParsedOperator, SetQualifier } from './operators';
export type { OperatorDef, ValueMatcher } from './types';

/** One condition entry (`Operator: { Key: values }`) compiled for repeated evaluation. */
export interface CompiledCondition {
  /** The entry as parsed. */
  readonly entry: ConditionEntry;
  /** True when the request context satisfies the entry. */
  test(ctx: RequestContextView): boolean;
}

const NEVER_TRUE = (): boolean => false;

/** No value at all (a single string, even the empty one, is one value). */
function isMissing(values: OneOrMore | undefined): boolean {
  return values === undefined || (typeof values !== 'string' && values.length === 0);
}

/** Empty for the set operators: no key, no values, or the single empty string. */
function isEmptySet(values: OneOrMore | undefined): boolean {
  if (typeof values === 'string') return values === '';
  return values === undefined || values.length === 0 || (values.length === 1 && values[0] === '');
}

type Test = (ctx: RequestContextView) => boolean;

/**
 * `ForAllValues:` / `ForAnyValue:` over the key's values. `ctx.value` answers a single value as the string
 * itself, so the common single-valued key is tested without any array.
 */
function setTest(op: ParsedOperator, key: string, m: ValueMatcher, all: boolean): Test {
  const { negated } = op.base;
  const unresolved = m.unresolved;
  const one = (v: string, ctx: RequestContextView): boolean => (negated ? !m.anyMatch(v, ctx) : m.anyMatch(v, ctx));
  const ref = contextKeyRef(key);
  return (ctx) => {
    const values = ctx.value(key, ref);
    if (isEmptySet(values)) return all || op.ifExists;
    if (unresolved?.(ctx)) return false;
    if (typeof values === 'string') return one(values, ctx);
    const list = values as readonly string[];
    for (let i = 0; i < list.length; i++) if (one(list[i], ctx) !== all) return !all;
    return all;
  };
}

/** Builds the test function of a valid entry. */
function buildTest(op: ParsedOperator, key: string, m: ValueMatcher): Test {
  const { negated } = op.base;
  const unresolved = m.unresolved;
  const ref = contextKeyRef(key);
  if (op.base.family === 'Null') {
    return (ctx) => {
      const values = ctx.value(key, ref);
      return m.anyMatch(isMissing(values) ? 'true' : 'false', ctx);
    };
  }
  if (op.set === 'ForAllValues') return setTest(op, key, m, true);
  if (op.set === 'ForAnyValue') return setTest(op, key, m, false);
  return (ctx) => {
    const values = ctx.value(key, ref);
    if (values === undefined || isMissing(values)) return op.ifExists || negated;
    if (unresolved?.(ctx)) return false;
    if (typeof values === 'string') return m.anyMatch(values, ctx) ? !negated : negated;
    for (let i = 0; i < values.length; i++) if (m.anyMatch(values[i], ctx)) return !negated;
    return negated;
  };
}

function toProblem(path: string, p: ValueProblem): ParseProblem {
  return {
    path: p.valueIndex === undefined ? path : `${path}[${p.valueIndex}]`,
    message: p.message,
    severity: p.severity,
  };
}

/** Problems about the operator itself (spelling, qualifiers that do not fit). */
function operatorProblems(entry: ConditionEntry, op: ParsedOperator, path: string): ParseProblem[] {
  const out: ParseProblem[] = [];
  if (op.canonical !== entry.operator.trim()) {
    out.push({ path, severity: 'warning', message: `operator ${entry.operator} should be spelled ${op.canonical}` });
  }
  if (op.set !== undefined && op.base.family === 'Null') {
    out.push({ path, severity: 'warning', message: `${op.set}: has no effect on Null; it is evaluated as plain Null` });
  }
  if (entry.values.length === 0) {
    out.push({ path, severity: 'warning', message: `condition key ${entry.key} has no values: it never matches` });
  }
  return out;
}

/**
 * Compiles one condition entry. Never throws: unknown operators and invalid values come back as
 * `error` problems with a condition that never matches.
 * @param entry operator, key and values as parsed
 * @param o `variables`: whether the policy supports policy variables (Version 2012-10-17)
 * @param path JSON path of the entry, used in problems (value problems get `[index]` appended)
 */
export function compileCondition(
  entry: ConditionEntry,
  o: { variables: boolean },
  path: string,
): { condition: CompiledCondition; problems: ParseProblem[] } {
  const op = parseOperator(entry.operator);
  if (op === undefined) {
    const message = `unknown condition operator ${entry.operator}`;
    return { condition: { entry, test: NEVER_TRUE }, problems: [{ path, message, severity: 'error' }] };
  }
  const compiled = op.base.compile(entry.values, { variables: o.variables && op.base.variables });
  const problems = [...operatorProblems(entry, op, path), ...compiled.problems.map((p) => toProblem(path, p))];
  if (compiled.problems.some((p) => p.severity === 'error'))
    return { condition: { entry, test: NEVER_TRUE }, problems };
  const test = buildTest(op, entry.key.toLowerCase(), compiled.matcher);
  return { condition: { entry, test }, problems };
}
