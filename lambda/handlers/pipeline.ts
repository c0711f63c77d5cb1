/**
 * The shared tail of both handlers: findings → dedup (DynamoDB) → publish (SNS) → log record + metrics.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { SNSClient } from '@aws-sdk/client-sns';
import { SEVERITIES, type Finding } from '../core/findings/types';
import { renderLogRecord, type FindingSource } from '../core/render/alerts/log-record';
import type { AuditorConfig } from './config';
import type { AuditLogger, MetricsSink } from './ports';

// Loaded on first delivery, not at handler load: they pull in the DynamoDB and SNS SDK packages.
const dedupModule = () => import('../aws/dedup/dynamo');
const publishModule = () => import('../aws/publish/sns');

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
  /** Seen before within the window: counted, not published. */
  readonly repeats: number;
  /** Below `minAlertSeverity`: logged only. */
  readonly belowThreshold: number;
  /** Over the per-run alert cap: logged only, not recorded, so a later run alerts them. */
  readonly deferred: number;
}

/**
 * Dedups, publishes and logs `findings` (expected sorted, highest severity first). A publish failure
 * releases the dedup record and rethrows, so the retry alerts again instead of staying silent.
 */
export async function deliverFindings(
  deps: PipelineDeps,
  findings: readonly Finding[],
  source: FindingSource,
  now: Date,
  maxAlerts: number = Number.POSITIVE_INFINITY,
): Promise<PipelineSummary> {
  const summary = { findings: findings.length, alerted: 0, repeats: 0, belowThreshold: 0, deferred: 0 };
  const threshold = SEVERITIES.indexOf(deps.config.minAlertSeverity);
  for (const finding of findings) {
    deps.metrics.count('Findings', 1, { severity: finding.severity });
    deps.metrics.count('Findings', 1, { category: finding.category });
    if (SEVERITIES.indexOf(finding.severity) > threshold) {
      summary.belowThreshold++;
      logFinding(deps.logger, finding, source, 'below-threshold');
      continue;
    }
    if (summary.alerted >= maxAlerts) {
      summary.deferred++;
      logFinding(deps.logger, finding, source, 'deferred');
      continue;
    }
    const alerted = await deliverOne(deps, finding, source, now);
    if (alerted) summary.alerted++;
    else summary.repeats++;
  }
  deps.metrics.count('AlertsPublished', summary.alerted);
  deps.metrics.count('FindingsDeduplicated', summary.repeats);
  if (summary.deferred > 0) deps.metrics.count('AlertsDeferred', summary.deferred);
  return summary;
}

async function deliverOne(deps: PipelineDeps, finding: Finding, source: FindingSource, now: Date): Promise<boolean> {
  const dedup = { tableName: deps.config.tableName, ttlSeconds: deps.config.ttlSeconds };
  const { recordOccurrence, releaseOccurrence } = await dedupModule();
  const outcome = await recordOccurrence(deps.ddb, dedup, finding, now);
  const counted: Finding = { ...finding, occurrences: outcome.occurrences };
  if (outcome.isNew) {
    try {
      const published = await (await publishModule()).publishFinding(deps.sns, deps.config.topicArn, counted);
      if (published.truncated) deps.metrics.count('AlertsTruncated');
    } catch (error) {
      await releaseOccurrence(deps.ddb, dedup, finding.fingerprint, outcome.occurrences);
      throw error;
    }
  }
  logFinding(deps.logger, counted, source, outcome.isNew ? 'alerted' : 'repeat');
  return outcome.isNew;
}

/** What became of a finding, as logged in the `outcome` field. */
export type FindingOutcome = 'alerted' | 'repeat' | 'below-threshold' | 'deferred';

function logFinding(logger: AuditLogger, finding: Finding, source: FindingSource, outcome: FindingOutcome): void {
  const { message, ...record } = renderLogRecord(finding, { source, alerted: outcome === 'alerted' });
  logger.info(message, { ...record, outcome });
}
