/**
 * The on-denial record's guard rails around collection: the event-key claim (dedup before any AWS read)
 * and a collection that fails only its record when AWS throttled it or timed out (the queue retries it)
 * instead of producing a degraded alert that would later be duplicated by the complete one.
 */
import type { DeniedRequest } from '../core/cloudtrail';
import { AuditorError } from '../core/errors';
import type { Snapshot } from '../core/snapshot/types';
import { dedupStore } from './io-modules';
import { eventKey } from '../aws/dedup/event-key';
import { logFault } from './faults';
import { dedupConfig } from './pipeline';
import type { HandlerDeps } from './runtime';

/**
 * Error names that mean "try again later" rather than "this read cannot succeed": the SDK's throttling and
 * transient codes (`@smithy/core` retry/service-error-classification constants) and Node network errors.
 */
export const RETRYABLE_READ_ERRORS: ReadonlySet<string> = new Set([
  'ThrottlingException',
  'Throttling',
  'ThrottledException',
  'TooManyRequestsException',
  'RequestLimitExceeded',
  'RequestThrottled',
  'RequestThrottledException',
  'SlowDown',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
]);

/**
 * Runs `audit` once per event key per window. Returns `repeat` (counted, nothing read) when the key was
 * audited already or is being audited by a concurrent delivery; otherwise owns the key, runs `audit` and
 * marks the key done, or releases it and rethrows when `audit` fails (so the retry audits again).
 */
export async function oncePerEventKey(
  deps: HandlerDeps,
  denial: DeniedRequest,
  now: Date,
  audit: () => Promise<void>,
): Promise<'audited' | 'repeat'> {
  const key = eventKey(denial);
  const config = dedupConfig(deps.config);
  const { claim, complete, release } = await dedupStore();
  const claimed = await claim(deps.ddb, config, key, now, { kind: 'event', action: denial.action });
  if (!claimed.owner) {
    deps.metrics.count('DenialsDeduplicated');
    deps.logger.info('denial-repeat', {
      eventKey: key,
      eventId: denial.eventId,
      occurrences: claimed.occurrences.count,
    });
    return 'repeat';
  }
  try {
    await audit();
  } catch (error) {
    await release(deps.ddb, config, key, claimed.claimId).catch((e: unknown) =>
      logFault(deps, 'DEDUP_RELEASE_FAILED', e, { eventKey: key }),
    );
    throw error;
  }
  await complete(deps.ddb, config, key, claimed.claimId, 'audited').catch((e: unknown) =>
    logFault(deps, 'DEDUP_COMPLETE_FAILED', e, { eventKey: key }),
  );
  return 'audited';
}

/**
 * Collects the denial's snapshot. A collector exception is logged (`COLLECTOR_FAILED`) and rethrown; failed
 * reads are counted; reads that failed because AWS throttled or timed out fail the record
 * (`COLLECTION_DEGRADED`), other failed reads (access denied, not found) stay evidence in the snapshot.
 */
export async function collectForRecord(deps: HandlerDeps, denial: DeniedRequest): Promise<Snapshot> {
  let snapshot: Snapshot;
  try {
    snapshot = await deps.collectForDenial(denial);
  } catch (error) {
    logFault(deps, 'COLLECTOR_FAILED', error, { eventId: denial.eventId });
    throw error;
  }
  const failed = snapshot.provenance.failedReads;
  if (failed.length > 0) deps.metrics.count('CollectorFailedReads', failed.length);
  const retryable = failed.filter((f) => RETRYABLE_READ_ERRORS.has(f.errorCode));
  if (retryable.length === 0) return snapshot;
  const apis = [...new Set(retryable.map((f) => `${f.api}:${f.errorCode}`))].sort();
  const error = new AuditorError(
    'COLLECTION_DEGRADED',
    `${retryable.length} read(s) were throttled or timed out (${apis.join(', ')}): the record is retried ` +
      'instead of alerting on a partial picture.',
  );
  logFault(deps, 'COLLECTION_DEGRADED', error, { eventId: denial.eventId, reads: apis });
  throw error;
}
