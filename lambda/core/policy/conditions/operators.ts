/**
 * Condition operator names: the registry of base operators (one module per family) and the parsing of
 * the qualifiers `ForAllValues:` / `ForAnyValue:` (prefix) and `IfExists` (suffix).
 */
import { ARN_OPERATORS } from './arn';
import { BINARY_OPERATORS } from './binary';
import { BOOL_OPERATORS } from './bool';
import { DATE_OPERATORS } from './date';
import { IP_OPERATORS } from './ip';
import { NULL_OPERATORS } from './null';
import { NUMERIC_OPERATORS } from './numeric';
import { STRING_OPERATORS } from './string';
import type { OperatorDef } from './types';

/** Every base operator, in documentation order. */
export const ALL_OPERATORS: readonly OperatorDef[] = [
  ...STRING_OPERATORS,
  ...NUMERIC_OPERATORS,
  ...DATE_OPERATORS,
  ...BOOL_OPERATORS,
  ...BINARY_OPERATORS,
  ...IP_OPERATORS,
  ...ARN_OPERATORS,
  ...NULL_OPERATORS,
];

const BY_LOWER_NAME = new Map(ALL_OPERATORS.map((d) => [d.name.toLowerCase(), d]));

/** Set qualifier of a condition operator. */
export type SetQualifier = 'ForAllValues' | 'ForAnyValue';

/** An operator name split into its parts. */
export interface ParsedOperator {
  readonly base: OperatorDef;
  readonly set?: SetQualifier;
  readonly ifExists: boolean;
  /** Canonical spelling of the whole operator, e.g. `ForAnyValue:StringLikeIfExists`. */
  readonly canonical: string;
}

const SET_PREFIXES: readonly SetQualifier[] = ['ForAllValues', 'ForAnyValue'];

/**
 * Parses an operator name. Matching is case-insensitive here (the caller warns when the spelling differs
 * from {@link ParsedOperator.canonical}); undefined when the name is unknown. `NullIfExists` is unknown.
 * @param operator operator as written, e.g. `ForAllValues:StringLikeIfExists`
 */
export function parseOperator(operator: string): ParsedOperator | undefined {
  let rest = operator.trim();
  let set: SetQualifier | undefined;
  const colon = rest.indexOf(':');
  if (colon >= 0) {
    const prefix = rest.slice(0, colon).toLowerCase();
    set = SET_PREFIXES.find((p) => p.toLowerCase() === prefix);
    if (set === undefined) return undefined;
    rest = rest.slice(colon + 1);
  }
  let base = BY_LOWER_NAME.get(rest.toLowerCase());
  let ifExists = false;
  if (base === undefined && rest.toLowerCase().endsWith('ifexists')) {
    base = BY_LOWER_NAME.get(rest.slice(0, -'ifexists'.length).toLowerCase());
    ifExists = true;
    if (base?.family === 'Null') return undefined;
  }
  if (base === undefined) return undefined;
  const canonical = `${set ? `${set}:` : ''}${base.name}${ifExists ? 'IfExists' : ''}`;
  return set === undefined ? { base, ifExists, canonical } : { base, set, ifExists, canonical };
}

/**
 * True when `operator` is a condition operator IAM knows (any case, any valid qualifier).
 * @param operator operator as written
 */
export function isKnownOperator(operator: string): boolean {
  return parseOperator(operator) !== undefined;
}
