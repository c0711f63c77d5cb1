/**
 * Every fixture expectation (issue 9 §4) against the parser: denial class, deciding layer AWS named, fix
 * target and whose policy must change; and docs/denial-table.md rendered from the same expectations.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { parseDenial } from '../../../lambda/core/cloudtrail';
import { loadExpectationCases, renderDenialTable, TABLE_PATH } from './denial-table';

const cases = loadExpectationCases();

describe('fixture expectations', () => {
  it('has at least 60 new fixtures with an expectation', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
  });

  it('covers every policy type AWS names, explicit and implicit', () => {
    const seen = new Set(
      cases.map((c) => `${c.expectation.decidingLayer.policyType}/${c.expectation.decidingLayer.kind}`),
    );
    for (const layer of ['identity', 'resource', 'permissions-boundary', 'session', 'vpc-endpoint']) {
      expect(seen).toContain(`${layer}/implicit`);
      expect(seen).toContain(`${layer}/explicit`);
    }
    for (const layer of ['scp', 'rcp', 'trust']) expect(seen).toContain(`${layer}/explicit`);
  });

  it.each(cases)('$name: class, deciding layer, fix target and principal', ({ text, expectation: e }) => {
    const r = parseDenial(text);
    if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
    const { classification: c, reason } = r.value;
    expect(c.class).toBe(e.class);
    expect(reason.policyType ?? null).toBe(e.decidingLayer.policyType);
    expect(reason.kind).toBe(e.decidingLayer.kind);
    expect(c.fix?.target).toBe(e.fixTarget);
    expect(c.fix?.principal).toBe(e.targetPrincipal);
    expect(c.fix?.source).toBe(e.decidingLayer.policyType ? 'message' : 'inferred');
    expect(e.messageSource.length).toBeGreaterThan(10);
  });

  it('the primary fix targets the layer AWS named whenever it named one', () => {
    const mapping: Record<string, string> = { 'permissions-boundary': 'boundary' };
    for (const { text, expectation: e, name } of cases) {
      const r = parseDenial(text);
      if (!r.ok || !r.value.reason.policyType || e.fixTarget === 'function-code') continue;
      const named = mapping[r.value.reason.policyType] ?? r.value.reason.policyType;
      const target = r.value.classification.fix?.target;
      expect({ name, target: target === 'permission-set' ? 'identity-or-boundary' : target }).toEqual({
        name,
        target: target === 'permission-set' ? 'identity-or-boundary' : named,
      });
    }
  });
});

describe('docs/denial-table.md', () => {
  it('is generated from the fixture expectations (not stale)', () => {
    const rendered = renderDenialTable(cases);
    if (process.env.UPDATE_DENIAL_TABLE === '1') writeFileSync(TABLE_PATH, rendered);
    expect(existsSync(TABLE_PATH)).toBe(true);
    expect(readFileSync(TABLE_PATH, 'utf8')).toBe(rendered);
  });

  it('has one row per expectation and an auditor-says column', () => {
    const rendered = renderDenialTable(cases);
    expect(rendered).toMatch(/\| Auditor says +\|/);
    expect(
      rendered.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Fixture') && !l.startsWith('| -')),
    ).toHaveLength(cases.length);
  });
});
