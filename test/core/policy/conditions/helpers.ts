import type { ContextValue } from '../../../../lambda/core/policy/model';
import { compileCondition } from '../../../../lambda/core/policy/conditions';
import { contextFromRecord } from '../../../../lambda/core/policy/match';

/** Compiles `{ operator: { key: values } }` and tests it against `context`. */
export function evaluate(
  operator: string,
  key: string,
  values: string | readonly string[],
  context: Readonly<Record<string, ContextValue>>,
  variables = true,
): boolean {
  const entry = { operator, key, values: typeof values === 'string' ? [values] : values };
  const { condition } = compileCondition(entry, { variables }, 'Statement[0].Condition');
  return condition.test(contextFromRecord(context));
}

/** Problems reported when compiling `{ operator: { key: values } }`. */
export function problemsOf(operator: string, values: string | readonly string[], variables = true) {
  const entry = { operator, key: 'k', values: typeof values === 'string' ? [values] : values };
  return compileCondition(entry, { variables }, 'Statement[0].Condition').problems;
}
