/**
 * Non-parse faults: every one is logged at error level with a stable `code` and counted as the `Faults`
 * metric with a `code` dimension (low cardinality: the codes below), so alarms and the dashboard see them.
 * Only the error's name and message are logged, never a request or event body.
 */
import type { AuditLogger, MetricsSink } from './ports';

/** The fault codes the handlers emit. */
export type FaultCode =
  | 'SNS_PUBLISH_FAILED'
  | 'DEDUP_FAILED'
  | 'DEDUP_RELEASE_FAILED'
  | 'DEDUP_COMPLETE_FAILED'
  | 'DEDUP_CLAIM_LOST'
  | 'COLLECTOR_FAILED'
  | 'COLLECTION_DEGRADED'
  | 'DEADLINE_NEAR'
  | 'SWEEP_FAILED'
  | 'SWEEP_INDEX_FAILED'
  | 'SWEEP_NOTICE_FAILED';

/** Logs and counts one fault. `error` contributes its name and (shortened) message only. */
export function logFault(
  deps: { readonly logger: AuditLogger; readonly metrics: MetricsSink },
  code: FaultCode,
  error: unknown,
  attributes: Record<string, unknown> = {},
): void {
  deps.metrics.count('Faults', 1, { code });
  const described = error instanceof Error ? { errorName: error.name, errorMessage: error.message.slice(0, 300) } : {};
  deps.logger.error('fault', { code, ...attributes, ...described });
}
