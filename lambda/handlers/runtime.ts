/**
 * Production wiring shared by both handlers: Powertools Logger/Metrics, SDK clients, the collector.
 * Built once per container (cold start), from the configuration the handler module read.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { CollectContext, collectAccount, collectFunction, createClients, RateLimiter } from '../aws/collect';
import { buildSnapshot } from '../aws/collect/snapshot';
import type { DeniedRequest } from '../core/cloudtrail';
import { CHECKS } from '../core/checks/registry';
import type { Check } from '../core/checks/types';
import type { Snapshot } from '../core/snapshot/types';
import type { AuditorConfig } from './config';
import type { PipelineDeps } from './pipeline';
import { powertoolsLogger, powertoolsMetrics } from './ports';

/** Pipeline deps plus what the handlers add. */
export interface HandlerDeps extends PipelineDeps {
  readonly checks: readonly Check[];
  readonly now: () => Date;
  /** Collects the snapshot an event audit needs. */
  readonly collectForDenial: (denial: DeniedRequest) => Promise<Snapshot>;
  /** Collects the whole account/region for a sweep. */
  readonly collectSweep: () => Promise<Snapshot>;
}

/** A snapshot with nothing in it (marked partial), for denials that name no function: event-scoped checks still run. */
export function emptySnapshot(account: string, region: string, now: Date): Snapshot {
  const parts = { mode: 'function' as const, now, accountId: account, region, partition: 'aws', incomplete: true };
  return buildSnapshot(new CollectContext(), parts);
}

/**
 * The container's one rate limiter (module scope): every record of every invocation in this container, and
 * whichever handler runs here, draws from the same per-API buckets, so the documented quotas (CloudTrail
 * LookupEvents 2/s, …) hold across records instead of per collection.
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
    sns: new SNSClient({ region: config.region, ...DELIVERY_CLIENT_OPTIONS }),
    ddb: new DynamoDBClient({ region: config.region, ...DELIVERY_CLIENT_OPTIONS }),
    checks: CHECKS,
    now,
    collectForDenial: (denial) => {
      const name = denial.classification.functionArn ?? denial.classification.functionName;
      if (!name) return Promise.resolve(emptySnapshot(denial.account, denial.region, now()));
      return collectFunction(clients, {
        functionName: name,
        denialTime: denial.eventTime,
        withChanges: true,
        withLogs: true,
        context: new CollectContext(CONTAINER_LIMITER),
      });
    },
    collectSweep: () => collectAccount(clients, { context: new CollectContext(CONTAINER_LIMITER) }),
  };
}
