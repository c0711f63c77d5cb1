/**
 * Bool condition operator. Policy values are `true` or `false` (any case); the context value is compared
 * the same way. Policy variables are allowed (the IAM guide lists Bool among the operators that accept
 * them); a value that is neither `true`, `false` nor a variable is an error and never matches.
 */
import type { CompiledPattern } from '../match';
import { compilePattern, hasPolicyVariables } from '../match';
import { patternValues } from './string';
import type { OperatorDef, ValueProblem } from './types';
import { NEVER } from './types';

const BOOLEAN_RE = /^(true|false)$/i;

/** The Bool operator. */
export const BOOL_OPERATORS: readonly OperatorDef[] = [
  {
    name: 'Bool',
    family: 'Bool',
    negated: false,
    variables: true,
    compile: (values, o) => {
      const problems: ValueProblem[] = [];
      const patterns: CompiledPattern[] = [];
      values.forEach((v, i) => {
        const isVariable = o.variables && hasPolicyVariables(v);
        if (!isVariable && !BOOLEAN_RE.test(v.trim())) {
          problems.push({ valueIndex: i, severity: 'error', message: `${JSON.stringify(v)} is not true or false` });
        } else {
          patterns.push(compilePattern(v.trim(), { ignoreCase: true, wildcards: false, variables: o.variables }));
        }
      });
      if (problems.length > 0) return { matcher: NEVER, problems };
      const compiled = patternValues(patterns);
      return {
        problems,
        matcher: { ...compiled.matcher, anyMatch: (v, ctx) => compiled.matcher.anyMatch(v.trim(), ctx) },
      };
    },
  },
];
