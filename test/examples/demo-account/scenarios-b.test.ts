/**
 * Every CHECKS-B scenario yields exactly its expected check IDs (sweep and per event) when ALL
 * registered checks run over the whole demo account (A, B and healthy scenarios together).
 */
import { parseDenial } from '../../../lambda/core/cloudtrail';
import { CHECKS } from '../../../lambda/core/checks/registry';
import { runChecks } from '../../../lambda/core/checks/runner';
import type { Finding } from '../../../lambda/core/findings/types';
import { buildDemoSnapshot, DEMO_SCENARIOS, DEMO_TAKEN_AT } from '../../../examples/demo-account';
import { SCENARIOS_B } from '../../../examples/demo-account/scenarios-b';
import type { Scenario } from '../../../examples/demo-account/types';

const snapshot = buildDemoSnapshot();
const now = new Date(DEMO_TAKEN_AT);
const sweep = runChecks(CHECKS, { snapshot, now });

function owned(s: Scenario): Set<string> {
  return new Set(
    [...(s.functions ?? []), ...(s.roles ?? []), ...(s.users ?? []), ...(s.groups ?? [])].flatMap((x) => [
      x.name,
      x.arn,
    ]),
  );
}

function ownedBy(finding: Finding, names: ReadonlySet<string>): boolean {
  return finding.function
    ? names.has(finding.function.name)
    : finding.principal !== undefined && names.has(finding.principal);
}

describe('CHECKS-B demo scenarios', () => {
  it('prefix every function, role and user with b-', () => {
    for (const s of SCENARIOS_B) {
      for (const x of [...(s.functions ?? []), ...(s.roles ?? []), ...(s.users ?? [])])
        expect(x.name.startsWith('b-')).toBe(true);
    }
  });

  it('has at least two healthy scenarios', () => {
    expect(SCENARIOS_B.filter((s) => s.expectedSweep.length === 0 && !s.events).length).toBeGreaterThanOrEqual(2);
  });

  it('no check throws over the whole demo account', () => {
    expect(sweep.runs.filter((r) => r.status === 'error')).toEqual([]);
  });

  it.each(SCENARIOS_B.map((s) => [s.id, s] as const))('%s: sweep yields exactly its expected IDs', (_id, s) => {
    const names = owned(s);
    const actual = [...new Set(sweep.findings.filter((f) => ownedBy(f, names)).map((f) => f.checkId))].sort();
    expect(actual).toEqual([...new Set(s.expectedSweep)].sort());
  });

  it('every sweep finding of the demo account belongs to a scenario that expects it', () => {
    const unexpected = sweep.findings.filter(
      (f) =>
        !DEMO_SCENARIOS.some(
          (s) =>
            (ownedBy(f, owned(s)) && s.expectedSweep.includes(f.checkId)) ||
            (f.function === undefined && (s.expectedAccount ?? []).includes(f.checkId)),
        ),
    );
    expect(unexpected.map((f) => `${f.checkId} ${f.function?.name ?? f.principal}`)).toEqual([]);
  });

  const events = SCENARIOS_B.flatMap((s) => (s.events ?? []).map((e, i) => [`${s.id} #${i + 1}`, e] as const));
  it.each(events)('%s: event yields exactly its expected IDs', (_id, event) => {
    const parsed = parseDenial(event.envelope);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const report = runChecks(CHECKS, { snapshot, now, denial: parsed.value });
    const eventFindings = report.findings.filter(
      (f) => f.event !== undefined || report.runs.some((r) => r.target === 'event' && r.checkId === f.checkId),
    );
    expect([...new Set(eventFindings.map((f) => f.checkId))].sort()).toEqual([...event.expected].sort());
  });
});
