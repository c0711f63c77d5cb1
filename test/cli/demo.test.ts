import { main } from '../../lambda/cli/main';
import { verifyDemo, belongsTo, scenarioOwners } from '../../lambda/cli/demo-verify';
import { audit } from '../../lambda/core/audit';
import { HEALTHY_SCENARIOS } from '../../examples/demo-account/healthy';
import { BROKEN_FN, envelope, fakeDeps, memoryIo, testSnapshot } from './helpers';
import type { Scenario } from '../../examples/demo-account/types';
import { PRINCIPAL_FINDING, ROLE_FINDING } from '../support/factory';

/* eslint-disable @typescript-eslint/no-explicit-any */

/** Fake deps whose `broken` scenario expects OTHER from the sweep (so the self-check fails). */
function expectingOther(): ReturnType<typeof fakeDeps> {
  const deps = fakeDeps();
  return fakeDeps({
    demoAccount: async () => {
      const demo = await deps.demoAccount();
      return {
        ...demo,
        scenarios: demo.scenarios.map((s) => (s.id === 'broken' ? { ...s, expectedSweep: ['OTHER'] } : s)),
      };
    },
  });
}

/** Fake deps whose demo snapshot fails validation (`functions` is a string). */
function invalidSnapshot(): ReturnType<typeof fakeDeps> {
  const deps = fakeDeps();
  return fakeDeps({
    demoAccount: async () => ({
      ...(await deps.demoAccount()),
      snapshot: { ...testSnapshot(), functions: 'x' as any },
    }),
  });
}

describe('demo command (fake checks)', () => {
  it('prints intro, table, details, summary and a passing self-check; exit 0', async () => {
    const m = memoryIo();
    const code = await main(['demo'], m.io, fakeDeps());
    expect(code).toBe(0);
    const out = m.out();
    expect(out).toContain(
      'Offline audit of the bundled example account 111122223333 (us-east-1): 3 functions in 3 scenarios, 1 CloudTrail denials, 2 checks.',
    );
    expect(out).toContain('  - healthy-sqs-consumer (healthy): ');
    expect(out).toContain('[1] HIGH  TEST-BROKEN  broken-fn');
    expect(out).toContain('Summary: 3 functions audited · 2 findings');
    expect(out).toContain('Self-check: all 3 scenarios produced exactly their expected findings');
  });

  it('fails the self-check (exit 1) when a scenario does not get its expected findings', async () => {
    const wrong = expectingOther();
    const m = memoryIo();
    expect(await main(['demo'], m.io, wrong)).toBe(1);
    expect(m.out()).toContain('Self-check FAILED:\n  - broken sweep: expected [OTHER], got [TEST-BROKEN]');
  });

  it('reports unparseable scenario events as self-check failures', async () => {
    const deps = fakeDeps();
    const bad = fakeDeps({
      demoAccount: async () => {
        const demo = await deps.demoAccount();
        return {
          ...demo,
          scenarios: demo.scenarios.map((s) =>
            s.id === 'broken' ? { ...s, events: [{ envelope: {}, expected: [] }] } : s,
          ),
        };
      },
    });
    const m = memoryIo();
    expect(await main(['demo'], m.io, bad)).toBe(1);
    expect(m.out()).toContain('broken event #1: NOT_AN_AUTHORIZATION_FAILURE');
  });

  it('writes the snapshot and other formats; the self-check goes to stderr then', async () => {
    const m = memoryIo();
    const code = await main(['demo', '--format', 'json', '--write-snapshot', 'snap.json'], m.io, fakeDeps());
    expect(code).toBe(0);
    expect(JSON.parse(m.out()).findings).toHaveLength(2);
    expect(m.err()).toContain('Self-check: all 3 scenarios');
    expect(JSON.parse(String(m.files.get('snap.json')))).toEqual(JSON.parse(JSON.stringify(testSnapshot())));
  });

  it('refuses an invalid demo snapshot', async () => {
    const invalid = invalidSnapshot();
    const m = memoryIo();
    expect(await main(['demo'], m.io, invalid)).toBe(1);
    expect(m.err()).toContain('The demo snapshot is not valid');
  });

  it('--lang ja: the demo snapshot problems in Japanese, paths verbatim', async () => {
    const invalid = invalidSnapshot();
    const m = memoryIo();
    expect(await main(['demo', '--lang', 'ja'], m.io, invalid)).toBe(1);
    expect(m.err()).toContain('functions: array が必要ですが、string でした');
  });

  it.each([
    [
      'de',
      'Offline-Prüfung des mitgelieferten Beispielkontos 111122223333 (us-east-1): 3 Funktionen in 3 Szenarien',
      '  - healthy-sqs-consumer (fehlerfrei): ',
      'Selbsttest: alle 3 Szenarien ergaben genau die erwarteten Befunde',
    ],
    [
      'ja',
      '同梱のサンプルアカウント 111122223333 (us-east-1) のオフライン監査: 3 シナリオの関数 3 件',
      '  - healthy-sqs-consumer (正常): ',
      'セルフチェック: 3 シナリオすべてが想定どおりの検出結果を出しました',
    ],
  ])('--lang %s: intro and self-check in that language, IDs verbatim', async (lang, intro, healthy, check) => {
    const m = memoryIo();
    expect(await main(['demo', '--lang', lang], m.io, fakeDeps())).toBe(0);
    expect(m.out()).toContain(intro);
    expect(m.out()).toContain(healthy);
    expect(m.out()).toContain(check);
  });

  it('--lang de: a failed self-check and the stderr notes in that language', async () => {
    const wrong = expectingOther();
    const m = memoryIo();
    expect(await main(['demo', '--lang', 'de', '--write-snapshot', 's.json'], m.io, wrong)).toBe(1);
    expect(m.out()).toContain('Selbsttest FEHLGESCHLAGEN:\n  - broken sweep: erwartet [OTHER], erhalten [TEST-BROKEN]');
    expect(m.err()).toContain('Demo-Snapshot (3 Funktionen) nach s.json geschrieben');
  });
});

describe('verifyDemo', () => {
  const deps = fakeDeps();
  const snapshot = testSnapshot();
  const denial = deps.parseDenial(envelope('E1'));
  const outcome = audit(snapshot, denial.ok ? [denial.value] : [], { checks: deps.checks, now: new Date(0) });
  const scenarios: Scenario[] = [
    ...HEALTHY_SCENARIOS,
    {
      id: 'broken',
      description: '',
      functions: [BROKEN_FN],
      expectedSweep: ['TEST-BROKEN'],
      events: [{ envelope: {}, expected: ['TEST-EVENT'] }],
    },
  ];

  it('passes when every scenario gets exactly its IDs', () => {
    const v = verifyDemo(scenarios, outcome, [{ scenario: 'broken', index: 0 }]);
    expect(v).toEqual({ scenarios: 3, mismatches: [], unattributed: [] });
  });

  it('flags unexpected findings on healthy functions and findings outside every scenario', () => {
    const healthyWithBroken = [{ ...HEALTHY_SCENARIOS[0], functions: [...HEALTHY_SCENARIOS[0].functions!, BROKEN_FN] }];
    const v = verifyDemo(healthyWithBroken, outcome, [{ scenario: 'healthy-api-with-schedule', index: 0 }]);
    expect(v.mismatches).toEqual([
      { scenario: 'healthy-api-with-schedule', part: 'sweep', expected: [], actual: ['TEST-BROKEN'] },
      { scenario: 'healthy-api-with-schedule', part: 'event #1', expected: [], actual: ['TEST-EVENT'] },
    ]);
    expect(verifyDemo(HEALTHY_SCENARIOS, outcome, []).unattributed.map((f) => f.checkId)).toEqual(['TEST-BROKEN']);
  });

  it.each([
    ['declared by a scenario: matched, nothing unattributed', [PRINCIPAL_FINDING.checkId], [], []],
    [
      'declared differently: one account mismatch',
      ['OTHER'],
      [{ scenario: 'coverage', part: 'account', expected: ['OTHER'], actual: [PRINCIPAL_FINDING.checkId] }],
      [],
    ],
    ['declared by no scenario: unattributed as before', [], [], [PRINCIPAL_FINDING.checkId]],
  ])('account-level findings %s', (_label, expectedAccount, mismatches, unattributed) => {
    const accountOnly = { ...outcome, sweepFindings: [PRINCIPAL_FINDING], perDenial: [] };
    const coverage: Scenario = { id: 'coverage', description: '', expectedSweep: [], expectedAccount };
    const v = verifyDemo([coverage], accountOnly, []);
    expect(v.mismatches).toEqual(mismatches);
    expect(v.unattributed.map((f) => f.checkId)).toEqual(unattributed);
  });

  it.each([
    ['function ARN', ROLE_FINDING, new Set([ROLE_FINDING.function!.arn]), true],
    ['other function', ROLE_FINDING, new Set(['arn:x']), false],
    ['principal ARN', PRINCIPAL_FINDING, new Set([PRINCIPAL_FINDING.principal!]), true],
    ['no principal match', PRINCIPAL_FINDING, new Set(['ci']), false],
  ])('attributes by %s', (_label, finding, owners, expected) => {
    expect(belongsTo(finding, owners)).toBe(expected);
  });

  it('owns functions and roles by ARN and name', () => {
    const owners = scenarioOwners(HEALTHY_SCENARIOS[1]);
    expect(owners.has('healthy-invoice-consumer')).toBe(true);
    expect(owners.has('arn:aws:iam::111122223333:role/healthy-invoice-consumer-role')).toBe(true);
  });
});
