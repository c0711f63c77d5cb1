/** Table runner shared by the evaluation-logic tests. */
import { evaluate } from '../../../lambda/core/policy';
import type { ContextValue, DecisionKind, PolicyType, RequestPrincipal } from '../../../lambda/core/policy';
import { buildSet, session, type SetSpec } from '../../support/factory';

/** One evaluation case: a policy set, a request (defaults: session of role `app` reading an S3 object). */
export interface EvalCase {
  name: string;
  set: SetSpec;
  action?: string;
  resource?: string;
  resourceAccount?: string;
  principal?: RequestPrincipal;
  context?: Record<string, ContextValue>;
  expect: DecisionKind;
  /** Expected `decidingType`. */
  type?: PolicyType;
  /** Expected `crossAccount`. */
  cross?: boolean;
}

export const OBJ = 'arn:aws:s3:::bucket/key';
export const GET = 's3:GetObject';

/** Runs a table of cases and checks decision, deciding type, cross-account flag and deciding statements. */
export function runEvalCases(title: string, cases: readonly EvalCase[]): void {
  describe(title, () => {
    it.each(cases)('$name → $expect', (c) => {
      const d = evaluate(
        {
          principal: c.principal ?? session(),
          action: c.action ?? GET,
          resource: c.resource ?? OBJ,
          ...(c.resourceAccount ? { resourceAccount: c.resourceAccount } : {}),
          ...(c.context ? { context: c.context } : {}),
        },
        buildSet(c.set),
      );
      expect(d.decision).toBe(c.expect);
      if (c.type) expect(d.decidingType).toBe(c.type);
      if (c.cross !== undefined) expect(d.crossAccount).toBe(c.cross);
      if (c.expect === 'ExplicitlyDenied') expect(d.deciding.every((r) => r.effect === 'Deny')).toBe(true);
      if (c.expect === 'Allowed') expect(d.deciding.length > 0 || c.principal?.kind === 'root').toBe(true);
      if (c.expect === 'ImplicitlyDenied') expect(d.deciding).toEqual([]);
    });
  });
}
