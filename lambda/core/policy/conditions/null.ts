/**
 * Null condition operator: `true` when the key must be absent from the request context, `false` when it
 * must be present. A key whose value list is empty counts as absent. Policy variables, `IfExists` and
 * other values are not supported (error). Multiple values are ORed like any other operator.
 */
import type { OperatorDef, ValueProblem } from './types';
import { NEVER } from './types';

/** The Null operator. Its matcher receives `'true'` (key absent) or `'false'` (key present). */
export const NULL_OPERATORS: readonly OperatorDef[] = [
  {
    name: 'Null',
    family: 'Null',
    negated: false,
    variables: false,
    compile: (values) => {
      const problems: ValueProblem[] = [];
      const wanted = new Set<string>();
      values.forEach((v, i) => {
        const t = v.trim().toLowerCase();
        if (t === 'true' || t === 'false') wanted.add(t);
        else
          problems.push({
            valueIndex: i,
            severity: 'error',
            message: `Null takes true or false, not ${JSON.stringify(v)}`,
          });
      });
      if (problems.length > 0) return { matcher: NEVER, problems };
      return { problems, matcher: { anyMatch: (absent) => wanted.has(absent) } };
    },
  },
];
