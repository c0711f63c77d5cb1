import { parseEventFile, runAudit } from '../../lambda/cli/pipeline';
import { envelope, fakeDeps, OPTIONAL_CHECK, testSnapshot } from './helpers';

describe('parseEventFile', () => {
  const deps = fakeDeps();
  it.each<[string, string, number, number]>([
    ['an envelope', JSON.stringify(envelope('A')), 1, 0],
    ['a non-failure', JSON.stringify({ detail: {} }), 0, 1],
    ['an array', JSON.stringify([envelope('A'), { detail: {} }, envelope('B')]), 2, 1],
    ['a log file', JSON.stringify({ Records: [{ eventID: 'A', errorCode: 'X' }] }), 1, 0],
    ['broken JSON', '{"detail":', 0, 1],
  ])('parses %s', (_label, text, parsed, rejected) => {
    const r = parseEventFile(deps, Buffer.from(text), 'f.json');
    expect([r.denials.length, r.rejected.length]).toEqual([parsed, rejected]);
  });

  it('names the record of a rejected array element', () => {
    const r = parseEventFile(deps, Buffer.from(JSON.stringify([envelope('A'), {}])), 'f.json');
    expect(r.rejected[0].source).toBe('f.json[1]');
  });
});

describe('runAudit', () => {
  const deps = fakeDeps();
  const snapshot = testSnapshot();
  const d = deps.parseDenial(envelope('E1'));
  const denials = d.ok ? [d.value] : [];

  it('runs sweep checks once per function and event checks once per denial', () => {
    const out = runAudit(deps, { snapshot, denials, sweep: true, now: new Date(0) });
    expect(out.runs.filter((r) => r.checkId === 'TEST-BROKEN')).toHaveLength(3);
    expect(out.runs.filter((r) => r.checkId === 'TEST-EVENT')).toHaveLength(1);
    expect(out.sweepFindings.map((f) => f.checkId)).toEqual(['TEST-BROKEN']);
    expect(out.perDenial[0].findings.map((f) => f.checkId)).toEqual(['TEST-EVENT']);
    expect(out.findings.map((f) => f.checkId)).toEqual(['TEST-BROKEN', 'TEST-EVENT']);
  });

  it('skips the sweep when asked and adds optional checks', () => {
    expect(runAudit(deps, { snapshot, denials, sweep: false, now: new Date(0) }).functionsAudited).toBe(0);
    const withOptional = runAudit(deps, {
      snapshot,
      denials: [],
      sweep: true,
      now: new Date(0),
      extraChecks: [OPTIONAL_CHECK],
    });
    expect(withOptional.findings.filter((f) => f.checkId === 'TEST-OPTIONAL')).toHaveLength(3);
    expect(withOptional.checks.map((c) => c.id)).toEqual(['TEST-BROKEN', 'TEST-EVENT', 'TEST-OPTIONAL']);
  });

  it('skips account-wide checks when functions are named', () => {
    const account = {
      ...OPTIONAL_CHECK,
      id: 'TEST-ACCOUNT',
      scope: 'account' as const,
      run: () => ({ status: 'pass' as const, findings: [] }),
    };
    const all = runAudit(deps, { snapshot, denials: [], sweep: true, now: new Date(0), extraChecks: [account] });
    expect(all.runs.filter((r) => r.checkId === 'TEST-ACCOUNT')).toHaveLength(1);
    const one = runAudit(deps, {
      snapshot,
      denials: [],
      sweep: true,
      now: new Date(0),
      extraChecks: [account],
      functions: ['broken-fn'],
    });
    expect(one.runs.map((r) => r.checkId)).toEqual(['TEST-BROKEN']);
    expect(one.functionsAudited).toBe(1);
  });

  it('is deterministic', () => {
    const a = runAudit(deps, { snapshot, denials, sweep: true, now: new Date(0) });
    const b = runAudit(deps, { snapshot, denials, sweep: true, now: new Date(0) });
    expect(a).toEqual(b);
  });
});
