/**
 * The demo account must show what issue 5 promises: every broken scenario yields exactly its expected
 * findings, healthy ones none, findings are deterministic and sorted, and no output contains an
 * environment variable value.
 */
import { buildDemoSnapshot, DEMO_SCENARIOS, demoEvents, HEALTHY_SCENARIOS } from '../../examples/demo-account';
import { CHECKS } from '../../lambda/core/checks/registry';
import { runChecks } from '../../lambda/core/checks/runner';
import { parseDenial } from '../../lambda/core/cloudtrail';
import { sortFindings } from '../../lambda/core/findings/sort';
import type { Finding } from '../../lambda/core/findings/types';
import { loadActionCatalog } from '../../lambda/catalog';
import { renderAllDetails } from '../../lambda/core/render/details';
import { renderJson } from '../../lambda/core/render/json';
import { renderMarkdown } from '../../lambda/core/render/markdown';
import { renderSarif } from '../../lambda/core/render/sarif';
import { summarize } from '../../lambda/core/render/summary';
import { renderFindingsTable } from '../../lambda/core/render/table';
import { validateSnapshot } from '../../lambda/core/snapshot/validate';
import { belongsTo, scenarioOwners } from '../../lambda/cli/demo-verify';
import { canaryValue, findCanaries, SECRET_LOOKING_CANARIES } from './fixtures/env-canary';
import { ROLE_FINDING } from '../support/factory';

const snapshot = buildDemoSnapshot();
const now = new Date(snapshot.provenance.takenAt);
const catalog = loadActionCatalog();
const sweepChecks = CHECKS.filter((c) => c.scope !== 'event');
const eventChecks = CHECKS.filter((c) => c.scope === 'event');

function sweep() {
  return runChecks(sweepChecks, { snapshot, now, catalog });
}

const sweepReport = sweep();
const events = demoEvents(DEMO_SCENARIOS);
const eventReports = events.map((e) => {
  const parsed = parseDenial(e.envelope);
  return {
    event: e,
    parsed,
    report: parsed.ok ? runChecks(eventChecks, { snapshot, now, catalog, denial: parsed.value }) : undefined,
  };
});
const allFindings: Finding[] = sortFindings([
  ...sweepReport.findings,
  ...eventReports.flatMap((r) => r.report?.findings ?? []),
]);

const ids = (findings: readonly Finding[]): string[] => [...new Set(findings.map((f) => f.checkId))].sort();

describe('demo snapshot', () => {
  it('is a valid snapshot', () => {
    const r = validateSnapshot(JSON.parse(JSON.stringify(snapshot)));
    expect(r.ok ? [] : r.error).toEqual([]);
  });

  it('is deterministic', () => {
    expect(buildDemoSnapshot()).toEqual(snapshot);
  });

  it('has at least one broken and two healthy scenarios, including the CLI helper healthy ones', () => {
    const healthy = DEMO_SCENARIOS.filter((s) => s.expectedSweep.length === 0 && (s.events ?? []).length === 0);
    expect(healthy.length).toBeGreaterThanOrEqual(2);
    for (const h of HEALTHY_SCENARIOS) expect(healthy).toContain(h);
    expect(DEMO_SCENARIOS.length - healthy.length).toBeGreaterThan(0);
  });

  it('gives every function to exactly one scenario', () => {
    const names = snapshot.functions.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('keeps only environment variable names (no canary value anywhere in the snapshot)', () => {
    const canaries = snapshot.functions.flatMap((f) => f.environmentVariableNames.map((n) => canaryValue(f.name, n)));
    expect(findCanaries(snapshot, [...canaries, ...SECRET_LOOKING_CANARIES])).toEqual([]);
  });
});

describe('every scenario yields exactly its expected findings', () => {
  it('has no check errors', () => {
    const errors = [...sweepReport.runs, ...eventReports.flatMap((r) => r.report?.runs ?? [])].filter(
      (r) => r.status === 'error',
    );
    expect(errors.map((e) => `${e.checkId} on ${e.target}: ${e.error}`)).toEqual([]);
  });

  it.each(DEMO_SCENARIOS.map((s) => [s.id, s] as const))('sweep of %s', (_id, scenario) => {
    const owners = scenarioOwners(scenario);
    expect(ids(sweepReport.findings.filter((f) => belongsTo(f, owners)))).toEqual(
      [...new Set(scenario.expectedSweep)].sort(),
    );
  });

  const accountExpected = DEMO_SCENARIOS.flatMap((s) => s.expectedAccount ?? []);
  it('attributes every sweep finding to a scenario (account-level ones to their expectedAccount)', () => {
    const owned = DEMO_SCENARIOS.map(scenarioOwners);
    const orphans = sweepReport.findings.filter(
      (f) => !owned.some((o) => belongsTo(f, o)) && !(f.function === undefined && accountExpected.includes(f.checkId)),
    );
    expect(orphans.map((f) => `${f.checkId} ${f.function?.name ?? f.principal ?? 'account'}`)).toEqual([]);
  });

  it("yields exactly the scenarios' account-level findings (auditor coverage)", () => {
    const owned = DEMO_SCENARIOS.map(scenarioOwners);
    const accountLevel = sweepReport.findings.filter(
      (f) => f.function === undefined && !owned.some((o) => belongsTo(f, o)),
    );
    expect(accountLevel.map((f) => f.checkId).sort()).toEqual([...accountExpected].sort());
    expect(accountExpected).toContain('LAA-AUDITOR-COVERAGE');
  });

  it.each(HEALTHY_SCENARIOS.map((s) => [s.id, s] as const))('healthy %s has no finding at all', (_id, scenario) => {
    const owners = scenarioOwners(scenario);
    expect(allFindings.filter((f) => belongsTo(f, owners))).toEqual([]);
  });

  if (events.length > 0) {
    it.each(eventReports.map((r) => [`${r.event.scenario} event #${r.event.index + 1}`, r] as const))(
      '%s',
      (_label, r) => {
        expect(r.parsed.ok ? 'parsed' : r.parsed.error).toBe('parsed');
        expect(ids(r.report?.findings ?? [])).toEqual([...new Set(r.event.expected)].sort());
      },
    );
  }
});

describe('findings', () => {
  it('are deterministic: a second run is deep-equal', () => {
    expect(sweep()).toEqual(sweepReport);
  });

  it('are sorted and without duplicate fingerprints', () => {
    expect(sweepReport.findings).toEqual(sortFindings(sweepReport.findings));
    expect(new Set(allFindings.map((f) => f.fingerprint)).size).toBe(allFindings.length);
  });

  it('each have a one-line title and summary, a fix or a reference', () => {
    for (const f of allFindings) {
      expect(f.title).not.toMatch(/\n/);
      expect(f.explanation.summary.length).toBeGreaterThan(0);
      expect(Boolean(f.fix) || f.references.length > 0).toBe(true);
    }
  });
});

describe('no environment value in any output', () => {
  const canaries = [
    ...snapshot.functions.flatMap((f) => f.environmentVariableNames.map((n) => canaryValue(f.name, n))),
    ...SECRET_LOOKING_CANARIES,
  ];

  it('the canary search finds a planted value (positive control)', () => {
    const planted: Finding = {
      ...ROLE_FINDING,
      explanation: { ...ROLE_FINDING.explanation, details: [`TABLE_NAME=${canaries[0]}`] },
    };
    expect(findCanaries(planted, canaries)).toEqual(['$.explanation.details[0]']);
    expect(findCanaries(renderAllDetails([planted]), canaries)).toEqual(['$']);
  });

  it('finding objects contain no canary', () => {
    expect(findCanaries(allFindings, canaries)).toEqual([]);
  });

  it.each([
    ['table', () => renderFindingsTable(allFindings)],
    ['details', () => renderAllDetails(allFindings)],
    [
      'json',
      () =>
        renderJson({
          tool: { name: 't', version: '0' },
          summary: summarize({
            findings: allFindings,
            runs: sweepReport.runs,
            functionsAudited: snapshot.functions.length,
          }),
          findings: allFindings,
          runs: sweepReport.runs,
        }),
    ],
    ['sarif', () => renderSarif(allFindings, { toolVersion: '0', rules: CHECKS })],
    ['markdown', () => renderMarkdown(allFindings)],
  ])('the %s rendering contains no canary', (_format, render) => {
    expect(findCanaries(render(), canaries)).toEqual([]);
  });
});
