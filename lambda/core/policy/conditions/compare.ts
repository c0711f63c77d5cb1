/**
 * Shared helper for the ordered families (Numeric, Date): parse policy values once, parse each context
 * value per test, compare with one of six relations.
 */
import type { CompiledValues, OperatorDef, ValueProblem } from './types';
import { NEVER } from './types';

/** The six relations of the Numeric and Date families. */
export type Relation = 'Equals' | 'NotEquals' | 'LessThan' | 'LessThanEquals' | 'GreaterThan' | 'GreaterThanEquals';

/** All relations, in documentation order. */
export const RELATIONS: readonly Relation[] = [
  'Equals',
  'NotEquals',
  'LessThan',
  'LessThanEquals',
  'GreaterThan',
  'GreaterThanEquals',
];

/** `context <relation> policy`. NotEquals is handled as the negation of Equals by the compiler. */
function holds(rel: Relation, context: number, policy: number): boolean {
  switch (rel) {
    case 'Equals':
    case 'NotEquals':
      return context === policy;
    case 'LessThan':
      return context < policy;
    case 'LessThanEquals':
      return context <= policy;
    case 'GreaterThan':
      return context > policy;
    case 'GreaterThanEquals':
      return context >= policy;
  }
}

/**
 * Defines the six operators of an ordered family.
 * @param family family name, also the operator prefix (`Numeric`, `Date`)
 * @param parse parses a value to a comparable number, undefined when invalid
 * @param what noun for problem messages, e.g. `a number`
 */
export function orderedFamily(
  family: 'Numeric' | 'Date',
  parse: (value: string) => number | undefined,
  what: string,
): OperatorDef[] {
  return RELATIONS.map((rel) => ({
    name: `${family}${rel}`,
    family,
    negated: rel === 'NotEquals',
    variables: false,
    compile: (values: readonly string[]): CompiledValues => {
      const problems: ValueProblem[] = [];
      const parsed: number[] = [];
      values.forEach((v, i) => {
        const n = parse(v);
        if (n === undefined)
          problems.push({ valueIndex: i, severity: 'error', message: `${JSON.stringify(v)} is not ${what}` });
        else parsed.push(n);
      });
      if (problems.length > 0) return { matcher: NEVER, problems };
      return {
        problems,
        matcher: {
          anyMatch: (v) => {
            const n = parse(v);
            return n !== undefined && parsed.some((p) => holds(rel, n, p));
          },
        },
      };
    },
  }));
}
