/**
 * Generative property (fast-check): a function with any subset of features, each given exactly the
 * permissions AWS documents, stored in any layout (one inline policy, one statement per action, a
 * customer managed policy; actions in any case) yields no finding from any default check, except the
 * low trust-guard finding when the trust policy has no aws:SourceAccount guard.
 */
import fc from 'fast-check';
import { CHECKS } from '../../../../lambda/core/checks/registry';
import { runChecks } from '../../../../lambda/core/checks/runner';
import { buildHealthy } from './build';
import { FEATURES } from './features';
import { NOW } from '../../../support/factory';

const arbitraryFunction = fc.record({
  features: fc.subarray([...FEATURES]),
  guardedTrust: fc.boolean(),
  layout: fc.constantFrom('inline' as const, 'per-action' as const, 'managed' as const),
  lowerCase: fc.boolean(),
  name: fc.stringMatching(/^[a-z][a-z0-9-]{2,30}[a-z0-9]$/),
});

describe('property: healthy-by-construction functions', () => {
  it('produce no finding', () => {
    fc.assert(
      fc.property(arbitraryFunction, (opts) => {
        const report = runChecks(CHECKS, { snapshot: buildHealthy(opts), now: NOW });
        expect(report.runs.filter((r) => r.status === 'error')).toEqual([]);
        // The trust-guard check is opt-in (OPTIONAL_CHECKS): by default no finding at all.
        expect(report.findings.map((f) => `${f.checkId}: ${f.title}`)).toEqual([]);
      }),
      { numRuns: 100, seed: 20260115 },
    );
  });

  it('every feature is exercised by the generator (the property is not vacuous)', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(arbitraryFunction, (opts) => {
        for (const f of opts.features) seen.add(f.id);
      }),
      { numRuns: 100, seed: 20260115 },
    );
    expect([...seen].sort()).toEqual(FEATURES.map((f) => f.id).sort());
  });

  it('the same generator finds a problem once a permission is removed (the oracle can fail)', () => {
    fc.assert(
      fc.property(arbitraryFunction, (opts) => {
        const report = runChecks(CHECKS, {
          snapshot: buildHealthy({ ...opts, removeAction: { sid: 'Logs', action: 'logs:PutLogEvents' } }),
          now: NOW,
        });
        expect(report.findings.map((f) => f.checkId)).toContain('LAA-ROLE-LOGS-WRITE');
      }),
      { numRuns: 25, seed: 20260115 },
    );
  });
});
