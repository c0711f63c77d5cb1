import { renderSummaryLine, summarize } from '../../../lambda/core/render/summary';
import { ALL_FINDINGS, RUNS } from '../../support/factory';

describe('summarize', () => {
  const s = summarize({
    findings: ALL_FINDINGS,
    runs: RUNS,
    functionsAudited: 7,
    denialsParsed: 2,
    denialsRejected: 1,
  });

  it.each([
    ['critical', 0],
    ['high', 1],
    ['medium', 2],
    ['low', 1],
    ['info', 0],
  ] as const)('counts %s findings', (sev, n) => {
    expect(s.bySeverity[sev]).toBe(n);
  });

  it('counts check errors, runs, denials and functions', () => {
    expect(s).toMatchObject({
      functionsAudited: 7,
      findings: 4,
      checkErrors: 1,
      checkRuns: 3,
      denialsParsed: 2,
      denialsRejected: 1,
    });
  });

  it.each([
    [
      s,
      'Summary: 7 functions audited · 4 findings (0 critical, 1 high, 2 medium, 1 low, 0 info) · 2 denials parsed (1 rejected) · 1 check error in 3 check runs\n',
    ],
    [
      summarize({ findings: [], runs: [], functionsAudited: 1, denialsParsed: 1 }),
      'Summary: 1 function audited · 0 findings (0 critical, 0 high, 0 medium, 0 low, 0 info) · 1 denial parsed · 0 check errors in 0 check runs\n',
    ],
    [
      summarize({ findings: [], runs: [], functionsAudited: 0, denialsParsed: 2 }),
      'Summary: 0 findings (0 critical, 0 high, 0 medium, 0 low, 0 info) · 2 denials parsed · 0 check errors in 0 check runs\n',
    ],
  ])('renders one summary line', (summary, expected) => {
    expect(renderSummaryLine(summary)).toBe(expected);
  });
});
