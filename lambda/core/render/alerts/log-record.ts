/**
 * The structured log record of a finding: flat, root-level fields so CloudWatch Logs Insights queries
 * (lib/queries.ts) can filter and aggregate them. No environment values (findings never hold any).
 */
import type { Finding } from '../../findings/types';

/** Where a finding came from. */
export type FindingSource = 'event' | 'sweep';

/** One log line per finding. `message` is always `finding`. */
export interface FindingLogRecord {
  readonly message: 'finding';
  readonly checkId: string;
  readonly category: string;
  readonly severity: string;
  readonly title: string;
  readonly fingerprint: string;
  readonly source: FindingSource;
  /** True when this occurrence was published (new within the dedup window). */
  readonly alerted: boolean;
  readonly occurrences: number;
  readonly firstSeen?: string;
  readonly lastSeen?: string;
  readonly functionName?: string;
  readonly functionArn?: string;
  readonly account?: string;
  readonly region?: string;
  readonly principal?: string;
  readonly action?: string;
  readonly resource?: string;
  readonly decision?: string;
  readonly decidingPolicyType?: string;
  readonly summary: string;
  readonly fixSummary?: string;
  readonly eventId?: string;
  readonly errorCode?: string;
  readonly eventTime?: string;
  /** AWS's authorization ID of the denial (IAM Access Troubleshooter), when the message carried one. */
  readonly authorizationId?: string;
}

/** Builds the log record of `finding`. Undefined fields are left out. */
export function renderLogRecord(
  finding: Finding,
  meta: { readonly source: FindingSource; readonly alerted: boolean },
): FindingLogRecord {
  const record: FindingLogRecord = {
    message: 'finding',
    checkId: finding.checkId,
    category: finding.category,
    severity: finding.severity,
    title: finding.title,
    fingerprint: finding.fingerprint,
    source: meta.source,
    alerted: meta.alerted,
    occurrences: finding.occurrences?.count ?? 1,
    firstSeen: finding.occurrences?.firstSeen,
    lastSeen: finding.occurrences?.lastSeen,
    functionName: finding.function?.name,
    functionArn: finding.function?.arn,
    account: finding.function?.account ?? finding.event?.account,
    region: finding.function?.region ?? finding.event?.region,
    principal: finding.principal ?? finding.event?.principal,
    action: finding.action,
    resource: finding.resource,
    decision: finding.explanation.decision,
    decidingPolicyType: finding.explanation.decidingPolicyType,
    summary: finding.explanation.summary,
    fixSummary: finding.fix?.summary,
    eventId: finding.event?.eventId,
    errorCode: finding.event?.errorCode,
    eventTime: finding.event?.time,
    authorizationId: finding.event?.authorizationId,
  };
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as unknown as FindingLogRecord;
}
