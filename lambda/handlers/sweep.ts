/**
 * Scheduled sweep: collect every function of the account/region → run all checks → dedup → publish, at
 * most `maxAlertsPerSweep` alerts per run in rotation order (never-alerted first, by severity then age), one
 * digest for the rest, and "resolved" notices after a complete sweep (see ./sweep-notices.ts).
 */
import { audit } from '../core/audit';
import { SEVERITIES } from '../core/findings/types';
import { readConfig } from './config';
import type { PipelineSummary } from './pipeline';
import { deliverSweep, readIndex, sendDigest, sendResolved, writeIndex } from './sweep-notices';
import { productionDeps, type HandlerDeps } from './runtime';

/** Result of one sweep (also the Lambda's return value, visible in the console). */
export interface SweepSummary extends PipelineSummary {
  readonly functions: number;
  readonly checkErrors: number;
  readonly failedReads: number;
  readonly partial: boolean;
  /** Alertable findings counted in the digest instead of alerted one by one (below the per-finding threshold). */
  readonly digest: number;
  /** Findings the digest message (if one was sent) counted; 0 when no digest was sent. */
  readonly digested: number;
  /** "Resolved" notices sent. */
  readonly resolved: number;
}

/** Runs one sweep with `deps`. Faults propagate (the schedule target retries). */
export async function runSweep(deps: HandlerDeps): Promise<SweepSummary> {
  try {
    const now = deps.now();
    // The auditor-coverage check needs to know where this stack runs (IAM/STS denials: us-east-1 only) and,
    // when the collector read it, the state of the stack's own denial rule.
    const collected = await deps.collectSweep();
    const snapshot = { ...collected, auditor: { ...collected.auditor, stackRegion: deps.config.region } };
    const report = audit(snapshot, [], {
      now,
      checks: deps.checks,
      catalog: deps.catalog,
      suppressions: deps.config.suppressions,
    });
    const checkErrors = report.runs.filter((r) => r.status === 'error').length;
    const failedReads = snapshot.provenance.failedReads.length;
    deps.metrics.count('FunctionsSwept', snapshot.functions.length);
    if (checkErrors > 0) deps.metrics.count('CheckErrors', checkErrors);
    if (failedReads > 0) deps.metrics.count('CollectorFailedReads', failedReads);
    const index = await readIndex(deps);
    const { delivered, alerted, notAlerted, digestOnly: digest } = await deliverSweep(deps, report, index, now);
    // Complete = every read succeeded and every check ran: only then does absence mean "fixed".
    const complete = !snapshot.provenance.partial && checkErrors === 0;
    const alertable = report.findings.filter(
      (f) => SEVERITIES.indexOf(f.severity) <= SEVERITIES.indexOf(deps.config.minAlertSeverity),
    );
    const digested = await sendDigest(deps, notAlerted, index, now);
    const resolved = await sendResolved(deps, index, alertable, complete, deps.config.maxAlertsPerSweep);
    await writeIndex(deps, index, alertable, { alerted, digested }, complete, resolved.kept, now);
    const summary: SweepSummary = {
      ...delivered,
      functions: snapshot.functions.length,
      checkErrors,
      failedReads,
      partial: snapshot.provenance.partial,
      digest,
      digested: digested.size,
      resolved: resolved.sent,
    };
    deps.logger.info('sweep', { ...summary });
    return summary;
  } finally {
    deps.metrics.flush();
  }
}

let production: HandlerDeps | undefined;

/** Lambda entry point (EventBridge schedule). Configuration is read from the environment here. */
export const handler = (): Promise<SweepSummary> => {
  production ??= productionDeps(readConfig(process.env));
  return runSweep(production);
};
