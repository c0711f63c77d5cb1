/**
 * Numeric condition operators: NumericEquals, NumericNotEquals, NumericLessThan, NumericLessThanEquals,
 * NumericGreaterThan, NumericGreaterThanEquals. Values are integers or decimals (no policy variables,
 * no wildcards); a value that is not a number is an error and the condition never matches.
 */
import { orderedFamily } from './compare';
import type { OperatorDef } from './types';

const NUMBER_RE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * Parses an integer or decimal (`10`, `-2.5`, `.5`); undefined for anything else (hex, exponent, empty).
 * @param value text of a policy or context value
 */
export function parseNumber(value: string): number | undefined {
  const t = value.trim();
  return NUMBER_RE.test(t) ? Number(t) : undefined;
}

/** The six numeric operators. */
export const NUMERIC_OPERATORS: readonly OperatorDef[] = orderedFamily('Numeric', parseNumber, 'a number');
