/**
 * The sweep's own notices around {@link deliverFindings}: the rotation order, the digest of what was not
 * alerted one by one, the "resolved" notices, and the sweep index that remembers all of it between sweeps
 * (lambda/core/findings/sweep-plan.ts for the rules, lambda/aws/dedup/sweep-index.ts for the storage).
 * A failed notice is logged and counted, never rethrown: the findings' own alerts are already out, and the
 * index keeps what was not announced, so the next sweep tries again.
 */
import { publisher, sweepIndexStore } from './io-modules';
import {
  nextIndex,
  orderForSweep,
  planDigest,
  resolvedEntries,
  type ResolvedEntry,
  type SweepIndex,
} from '../core/findings/sweep-plan';
import type { Finding } from '../core/findings/types';
import type { AuditResult } from '../core/audit';
import { renderDigestAlert, renderResolvedAlert } from '../core/render/alerts/sweep-notices';
import { logFault } from './faults';
import { deliverFindings, type PipelineDeps, type PipelineSummary } from './pipeline';

/** What {@link deliverSweep} did: the delivery counts and which findings the digest and the index need. */
export interface SweepDelivery {
  readonly delivered: PipelineSummary;
  /** Fingerprints alerted now or already alerted (repeats): the index remembers them as announced. */
  readonly alerted: ReadonlySet<string>;
  /** Alertable findings not alerted one by one (over the per-sweep cap, or below the individual severity). */
  readonly notAlerted: readonly Finding[];
  /** How many of `notAlerted` are below the individual severity (the rest were deferred by the cap). */
  readonly digestOnly: number;
}

/**
 * Delivers one sweep's findings in rotation order (never-alerted first, by severity then age), at most
 * `maxAlertsPerSweep` alerts, findings below `individualMinSeverity` left to the digest. Shared by the
 * single-account sweep and the organization sweep's item processor.
 */
export async function deliverSweep(
  deps: PipelineDeps,
  report: AuditResult,
  index: SweepIndex,
  now: Date,
): Promise<SweepDelivery> {
  const alerted = new Set<string>();
  const notAlerted: Finding[] = [];
  let digestOnly = 0;
  const delivered = await deliverFindings(
    deps,
    orderForSweep(report.findings, index, now),
    'sweep',
    now,
    deps.config.maxAlertsPerSweep,
    undefined,
    {
      individualMinSeverity: deps.config.individualMinSeverity,
      suppression: report,
      onOutcome: (finding, outcome) => {
        if (outcome === 'alerted' || outcome === 'repeat') alerted.add(finding.fingerprint);
        if (outcome === 'deferred' || outcome === 'digest') notAlerted.push(finding);
        if (outcome === 'digest') digestOnly++;
      },
    },
  );
  return { delivered, alerted, notAlerted, digestOnly };
}

/**
 * Reads the index (`key`: another index item, e.g. one organization sweep item's); a failure is logged and
 * the sweep goes on with an empty one (plain severity order).
 */
export async function readIndex(deps: PipelineDeps, key?: string): Promise<SweepIndex> {
  try {
    return await (await sweepIndexStore()).loadSweepIndex(deps.ddb, deps.config.tableName, key);
  } catch (error) {
    logFault(deps, 'SWEEP_INDEX_FAILED', error, { step: 'read' });
    return {};
  }
}

/** Publishes the digest of `notAlerted` when it says something new; returns the fingerprints it counted. */
export async function sendDigest(
  deps: PipelineDeps,
  notAlerted: readonly Finding[],
  index: SweepIndex,
  now: Date,
): Promise<ReadonlySet<string>> {
  const digest = planDigest(notAlerted, index);
  if (!digest) return new Set();
  try {
    const messageId = await (
      await publisher()
    ).publishAlert(
      deps.sns,
      deps.config.topicArn,
      renderDigestAlert(digest, now.toISOString(), deps.config.alertLanguage),
    );
    deps.metrics.count('DigestsPublished');
    deps.logger.info('digest', { ...digest.bySeverity, total: digest.total, snsMessageId: messageId });
    return new Set(notAlerted.map((f) => f.fingerprint));
  } catch (error) {
    logFault(deps, 'SWEEP_NOTICE_FAILED', error, { notice: 'digest' });
    return new Set();
  }
}

/** Publishes up to `max` resolved notices; returns the entries whose notice failed (kept for the next sweep). */
export async function sendResolved(
  deps: PipelineDeps,
  index: SweepIndex,
  findings: readonly Finding[],
  complete: boolean,
  max: number,
): Promise<{ readonly sent: number; readonly kept: readonly ResolvedEntry[] }> {
  const resolved = resolvedEntries(index, findings, !complete, deps.config.resolvedMinSeverity);
  const kept: ResolvedEntry[] = resolved.slice(max);
  let sent = 0;
  for (const entry of resolved.slice(0, max)) {
    try {
      const messageId = await (
        await publisher()
      ).publishAlert(deps.sns, deps.config.topicArn, renderResolvedAlert(entry, deps.config.alertLanguage));
      sent++;
      deps.logger.info('resolved', { fingerprint: entry.fingerprint, checkId: entry.checkId, snsMessageId: messageId });
    } catch (error) {
      kept.push(entry);
      logFault(deps, 'SWEEP_NOTICE_FAILED', error, { notice: 'resolved', fingerprint: entry.fingerprint });
    }
  }
  if (sent > 0) deps.metrics.count('ResolvedPublished', sent);
  return { sent, kept };
}

/** Stores the index after the sweep (unannounced resolved entries stay in it). Failures are logged only. */
export async function writeIndex(
  deps: PipelineDeps,
  index: SweepIndex,
  findings: readonly Finding[],
  marks: { readonly alerted: ReadonlySet<string>; readonly digested: ReadonlySet<string> },
  complete: boolean,
  kept: readonly ResolvedEntry[],
  now: Date,
  key?: string,
): Promise<void> {
  const next: Record<string, SweepIndex[string]> = { ...nextIndex(index, findings, marks, !complete, now) };
  for (const { fingerprint, ...entry } of kept) next[fingerprint] = entry;
  try {
    await (await sweepIndexStore()).saveSweepIndex(deps.ddb, deps.config.tableName, next, now, key);
  } catch (error) {
    logFault(deps, 'SWEEP_INDEX_FAILED', error, { step: 'write' });
  }
}
