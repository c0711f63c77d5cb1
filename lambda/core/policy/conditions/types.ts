/**
 * Internal contract between the condition-operator families and the condition compiler: a family turns
 * the policy values of one condition entry into a {@link ValueMatcher} once, at compile time.
 */
import type { RequestContextView } from '../match';

/** A problem found in one policy value (`valueIndex`) or in the entry as a whole. */
export interface ValueProblem {
  readonly valueIndex?: number;
  readonly message: string;
  readonly severity: 'error' | 'warning';
}

/** Compiled policy values of one entry. */
export interface ValueMatcher {
  /** True when the context value matches at least one policy value (values of one key are ORed). */
  anyMatch(contextValue: string, ctx: RequestContextView): boolean;
  /**
   * True when a policy variable in the values cannot be resolved under `ctx`. AWS then treats the
   * comparison as failed and the condition does not match. Absent when the values have no variables.
   */
  unresolved?(ctx: RequestContextView): boolean;
}

/** Result of compiling the policy values of an entry. */
export interface CompiledValues {
  readonly matcher: ValueMatcher;
  readonly problems: readonly ValueProblem[];
}

/** One base condition operator (without `ForAllValues:` / `ForAnyValue:` / `IfExists`). */
export interface OperatorDef {
  /** Canonical spelling, e.g. `StringNotLike`. */
  readonly name: string;
  /** Operator family, for documentation and explanations. */
  readonly family: 'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IpAddress' | 'Arn' | 'Null';
  /** Negated operators (`StringNotEquals`, `NotIpAddress`, …) are true when the key is missing. */
  readonly negated: boolean;
  /** Whether `${…}` policy variables are substituted in the values (String, Arn, Bool). */
  readonly variables: boolean;
  /** Compiles the policy values; `variables` is false for policies without Version 2012-10-17. */
  compile(values: readonly string[], o: { readonly variables: boolean }): CompiledValues;
}

/** A matcher that never matches (used for entries with errors). */
export const NEVER: ValueMatcher = { anyMatch: () => false };
