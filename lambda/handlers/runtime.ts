/**
 * Production wiring shared by both handlers: Powertools Logger/Metrics, SDK clients, the collector.
 * Built once per container (cold start), from the configuration the handler module read. SDK clients and
 * the collector are loaded on first use (README "Lean Lambdas"): an ignored denial loads no collector.
 */
/* eslint-disable @typescript-eslint/no-require-imports -- SDK packages are required on first use of their client */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { loadActionCatalog } from '../catalog';
import type { CollectorClients } from '../aws/collect/clients';
import { lazyClient } from '../aws/collect/lazy';
import { COLLECTOR_VERSION } from '../aws/collect/snapshot';
import { collectionTarget, memberAccountClients } from '../aws/accounts';
import { withTargetRole } from '../aws/target-side';
import type { DeniedRequest } from '../core/cloudtrail';
import { CHECKS } from '../core/checks/registry';
import type { Check } from '../core/checks/types';
import type { ActionCatalog } from '../core/policy/model';
import { denialOnlySnapshot } from '../core/snapshot/empty';
import type { Snapshot } from '../core/snapshot/types';
import type { AuditorConfig } from './config';
import type { PipelineDeps } from './pipeline';
import { powertoolsLogger, powertoolsMetrics } from './ports';

/** Pipeline deps plus what the handlers add. */
export interface HandlerDeps extends PipelineDeps {
  readonly checks: readonly Check[];
  /** The IAM action catalog passed to the intake and the checks. */
  readonly catalog: ActionCatalog;
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

type SnsSdk = typeof import('@aws-sdk/client-sns');
type DynamoSdk = typeof import('@aws-sdk/client-dynamodb');
type CollectModule = typeof import('../aws/collect');

/** The pipeline's SNS and DynamoDB clients, constructed (and their SDK packages loaded) on first use. */
function pipelineClients(region: string): Pick<PipelineDeps, 'sns' | 'ddb'> {
  return {
    sns: lazyClient(() => new (require('@aws-sdk/client-sns') as SnsSdk).SNSClient({ region })),
    ddb: lazyClient(() => new (require('@aws-sdk/client-dynamodb') as DynamoSdk).DynamoDBClient({ region })),
  };
}

/** The collector module and its (lazy) clients, imported on the first collection and then shared. */
function lazyCollector(region: string): () => Promise<{ collect: CollectModule; clients: CollectorClients }> {
  let loading: Promise<{ collect: CollectModule; clients: CollectorClients }> | undefined;
  return () =>
    (loading ??= import('../aws/collect').then((collect) => ({ collect, clients: collect.createClients(region) })));
}

/** Builds the production dependencies (real clients, Powertools). */
export function productionDeps(config: AuditorConfig): HandlerDeps {
  const logger = powertoolsLogger(new Logger());
  const metrics = powertoolsMetrics(new Metrics());
  const collector = lazyCollector(config.region);
  const accounts = config.memberAccess ? memberAccountClients(config.memberAccess, config.region) : undefined;
  const now = (): Date => new Date();
  return {
    config,
    logger,
    metrics,
    ...pipelineClients(config.region),
    checks: CHECKS,
    catalog: loadActionCatalog(),
    now,
    collectForDenial: async (denial) => {
      const name = denial.classification.functionArn ?? denial.classification.functionName;
      if (!name) return unattributedSnapshot(denial, now());
      const { collect, clients } = await collector();
      const target = collectionTarget(accounts, clients, { ...denial, functionArn: denial.classification.functionArn });
      const options = {
        ...(target.context ? { context: target.context } : {}),
        functionName: name,
        denialTime: denial.eventTime,
        withChanges: true,
        withLogs: true,
        // The resource the denial names: its resource-based policy (or key policy + grants) is read.
        ...(denial.resource && denial.resource !== '*' ? { resourceArns: [denial.resource] } : {}),
      };
      const snapshot = await collect.collectFunction(target.clients, options);
      return withTargetRole(accounts, snapshot, denial);
    },
    collectSweep: async () => {
      const { collect, clients } = await collector();
      return collect.collectAccount(clients, {});
    },
  };
}
