/**
 * Production wiring shared by both handlers: Powertools Logger/Metrics, SDK clients, the collector.
 * Built once per container (cold start), from the configuration the handler module read.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { CollectContext, collectAccount, collectFunction, createClients } from '../aws/collect';
import { collectionTarget, memberAccountClients } from '../aws/accounts';
import { withTargetRole } from '../aws/target-side';
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

/** Builds the production dependencies (real clients, Powertools). */
export function productionDeps(config: AuditorConfig): HandlerDeps {
  const logger = powertoolsLogger(new Logger());
  const metrics = powertoolsMetrics(new Metrics());
  const clients = createClients(config.region);
  const accounts = config.memberAccess ? memberAccountClients(config.memberAccess, config.region) : undefined;
  const now = (): Date => new Date();
  return {
    config,
    logger,
    metrics,
    sns: new SNSClient({ region: config.region }),
    ddb: new DynamoDBClient({ region: config.region }),
    checks: CHECKS,
    now,
    collectForDenial: (denial) => {
      const name = denial.classification.functionArn ?? denial.classification.functionName;
      if (!name) return Promise.resolve(emptySnapshot(denial.account, denial.region, now()));
      const target = collectionTarget(accounts, clients, { ...denial, functionArn: denial.classification.functionArn });
      return collectFunction(target.clients, {
        ...(target.context ? { context: target.context } : {}),
        functionName: name,
        denialTime: denial.eventTime,
        withChanges: true,
        withLogs: true,
      }).then((snapshot) => withTargetRole(accounts, snapshot, denial));
    },
    collectSweep: () => collectAccount(clients, {}),
  };
}
