import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDemoSnapshot, DEMO_SCENARIOS, demoEvents } from '../../../examples/demo-account';
import { checksMarkdown } from '../../../lambda/core/checks/doc';
import { CHECKS, OPTIONAL_CHECKS } from '../../../lambda/core/checks/registry';
import { runChecks } from '../../../lambda/core/checks/runner';
import { SEVERITY_REASONS } from '../../../lambda/core/checks/severity-reasons';
import { parseDenial } from '../../../lambda/core/cloudtrail';
import type { Finding } from '../../../lambda/core/findings/types';
import { loadActionCatalog } from '../../../lambda/catalog';

const DOC = join(__dirname, '../../../docs/checks.md');

/** Prettier pads Markdown tables: compare cell contents, not padding. */
function cells(markdown: string): string {
  return markdown.replace(/ {2,}/g, ' ').replace(/-{3,}/g, '---');
}

describe('docs/checks.md', () => {
  it('is generated from the registry (UPDATE_DOCS=1 rewrites it)', () => {
    const expected = checksMarkdown([...CHECKS, ...OPTIONAL_CHECKS]);
    if (process.env.UPDATE_DOCS === '1') writeFileSync(DOC, expected);
    expect(cells(readFileSync(DOC, 'utf8'))).toBe(cells(expected));
  });

  it('lists every registered check once, under its topic', () => {
    const doc = checksMarkdown(CHECKS);
    for (const c of CHECKS) {
      expect(c.topic).toBeDefined();
      expect(doc.split(`\`${c.id}\``)).toHaveLength(2);
    }
  });
});

describe('severity reasons', () => {
  it('document the default severity of every registered check, and of no other ID', () => {
    const ids = [...CHECKS, ...OPTIONAL_CHECKS].map((c) => c.id).sort();
    expect(Object.keys(SEVERITY_REASONS).sort()).toEqual(ids);
    expect(checksMarkdown(CHECKS)).not.toContain('(no reason documented)');
  });
});

describe('declared fix kinds', () => {
  const snapshot = buildDemoSnapshot();
  const now = new Date(snapshot.provenance.takenAt);
  const catalog = loadActionCatalog();
  const findings: Finding[] = [
    ...runChecks(
      CHECKS.filter((c) => c.scope !== 'event'),
      { snapshot, now, catalog },
    ).findings,
  ];
  for (const e of demoEvents(DEMO_SCENARIOS)) {
    const parsed = parseDenial(e.envelope);
    if (!parsed.ok) continue;
    const events = CHECKS.filter((c) => c.scope === 'event');
    findings.push(...runChecks(events, { snapshot, now, catalog, denial: parsed.value }).findings);
  }

  it('the demo account exercises fixes', () => expect(findings.filter((f) => f.fix?.kind).length).toBeGreaterThan(10));

  it.each(CHECKS.filter((c) => c.fixKinds).map((c) => [c.id, c] as const))(
    '%s: every fix is of a kind it declares',
    (_id, check) => {
      for (const f of findings.filter((x) => x.checkId === check.id && x.fix)) {
        expect(check.fixKinds).toContain(f.fix?.kind);
      }
    },
  );
});
