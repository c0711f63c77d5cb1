/**
 * Production wiring shared by both handlers: Powertools Logger/Metrics, SDK clients, the collector.
 * Built once per container (cold start), from the configuration the handler module read.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { collectAccount, collectFunction, createClients } from '../aws/collect';
import { COLLECTOR_VERSION } from '../aws/collect/snapshot';
import type { DeniedRequest } from '../core/cloudtrail';
import { CHECKS } from '../core/checks/registry';
import type { Check } from '../core/checks/types';
import type { ActionCatalog } from '../core/policy/model';
import { loadActionCatalog } from '../core/policy';
import { denialOnlySnapshot } from '../core/snapshot/empty';
import type { Snapshot } from '../core/snapshot/types';
import type { AuditorConfig } from './config';
import type { PipelineDeps } from './pipeline';
import { powertoolsLogger, powertoolsMetrics } from './ports';

/** Pipeline deps plus what the handlers add. */
export interface HandlerDeps extends PipelineDeps {
  readonly checks: readonly Check[];
  /** IAM action catalog for fixes. */
  readonly catalog?: ActionCatalog;
  readonly now: () => Date;
  /** Collects the snapshot an event audit needs. */
  readonly collectForDenial: (denial: DeniedRequest) => Promise<Snapshot>;
  /** Collects the whole account/region for a sweep. */
  readonly collectSweep: () => Promise<Snapshot>;
}

/**
 * The snapshot of a denial that names no function (marked partial): nothing to collect, the event checks
 * still run on AWS's message.
 */
export function unattributedSnapshot(denial: DeniedRequest, now: Date): Snapshot {
  return denialOnlySnapshot([denial], {
    mode: 'function',
    collectorVersion: COLLECTOR_VERSION,
    takenAt: now.toISOString(),
    partial: true,
  });
}

/** Builds the production dependencies (real clients, Powertools). */
export function productionDeps(config: AuditorConfig): HandlerDeps {
  const logger = powertoolsLogger(new Logger());
  const metrics = powertoolsMetrics(new Metrics());
  const clients = createClients(config.region);
  const now = (): Date => new Date();
  return {
    config,
    logger,
    metrics,
    sns: new SNSClient({ region: config.region }),
    ddb: new DynamoDBClient({ region: config.region }),
    checks: CHECKS,
    catalog: loadActionCatalog(),
    now,
    collectForDenial: (denial) => {
      const name = denial.classification.functionArn ?? denial.classification.functionName;
      if (!name) return Promise.resolve(unattributedSnapshot(denial, now()));
      return collectFunction(clients, {
        functionName: name,
        denialTime: denial.eventTime,
        withChanges: true,
        withLogs: true,
      });
    },
    collectSweep: () => collectAccount(clients, {}),
  };
}
