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
import { CollectContext } from '../aws/collect/context';
import { RateLimiter } from '../aws/collect/limiter';
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

/**
 * The container's one rate limiter (module scope): every record of every invocation in this container, and
 * whichever handler runs here, draws from the same per-API buckets, so the documented quotas (CloudTrail
 * LookupEvents 2/s, …) hold across records instead of per collection. Member accounts have their own.
 */
export const CONTAINER_LIMITER = new RateLimiter();

/**
 * SNS and DynamoDB clients fail fast: a hung connection costs seconds, not the invocation, and the record
 * is retried by the queue. (`requestHandler` options of the SDK v3 Node HTTP handler.)
 */
export const DELIVERY_CLIENT_OPTIONS = {
  maxAttempts: 2,
  requestHandler: { connectionTimeout: 2_000, requestTimeout: 5_000 },
} as const;

type SnsSdk = typeof import('@aws-sdk/client-sns');
type DynamoSdk = typeof import('@aws-sdk/client-dynamodb');

/** The pipeline's SNS and DynamoDB clients, constructed (and their SDK packages loaded) on first use. */
function pipelineClients(region: string): Pick<PipelineDeps, 'sns' | 'ddb'> {
  const options = { region, ...DELIVERY_CLIENT_OPTIONS };
  return {
    sns: lazyClient(() => new (require('@aws-sdk/client-sns') as SnsSdk).SNSClient(options)),
    ddb: lazyClient(() => new (require('@aws-sdk/client-dynamodb') as DynamoSdk).DynamoDBClient(options)),
  };
}

/** What the first collection loads: the collector, member-account access and the cross-account target side. */
interface Collector {
  readonly collect: typeof import('../aws/collect');
  readonly clients: CollectorClients;
  readonly accounts?: import('../aws/accounts').AccountClients;
  readonly targets: typeof import('../aws/target-side');
  readonly collectionTarget: typeof import('../aws/accounts').collectionTarget;
}

/** The collector modules and their (lazy) clients, imported on the first collection and then shared. */
function lazyCollector(config: AuditorConfig): () => Promise<Collector> {
  let loading: Promise<Collector> | undefined;
  const load = async (): Promise<Collector> => {
    const [collect, accountsModule, targets] = await Promise.all([
      import('../aws/collect'),
      import('../aws/accounts'),
      import('../aws/target-side'),
    ]);
    const accounts = config.memberAccess
      ? accountsModule.memberAccountClients(config.memberAccess, config.region)
      : undefined;
    const clients = collect.createClients(config.region);
    return { collect, clients, accounts, targets, collectionTarget: accountsModule.collectionTarget };
  };
  return () => (loading ??= load());
}

/** Builds the production dependencies (real clients, Powertools). */
export function productionDeps(config: AuditorConfig): HandlerDeps {
  const logger = powertoolsLogger(new Logger());
  const metrics = powertoolsMetrics(new Metrics());
  const collector = lazyCollector(config);
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
      const { collect, clients, accounts, targets, collectionTarget } = await collector();
      const target = collectionTarget(accounts, clients, { ...denial, functionArn: denial.classification.functionArn });
      const options = {
        context: target.context ?? new CollectContext(CONTAINER_LIMITER),
        functionName: name,
        denialTime: denial.eventTime,
        withChanges: true,
        withLogs: true,
        organization: config.organization,
        // The resource the denial names: its resource-based policy (or key policy + grants) is read.
        ...(denial.resource && denial.resource !== '*' ? { resourceArns: [denial.resource] } : {}),
      };
      const snapshot = await collect.collectFunction(target.clients, options);
      return targets.withTargetRole(accounts, snapshot, denial);
    },
    collectSweep: async () => {
      const { collect, clients } = await collector();
      return collect.collectAccount(clients, {
        context: new CollectContext(CONTAINER_LIMITER),
        organization: config.organization,
        auditor: { stackRegion: config.region, denialRuleArn: config.denialRuleArn },
      });
    },
  };
}
