/**
 * What an AWS Support case asks about a Lambda permission problem before anything else: does it happen
 * on every call (continuous) or only sometimes, and is more than one account involved. Used by the
 * support bundle (support-bundle.ts). Sentences and reasons are in the chosen language (default English;
 * catalog/report-case.ts).
 */
import { arnAccount } from '../arn';
import type { DeniedRequest } from '../cloudtrail/types';
import type { Finding } from '../findings/types';
import { DEFAULT_LANG, t, type Lang } from '../i18n';
import type { FunctionInfo } from '../snapshot/types';

/** How the problem behaves over time, with the reason. */
export interface ProblemPattern {
  readonly kind: 'continuous' | 'intermittent-or-fixed' | 'configuration' | 'none';
  readonly sentence: string;
}

function occurrenceText(findings: readonly Finding[], lang: Lang): string {
  const occ = findings.map((f) => f.occurrences).filter((o): o is NonNullable<Finding['occurrences']> => Boolean(o));
  if (occ.length === 0) return '';
  const count = Math.max(...occ.map((o) => o.count));
  const first = occ.map((o) => o.firstSeen).sort()[0];
  const last = occ
    .map((o) => o.lastSeen)
    .sort()
    .reverse()[0];
  return t(lang, 'report.case.seen', { count, first, last });
}

/** Classifies the problem: does the current configuration still deny it (continuous) or not? */
export function problemPattern(
  findings: readonly Finding[],
  denial?: DeniedRequest,
  lang: Lang = DEFAULT_LANG,
): ProblemPattern {
  const seen = occurrenceText(findings, lang);
  if (denial) {
    const reproduced = findings.some((f) => f.event?.eventId === denial.eventId && f.category !== 'change-correlation');
    return reproduced
      ? { kind: 'continuous', sentence: t(lang, 'report.case.continuous', { seen }) }
      : { kind: 'intermittent-or-fixed', sentence: t(lang, 'report.case.intermittent', { seen }) };
  }
  if (findings.length > 0) return { kind: 'configuration', sentence: t(lang, 'report.case.configuration', { seen }) };
  return { kind: 'none', sentence: t(lang, 'report.case.noProblem') };
}

/** Reasons the case is cross-account (empty when it is not). */
export function crossAccountReasons(
  fn: FunctionInfo | undefined,
  findings: readonly Finding[],
  denial?: DeniedRequest,
  lang: Lang = DEFAULT_LANG,
): string[] {
  const reasons: string[] = [];
  const account = fn?.accountId ?? denial?.account;
  if (denial?.classification.class === 'cross-account') reasons.push(t(lang, 'report.case.crossClassified'));
  if (denial?.caller.accountId && account && denial.caller.accountId !== account)
    reasons.push(t(lang, 'report.case.crossCaller', { account: denial.caller.accountId }));
  const other = arnAccount(denial?.resource);
  if (other && account && other !== account) reasons.push(t(lang, 'report.case.crossResource', { account: other }));
  if (findings.some((f) => f.category === 'cross-account')) reasons.push(t(lang, 'report.case.crossFinding'));
  for (const l of fn?.layers ?? [])
    if (l.accountId !== fn?.accountId)
      reasons.push(t(lang, 'report.case.crossLayer', { arn: l.arn, account: l.accountId }));
  return [...new Set(reasons)];
}
