/**
 * fast-check arbitraries shared by the policy engine's property tests (properties.test.ts,
 * lazy-decision.test.ts): random statements built from a test's own vocabulary of actions, resources,
 * conditions and principals.
 */
import fc from 'fast-check';
import type { Stmt } from './factory';

/** What a random statement is drawn from. */
export interface StatementVocabulary {
  /** Effects to draw from (repeat one to weight it). */
  readonly effects: readonly ('Allow' | 'Deny')[];
  /** Action / NotAction lists. */
  readonly actions: fc.Arbitrary<unknown>;
  /** Resource / NotResource lists. */
  readonly resources: fc.Arbitrary<unknown>;
  /** A Condition block, or undefined for none. */
  readonly condition: fc.Arbitrary<unknown>;
  /** Principal values (used when the statement takes a Principal). */
  readonly principals: readonly unknown[];
}

/**
 * A random statement: Action or NotAction, Resource or NotResource, an optional condition and, when
 * `withPrincipal`, a Principal.
 */
export function statementArbitrary(v: StatementVocabulary, withPrincipal: boolean): fc.Arbitrary<Stmt> {
  return fc
    .record({
      Effect: fc.constantFrom(...v.effects),
      notAction: fc.boolean(),
      actions: v.actions,
      notResource: fc.boolean(),
      resources: v.resources,
      Condition: v.condition,
      Principal: fc.constantFrom(...v.principals),
    })
    .map((r) => ({
      Effect: r.Effect,
      [r.notAction ? 'NotAction' : 'Action']: r.actions,
      [r.notResource ? 'NotResource' : 'Resource']: r.resources,
      ...(r.Condition ? { Condition: r.Condition } : {}),
      ...(withPrincipal ? { Principal: r.Principal } : {}),
    }));
}

/** Lists of up to `max` random statements of `v` (with a Principal when `withPrincipal`). */
export function statementLists(v: StatementVocabulary): (withPrincipal: boolean, max?: number) => fc.Arbitrary<Stmt[]> {
  return (withPrincipal, max = 4) => fc.array(statementArbitrary(v, withPrincipal), { maxLength: max });
}
