import { runChecks } from '../../../lambda/core/checks/runner';
import type { Check, CheckInput, CheckResult, CheckScope } from '../../../lambda/core/checks/types';
import type { Severity } from '../../../lambda/core/findings/types';
import { execDenial, fn, principalFinding, snapshot } from '../../support/factory';

const NOW = new Date('2026-01-15T12:00:00Z');
const A = fn('alpha', 'alpha-role');
const B = fn('beta', 'beta-role');
const SNAP = snapshot({ functions: [A, B] });

/** A check that fails with one finding per target, naming the target. */
function check(
  id: string,
  scope: CheckScope,
  severity: Severity = 'high',
  run?: (i: CheckInput) => CheckResult,
): Check {
  return {
    id,
    title: id,
    category: 'execution-role',
    defaultSeverity: severity,
    docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/welcome.html',
    scope,
    run: run ?? ((i) => ({ status: 'fail', findings: [principalFinding(id, severity, i.fn?.name ?? scope)] })),
  };
}

describe('runChecks', () => {
  it.each([
    ['function checks run once per function', [check('F', 'function')], undefined, ['F on alpha', 'F on beta']],
    ['account checks run once', [check('ACC', 'account')], undefined, ['ACC on account']],
    ['event checks need a denial', [check('EV', 'event')], undefined, []],
    [
      'event checks run once per denial',
      [check('EV', 'event')],
      execDenial(A, 'sqs:SendMessage', '*'),
      ['EV on event'],
    ],
  ])('%s', (_name, checks, denial, titles) => {
    const report = runChecks(checks, { snapshot: SNAP, denial, now: NOW });
    expect(report.findings.map((f) => f.title).sort()).toEqual(titles);
  });

  it('restricts function checks to the named functions (by name or ARN)', () => {
    const byName = runChecks([check('F', 'function')], { snapshot: SNAP, now: NOW, functions: ['beta'] });
    const byArn = runChecks([check('F', 'function')], { snapshot: SNAP, now: NOW, functions: [A.arn] });
    expect(byName.findings.map((f) => f.title)).toEqual(['F on beta']);
    expect(byArn.findings.map((f) => f.title)).toEqual(['F on alpha']);
  });

  it('turns a throwing check into a LAA-CHECK-ERROR finding and keeps running the others', () => {
    const boom = check('BOOM', 'function', 'high', () => {
      throw new Error('bad input');
    });
    const report = runChecks([boom, check('F', 'function')], { snapshot: SNAP, now: NOW });
    const errors = report.findings.filter((f) => f.checkId === 'LAA-CHECK-ERROR');
    expect(errors).toHaveLength(2);
    expect(errors[0].explanation.details).toEqual(['Error: bad input']);
    expect(report.findings.filter((f) => f.checkId === 'F')).toHaveLength(2);
    expect(report.runs.filter((r) => r.status === 'error').map((r) => r.error)).toEqual(['bad input', 'bad input']);
  });

  it('sorts findings by severity and removes duplicate fingerprints', () => {
    const low = check('LOW', 'account', 'low');
    const crit = check('CRIT', 'account', 'critical');
    const report = runChecks([low, crit, low], { snapshot: SNAP, now: NOW });
    expect(report.findings.map((f) => f.checkId)).toEqual(['CRIT', 'LOW']);
  });

  it('runs no event check on a denial an ignore rule matched, and records why', () => {
    const denial = execDenial(A, 'sqs:SendMessage', '*');
    const ignored = {
      ...denial,
      classification: { ...denial.classification, ignoredBy: { rule: 'ci-reads', reason: 'CI browsing' } },
    };
    const report = runChecks([check('EV', 'event'), check('ACC', 'account')], {
      snapshot: SNAP,
      denial: ignored,
      now: NOW,
    });
    expect(report.findings.map((f) => f.checkId)).toEqual(['ACC']);
    const ev = report.runs.find((r) => r.checkId === 'EV');
    expect(ev?.status).toBe('not-applicable');
    expect(ev?.notes).toEqual(['The denial matched ignore rule ci-reads (CI browsing).']);
  });

  it('reports progress once per planned run', () => {
    const calls: [number, number][] = [];
    runChecks([check('F', 'function'), check('ACC', 'account')], {
      snapshot: SNAP,
      now: NOW,
      onProgress: (done, total) => calls.push([done, total]),
    });
    expect(calls).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });
});
