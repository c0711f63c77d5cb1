import { audit, type AuditOptions } from '../../lambda/core/audit';
import { CHECKS } from '../../lambda/core/checks/registry';
import type { Check } from '../../lambda/core/checks/types';
import { BROKEN_CHECK, envelope, EVENT_CHECK, fakeDeps, OPTIONAL_CHECK, testSnapshot } from '../cli/helpers';

const ACCOUNT_CHECK: Check = {
  ...OPTIONAL_CHECK,
  id: 'TEST-ACCOUNT',
  scope: 'account',
  run: () => ({ status: 'pass', findings: [] }),
};

describe('audit', () => {
  const snapshot = testSnapshot();
  const parsed = fakeDeps().parseDenial(envelope('E1'));
  const denials = parsed.ok ? [parsed.value] : [];
  const checks = [BROKEN_CHECK, EVENT_CHECK, ACCOUNT_CHECK];
  const base: AuditOptions = { checks, now: new Date(0) };
  const ids = (runs: readonly { checkId: string }[], id: string) => runs.filter((r) => r.checkId === id).length;

  it('runs function checks once per function, account checks once and event checks once per denial', () => {
    const out = audit(snapshot, denials, base);
    expect([ids(out.runs, 'TEST-BROKEN'), ids(out.runs, 'TEST-ACCOUNT'), ids(out.runs, 'TEST-EVENT')]).toEqual([
      3, 1, 1,
    ]);
    expect(out.functionsAudited).toBe(3);
    expect(out.sweepFindings.map((f) => f.checkId)).toEqual(['TEST-BROKEN']);
    expect(out.perDenial[0].findings.map((f) => f.checkId)).toEqual(['TEST-EVENT']);
    expect(out.findings.map((f) => f.checkId)).toEqual(['TEST-BROKEN', 'TEST-EVENT']);
  });

  it.each<[string, Partial<AuditOptions>, [number, number, number], number]>([
    ['functions none: event checks only', { functions: 'none' }, [0, 0, 1], 0],
    ['named function: no account checks by default', { functions: ['broken-fn'] }, [1, 0, 1], 1],
    ['named function with account checks (on-denial)', { functions: ['broken-fn'], accountChecks: true }, [1, 1, 1], 1],
    ['all functions without account checks', { accountChecks: false }, [3, 0, 1], 3],
    ['an unknown function name', { functions: ['nope'] }, [0, 0, 1], 0],
  ])('%s', (_label, options, expected, audited) => {
    const out = audit(snapshot, denials, { ...base, ...options });
    expect([ids(out.runs, 'TEST-BROKEN'), ids(out.runs, 'TEST-ACCOUNT'), ids(out.runs, 'TEST-EVENT')]).toEqual(
      expected,
    );
    expect(out.functionsAudited).toBe(audited);
  });

  it('adds enabled optional checks after the default ones', () => {
    const out = audit(snapshot, [], { ...base, extraChecks: [OPTIONAL_CHECK] });
    expect(out.findings.filter((f) => f.checkId === 'TEST-OPTIONAL')).toHaveLength(3);
    expect(out.checks.map((c) => c.id)).toEqual(['TEST-BROKEN', 'TEST-EVENT', 'TEST-ACCOUNT', 'TEST-OPTIONAL']);
  });

  it('reports progress over the function and account runs', () => {
    const seen: [number, number][] = [];
    audit(snapshot, denials, { ...base, onProgress: (d, t) => seen.push([d, t]) });
    expect(seen.at(-1)).toEqual([4, 4]);
  });

  it('runs the registry by default', () => {
    expect(audit(snapshot, [], { now: new Date(0) }).checks).toEqual(CHECKS);
  });

  it('is deterministic', () => {
    expect(audit(snapshot, denials, base)).toEqual(audit(snapshot, denials, base));
  });
});
