/**
 * `SweepFanout`: the organization sweep as a Step Functions state machine. A `Plan` state holds the items
 * (accounts × Regions, and shards of very large accounts), a Distributed Map runs the item processor
 * (lambda/handlers/sweep-item.ts) over batches of items with a global concurrency cap, retries, a tolerated
 * failure percentage, and writes every item's result to S3 (`ResultWriter`). Per-account API quotas are
 * kept inside each item (see `itemQuotas`): one account × Region is never split beyond its shards.
 *
 * Distributed Map fields (ItemBatcher.MaxItemsPerBatch, MaxConcurrency, ToleratedFailurePercentage,
 * ResultWriter): https://docs.aws.amazon.com/step-functions/latest/dg/state-map-distributed.html
 */
import * as path from 'node:path';
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sfn from 'aws-cdk-lib/aws-stepfunctions';
import * as tasks from 'aws-cdk-lib/aws-stepfunctions-tasks';
import * as cxapi from 'aws-cdk-lib/cx-api';
import { Construct } from 'constructs';
import type { SweepItem } from '../lambda/handlers/sweep-item';
import { AUDITOR_BUNDLING } from './bundling';
import { addSweepNagAcknowledgments } from './org-nag';

/** Properties of {@link SweepFanout}. */
export interface SweepFanoutProps {
  /** Member accounts to sweep (12-digit IDs). */
  readonly accounts: readonly string[];
  /** Regions to sweep in every account. */
  readonly regions: readonly string[];
  /**
   * Shards per account for very large accounts (one item sweeps about 12,000 functions within Lambda's
   * 15 minutes at GetPolicy's 15/s; give 2 shards per 10,000 functions).
   * @default 1 shard for every account
   */
  readonly shards?: Readonly<Record<string, number>>;
  /** Environment of the item processor (the auditor's topic, table, thresholds and member role). */
  readonly environment: Record<string, string>;
  /** Grants the item processor's role needs (publish, dedup, assume the member role). */
  readonly grant: (role: iam.Role) => void;
  /** @default Duration.days(1) */
  readonly schedule?: events.Schedule;
  /** Items in flight at once (child workflow executions). @default 50 */
  readonly maxConcurrency?: number;
  /** Items per item-processor invocation. @default 4 */
  readonly itemsPerBatch?: number;
  /** Percentage of items that may fail before the sweep fails. @default 10 */
  readonly toleratedFailurePercentage?: number;
  /** @default logs.RetentionDays.THREE_MONTHS */
  readonly logRetention?: logs.RetentionDays;
}

/** Builds the item list: every account × Region × shard, with the account-wide quota divisor. */
export function sweepItems(
  accounts: readonly string[],
  regions: readonly string[],
  shards: Readonly<Record<string, number>> = {},
): SweepItem[] {
  return accounts.flatMap((account) =>
    regions.flatMap((region) => {
      const n = Math.max(1, shards[account] ?? 1);
      return Array.from({ length: n }, (_, shard) => ({
        account,
        region,
        ...(n > 1 ? { shard, shards: n } : {}),
        ...(regions.length > 1 ? { regionsPerAccount: regions.length } : {}),
      }));
    }),
  );
}

/** The Distributed Map sweep over an organization. */
export class SweepFanout extends Construct {
  /** The item processor. */
  public readonly itemFunction: nodejs.NodejsFunction;
  /** The state machine (start an execution to sweep now). */
  public readonly stateMachine: sfn.StateMachine;
  /** Per-item results written by the Map run (expire after 30 days). */
  public readonly resultBucket: s3.Bucket;

  constructor(scope: Construct, id: string, props: SweepFanoutProps) {
    super(scope, id);
    // Emit `ResultWriter` from `resultWriterV2` (the flag gates the V2 rendering of the field).
    this.node.setContext(cxapi.STEPFUNCTIONS_USE_DISTRIBUTED_MAP_RESULT_WRITER_V2, true);
    const retention = props.logRetention ?? logs.RetentionDays.THREE_MONTHS;
    this.itemFunction = this.createItemFunction(props, retention);
    this.resultBucket = new s3.Bucket(this, 'Results', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      lifecycleRules: [{ expiration: Duration.days(30) }],
      removalPolicy: RemovalPolicy.DESTROY,
      autoDeleteObjects: false,
    });
    const plan = new sfn.Pass(this, 'Plan', {
      comment: 'Accounts × Regions (× shards) to sweep',
      result: sfn.Result.fromObject({ items: sweepItems(props.accounts, props.regions, props.shards) }),
    });
    const map = this.createMap(props);
    this.stateMachine = new sfn.StateMachine(this, 'StateMachine', {
      definitionBody: sfn.DefinitionBody.fromChainable(plan.next(map)),
      timeout: Duration.hours(12),
      tracingEnabled: true,
      logs: {
        destination: new logs.LogGroup(this, 'StateMachineLogs', { retention, removalPolicy: RemovalPolicy.RETAIN }),
        level: sfn.LogLevel.ALL,
        includeExecutionData: false,
      },
    });
    addSweepNagAcknowledgments(this);
    new events.Rule(this, 'Schedule', {
      schedule: props.schedule ?? events.Schedule.rate(Duration.days(1)),
      targets: [new targets.SfnStateMachine(this.stateMachine, { retryAttempts: 2 })],
    });
  }

  private createMap(props: SweepFanoutProps): sfn.DistributedMap {
    const invoke = new tasks.LambdaInvoke(this, 'SweepBatch', {
      lambdaFunction: this.itemFunction,
      payloadResponseOnly: true,
      retryOnServiceExceptions: false,
    });
    invoke.addRetry({
      errors: ['Lambda.ServiceException', 'Lambda.TooManyRequestsException', 'Lambda.SdkClientException'],
      interval: Duration.seconds(5),
      maxAttempts: 4,
      backoffRate: 2,
      jitterStrategy: sfn.JitterType.FULL,
    });
    // A batch whose items all failed (e.g. a member role not deployed yet): one more try later.
    invoke.addRetry({ errors: ['AuditorError', 'States.Timeout'], interval: Duration.minutes(1), maxAttempts: 1 });
    const map = new sfn.DistributedMap(this, 'SweepAccounts', {
      itemsPath: sfn.JsonPath.stringAt('$.items'),
      itemBatcher: new sfn.ItemBatcher({ maxItemsPerBatch: props.itemsPerBatch ?? 4 }),
      maxConcurrency: props.maxConcurrency ?? 50,
      toleratedFailurePercentage: props.toleratedFailurePercentage ?? 10,
      mapExecutionType: sfn.StateMachineType.STANDARD,
      resultWriterV2: new sfn.ResultWriterV2({ bucket: this.resultBucket, prefix: 'sweeps' }),
    });
    map.itemProcessor(invoke);
    return map;
  }

  private createItemFunction(props: SweepFanoutProps, retention: logs.RetentionDays): nodejs.NodejsFunction {
    const logGroup = new logs.LogGroup(this, 'SweepItemLogs', { retention, removalPolicy: RemovalPolicy.RETAIN });
    const role = new iam.Role(this, 'SweepItemRole', {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: 'lambda-access-auditor SweepItem: assumes member roles, publishes alerts',
    });
    logGroup.grantWrite(role);
    props.grant(role);
    const root = path.join(__dirname, '..');
    return new nodejs.NodejsFunction(this, 'SweepItem', {
      entry: path.join(root, 'lambda', 'handlers', 'sweep-item.ts'),
      projectRoot: root,
      depsLockFilePath: path.join(root, 'package-lock.json'),
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: 1024,
      timeout: Duration.minutes(15),
      role,
      logGroup,
      environment: props.environment,
      bundling: AUDITOR_BUNDLING,
    });
  }
}
