/**
 * Scheduled sweep: collect every function of the account/region → run all checks → dedup → publish
 * (at most `maxAlertsPerSweep` alerts per run, highest severity first; the rest alert on later sweeps).
 */
import { runChecks } from '../core/checks/runner';
import { readConfig } from './config';
import { deliverFindings, type PipelineSummary } from './pipeline';
import { productionDeps, type HandlerDeps } from './runtime';

/** Result of one sweep (also the Lambda's return value, visible in the console). */
export interface SweepSummary extends PipelineSummary {
  readonly functions: number;
  readonly checkErrors: number;
  readonly failedReads: number;
  readonly partial: boolean;
}

/** Runs one sweep with `deps`. Faults propagate (the schedule target retries). */
export async function runSweep(deps: HandlerDeps): Promise<SweepSummary> {
  try {
    const now = deps.now();
    const snapshot = await deps.collectSweep();
    const report = runChecks(deps.checks, { snapshot, now, catalog: deps.catalog });
    const checkErrors = report.runs.filter((r) => r.status === 'error').length;
    const failedReads = snapshot.provenance.failedReads.length;
    deps.metrics.count('FunctionsSwept', snapshot.functions.length);
    if (checkErrors > 0) deps.metrics.count('CheckErrors', checkErrors);
    if (failedReads > 0) deps.metrics.count('CollectorFailedReads', failedReads);
    const delivered = await deliverFindings(deps, report.findings, 'sweep', now, deps.config.maxAlertsPerSweep);
    const summary: SweepSummary = {
      ...delivered,
      functions: snapshot.functions.length,
      checkErrors,
      failedReads,
      partial: snapshot.provenance.partial,
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
