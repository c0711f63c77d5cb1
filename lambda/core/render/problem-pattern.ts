/**
 * What an AWS Support case asks about a Lambda permission problem before anything else: does it happen
 * on every call (continuous) or only sometimes, and is more than one account involved. Used by the
 * support bundle (support-bundle.ts).
 */
import { arnAccount } from '../arn';
import type { DeniedRequest } from '../cloudtrail/types';
import type { Finding } from '../findings/types';
import type { FunctionInfo } from '../snapshot/types';

/** How the problem behaves over time, with the reason. */
export interface ProblemPattern {
  readonly kind: 'continuous' | 'intermittent-or-fixed' | 'configuration' | 'none';
  readonly sentence: string;
}

function occurrenceText(findings: readonly Finding[]): string {
  const occ = findings.map((f) => f.occurrences).filter((o): o is NonNullable<Finding['occurrences']> => Boolean(o));
  if (occ.length === 0) return '';
  const count = Math.max(...occ.map((o) => o.count));
  const first = occ.map((o) => o.firstSeen).sort()[0];
  const last = occ
    .map((o) => o.lastSeen)
    .sort()
    .reverse()[0];
  return ` Seen ${count} time${count === 1 ? '' : 's'} between ${first} and ${last}.`;
}

/** Classifies the problem: does the current configuration still deny it (continuous) or not? */
export function problemPattern(findings: readonly Finding[], denial?: DeniedRequest): ProblemPattern {
  const occ = occurrenceText(findings);
  if (denial) {
    const reproduced = findings.some((f) => f.event?.eventId === denial.eventId && f.category !== 'change-correlation');
    return reproduced
      ? {
          kind: 'continuous',
          sentence: `Continuous: the current configuration still denies this request, so every attempt fails until it is fixed.${occ}`,
        }
      : {
          kind: 'intermittent-or-fixed',
          sentence: `Intermittent or already fixed: the current policies in the snapshot allow the request (look for time, IP, tag or session conditions, IAM propagation delay, or a fix that already landed).${occ}`,
        };
  }
  if (findings.length > 0) {
    return {
      kind: 'configuration',
      sentence: `Continuous (configuration): found by a sweep without any failure event; it fails on every matching call.${occ}`,
    };
  }
  return { kind: 'none', sentence: 'No problem found for this function.' };
}

/** Reasons the case is cross-account (empty when it is not). */
export function crossAccountReasons(
  fn: FunctionInfo | undefined,
  findings: readonly Finding[],
  denial?: DeniedRequest,
): string[] {
  const reasons: string[] = [];
  const account = fn?.accountId ?? denial?.account;
  if (denial?.classification.class === 'cross-account') reasons.push('the denial was classified as cross-account');
  if (denial?.caller.accountId && account && denial.caller.accountId !== account)
    reasons.push(`the caller is in account ${denial.caller.accountId}`);
  const other = arnAccount(denial?.resource);
  if (other && account && other !== account) reasons.push(`the denied resource is in account ${other}`);
  if (findings.some((f) => f.category === 'cross-account')) reasons.push('a cross-account finding was raised');
  for (const l of fn?.layers ?? [])
    if (l.accountId !== fn?.accountId) reasons.push(`layer ${l.arn} belongs to account ${l.accountId}`);
  return [...new Set(reasons)];
}
