/**
 * Every CHECKS-A scenario yields exactly its expected check IDs (sweep and per event) when ALL
 * registered checks run over a demo account made of these scenarios and the shared healthy ones.
 */
import { parseDenial } from '../../../lambda/core/cloudtrail';
import { CHECKS } from '../../../lambda/core/checks/registry';
import { runChecks } from '../../../lambda/core/checks/runner';
import type { Finding } from '../../../lambda/core/findings/types';
import { buildSnapshot, DEMO_TAKEN_AT } from '../../../examples/demo-account/build';
import { HEALTHY_SCENARIOS } from '../../../examples/demo-account/healthy';
import { SCENARIOS_A } from '../../../examples/demo-account/scenarios-a';

const scenarios = [...SCENARIOS_A, ...HEALTHY_SCENARIOS];
const snapshot = buildSnapshot(scenarios);
const now = new Date(DEMO_TAKEN_AT);
const sweep = runChecks(CHECKS, { snapshot, now });

function ownedBy(finding: Finding, names: ReadonlySet<string>): boolean {
  return finding.function
    ? names.has(finding.function.name)
    : finding.principal !== undefined && names.has(finding.principal);
}

describe('CHECKS-A demo scenarios', () => {
  it('prefix every function and role with a-', () => {
    for (const s of SCENARIOS_A) {
      for (const x of [...(s.functions ?? []), ...(s.roles ?? [])]) expect(x.name.startsWith('a-')).toBe(true);
    }
  });

  it('has at least two healthy scenarios', () => {
    expect(SCENARIOS_A.filter((s) => s.expectedSweep.length === 0 && !s.events).length).toBeGreaterThanOrEqual(2);
  });

  it('no check throws', () => {
    expect(sweep.runs.filter((r) => r.status === 'error')).toEqual([]);
  });

  it.each(scenarios.map((s) => [s.id, s] as const))('%s: sweep yields exactly its expected IDs', (_id, s) => {
    const names = new Set([...(s.functions ?? []), ...(s.roles ?? [])].flatMap((x) => [x.name, x.arn]));
    const actual = [...new Set(sweep.findings.filter((f) => ownedBy(f, names)).map((f) => f.checkId))].sort();
    expect(actual).toEqual([...new Set(s.expectedSweep)].sort());
  });

  const events = SCENARIOS_A.flatMap((s) => (s.events ?? []).map((e, i) => [`${s.id} #${i + 1}`, e] as const));
  it.each(events)('%s: event yields exactly its expected IDs', (_id, event) => {
    const parsed = parseDenial(event.envelope);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(parsed.value.classification.class).toBe('execution-role');
    const report = runChecks(CHECKS, { snapshot, now, denial: parsed.value });
    const eventFindings = report.findings.filter(
      (f) => f.event !== undefined || report.runs.some((r) => r.target === 'event' && r.checkId === f.checkId),
    );
    expect([...new Set(eventFindings.map((f) => f.checkId))].sort()).toEqual([...event.expected].sort());
  });

  it('never prints environment variable names as values', () => {
    const text = JSON.stringify(sweep.findings);
    expect(text).not.toMatch(/POWERTOOLS_SERVICE_NAME=/);
  });
});
