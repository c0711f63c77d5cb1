/**
 * The shared tail of both handlers: findings → claim (DynamoDB, `pending`) → publish (SNS) → `sent` →
 * log record + metrics. Exactly one alert per fingerprint per window: see lambda/aws/dedup/dynamo.ts for
 * the claim protocol and README "Delivery guarantees" for what holds under which fault.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { SNSClient } from '@aws-sdk/client-sns';
import { SEVERITIES, type Finding, type Severity } from '../core/findings/types';
import type { AuditResult } from '../core/audit';
import { renderLogRecord, type FindingSource } from '../core/render/alerts/log-record';
import type { DedupConfig } from '../aws/dedup/dynamo';
import { dedupStore, publisher } from './io-modules';
import { AuditorError } from '../core/errors';
import type { AuditorConfig } from './config';
import { logFault } from './faults';
import type { AuditLogger, MetricsSink } from './ports';

/** I/O the pipeline needs (all injected). */
export interface PipelineDeps {
  readonly config: AuditorConfig;
  readonly sns: SNSClient;
  readonly ddb: DynamoDBClient;
  readonly logger: AuditLogger;
  readonly metrics: MetricsSink;
}

/** What happened to the findings of one audit. */
export interface PipelineSummary {
  readonly findings: number;
  /** Published now (new within the dedup window). */
  readonly alerted: number;
  /** Seen before within the window (or being alerted by a concurrent delivery): counted, not published. */
  readonly repeats: number;
  /** Below `minAlertSeverity`: logged only. */
  readonly belowThreshold: number;
  /** Over the per-run alert cap: logged only, not recorded, so a later run alerts them. */
  readonly deferred: number;
  /**
   * Repeats whose alert is not sent yet (another delivery holds a live `pending` claim). An event record
   * with any of these must not be acknowledged: that claim's owner may have failed (see on-denial.ts).
   */
  readonly inFlight: number;
  /** Matched a live suppression rule: logged with the rule and counted, never alerted. */
  readonly suppressed: number;
}

/**
 * Time an alert needs: claim, publish (SNS client timeouts: 2 attempts × 5 s) and completion. A publish is
 * never started with less left, so a Lambda timeout cannot cut a publish in half (the record is retried).
 */
export const MIN_REMAINING_MS_TO_PUBLISH = 15_000;

/** The dedup settings of `config`. */
export function dedupConfig(config: AuditorConfig): DedupConfig {
  return { tableName: config.tableName, ttlSeconds: config.ttlSeconds, leaseSeconds: config.leaseSeconds };
}

/** Sweep-only options of {@link deliverFindings}. */
export interface DeliveryOptions {
  /** What audit() did with the configured suppressions: logged here, once, and counted. */
  readonly suppression?: Pick<AuditResult, 'suppressed' | 'expiredSuppressions'>;
  /** Alertable findings below this severity are not published alone: outcome `digest` (the sweep counts them). */
  readonly individualMinSeverity?: Severity;
  /** Told what became of each finding (`in-flight` is a repeat whose alert is not sent yet). */
  readonly onOutcome?: (finding: Finding, outcome: FindingOutcome | 'in-flight') => void;
}

/**
 * Dedups, publishes and logs `findings` (expected sorted, highest severity first; suppressions already
 * applied by audit(), which passes what it suppressed in `options.suppression`). A publish failure
 * releases the claim and rethrows, so the retry (or a duplicate) alerts instead of staying silent.
 *
 * @param remainingMs time left in the invocation (Lambda context), checked before each publish
 */
export async function deliverFindings(
  deps: PipelineDeps,
  findings: readonly Finding[],
  source: FindingSource,
  now: Date,
  maxAlerts: number = Number.POSITIVE_INFINITY,
  remainingMs?: () => number,
  options: DeliveryOptions = {},
): Promise<PipelineSummary> {
  const suppressed = logSuppressions(deps, options.suppression, source);
  const total = findings.length + suppressed;
  const summary = { findings: total, alerted: 0, repeats: 0, belowThreshold: 0, deferred: 0, inFlight: 0 };
  const threshold = SEVERITIES.indexOf(deps.config.minAlertSeverity);
  const individual = SEVERITIES.indexOf(options.individualMinSeverity ?? 'info');
  const report = (finding: Finding, outcome: FindingOutcome | 'in-flight'): void => {
    if (outcome !== 'in-flight' && outcome !== 'alerted') logFinding(deps.logger, finding, source, outcome);
    options.onOutcome?.(finding, outcome);
  };
  for (const finding of findings) {
    deps.metrics.count('Findings', 1, { severity: finding.severity });
    deps.metrics.count('Findings', 1, { category: finding.category });
    const rank = SEVERITIES.indexOf(finding.severity);
    if (rank > threshold) {
      summary.belowThreshold++;
      report(finding, 'below-threshold');
    } else if (rank > individual) {
      report(finding, 'digest');
    } else if (summary.alerted >= maxAlerts) {
      summary.deferred++;
      report(finding, 'deferred');
    } else {
      ensureTime(deps, remainingMs, finding);
      const delivered = await deliverOne(deps, finding, source, now);
      if (delivered === 'alerted') summary.alerted++;
      else summary.repeats++;
      if (delivered === 'in-flight') summary.inFlight++;
      options.onOutcome?.(finding, delivered);
    }
  }
  deps.metrics.count('AlertsPublished', summary.alerted);
  if (suppressed > 0) deps.metrics.count('FindingsSuppressed', suppressed);
  deps.metrics.count('FindingsDeduplicated', summary.repeats);
  if (summary.deferred > 0) deps.metrics.count('AlertsDeferred', summary.deferred);
  return { ...summary, suppressed };
}

/** Logs what audit() suppressed and the expired rules it skipped, once; returns the number suppressed. */
function logSuppressions(
  deps: PipelineDeps,
  suppression: DeliveryOptions['suppression'],
  source: FindingSource,
): number {
  for (const rule of suppression?.expiredSuppressions ?? []) {
    deps.logger.warn('suppression expired', { suppressionId: rule.id, expires: rule.expires, reason: rule.reason });
  }
  for (const { finding, rule } of suppression?.suppressed ?? []) {
    const { message, ...record } = renderLogRecord(finding, { source, alerted: false });
    deps.logger.info(message, { ...record, outcome: 'suppressed', suppressionId: rule.id, reason: rule.reason });
  }
  return suppression?.suppressed.length ?? 0;
}

function ensureTime(deps: PipelineDeps, remainingMs: (() => number) | undefined, finding: Finding): void {
  if (!remainingMs) return;
  const left = remainingMs();
  if (left >= MIN_REMAINING_MS_TO_PUBLISH) return;
  const error = new AuditorError(
    'DEADLINE_NEAR',
    `Only ${left} ms left before the Lambda timeout: ${finding.fingerprint} is not published now (the retry ` +
      'alerts it). Raise the function timeout if this repeats.',
  );
  logFault(deps, 'DEADLINE_NEAR', error, { fingerprint: finding.fingerprint, remainingMs: left });
  throw error;
}

async function deliverOne(
  deps: PipelineDeps,
  finding: Finding,
  source: FindingSource,
  now: Date,
): Promise<'alerted' | 'repeat' | 'in-flight'> {
  const dedup = dedupConfig(deps.config);
  const { claim, release } = await dedupStore();
  const outcome = await claim(deps.ddb, dedup, finding.fingerprint, now, {
    checkId: finding.checkId,
    functionArn: finding.function?.arn || undefined,
  });
  const counted: Finding = { ...finding, occurrences: outcome.occurrences };
  if (!outcome.owner) {
    logFinding(deps.logger, counted, source, 'repeat');
    return outcome.state === 'sent' ? 'repeat' : 'in-flight';
  }
  if (outcome.takenOver) deps.metrics.count('ClaimsTakenOver');
  let messageId: string | undefined;
  try {
    const { topicArn, alertLanguage } = deps.config;
    const published = await (await publisher()).publishFinding(deps.sns, topicArn, counted, alertLanguage);
    messageId = published.messageId;
    if (published.truncated) deps.metrics.count('AlertsTruncated');
  } catch (error) {
    logFault(deps, 'SNS_PUBLISH_FAILED', error, { fingerprint: finding.fingerprint, checkId: finding.checkId });
    await release(deps.ddb, dedup, finding.fingerprint, outcome.claimId).catch((releaseError: unknown) =>
      // The lease then simply runs out: the retry takes over after `leaseSeconds` instead of at once.
      logFault(deps, 'DEDUP_RELEASE_FAILED', releaseError, { fingerprint: finding.fingerprint }),
    );
    throw error;
  }
  await markSent(deps, dedup, finding, outcome.claimId, messageId);
  logFinding(deps.logger, counted, source, 'alerted', messageId);
  return 'alerted';
}

/** The alert is out: a failure to record it is logged and counted, never rethrown (a retry would re-publish). */
async function markSent(
  deps: PipelineDeps,
  dedup: DedupConfig,
  finding: Finding,
  claimId: string,
  messageId: string | undefined,
): Promise<void> {
  try {
    const mine = await (await dedupStore()).complete(deps.ddb, dedup, finding.fingerprint, claimId, messageId);
    if (!mine) logFault(deps, 'DEDUP_CLAIM_LOST', undefined, { fingerprint: finding.fingerprint, messageId });
  } catch (error) {
    logFault(deps, 'DEDUP_COMPLETE_FAILED', error, { fingerprint: finding.fingerprint, messageId });
  }
}

/** What became of a finding, as logged in the `outcome` field. */
export type FindingOutcome = 'alerted' | 'repeat' | 'below-threshold' | 'deferred' | 'digest' | 'suppressed';

function logFinding(
  logger: AuditLogger,
  finding: Finding,
  source: FindingSource,
  outcome: FindingOutcome,
  messageId?: string,
): void {
  const { message, ...record } = renderLogRecord(finding, { source, alerted: outcome === 'alerted' });
  logger.info(message, { ...record, outcome, ...(messageId ? { snsMessageId: messageId } : {}) });
}
