/**
 * `SweepFanout`: the organization sweep as a Step Functions state machine.
 *
 * 1. `Plan` (lambda/handlers/sweep-plan.ts) resolves the accounts at run time (account IDs, `organization`,
 *    OU or root IDs through AWS Organizations) and writes the items (accounts × Regions, and shards of very
 *    large accounts) to S3.
 * 2. `SweepAccounts`, a Distributed Map, reads them (`ItemReader`) and runs the item processor
 *    (lambda/handlers/sweep-item.ts) over batches of items with a global concurrency cap, retries and a
 *    tolerated failure percentage, writing every item's result to S3 (`ResultWriter`). Per-account API
 *    quotas are kept inside each item (see `itemQuotas`): one account × Region is never split beyond its
 *    shards.
 * 3. `Digest` (lambda/handlers/sweep-digest.ts) reads the run's results and publishes one organization
 *    digest. A failed Map run (too many failed items) is caught and still goes to `Digest` with its error.
 *
 * Distributed Map fields (ItemReader, ItemBatcher.MaxItemsPerBatch, MaxConcurrency,
 * ToleratedFailurePercentage, ResultWriter):
 * https://docs.aws.amazon.com/step-functions/latest/dg/state-map-distributed.html
 */
import * as path from 'node:path';
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
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
import { sweepItems } from '../lambda/handlers/sweep-plan';
import { AUDITOR_BUNDLING } from './bundling';
import { addSweepNagAcknowledgments, ORGANIZATIONS_LIST_REASON } from './org-nag';

export { sweepItems };

/** Key prefix of the Map's result files in the results bucket. */
export const RESULT_PREFIX = 'sweeps';
/** Key prefix of the item lists the Plan state writes. */
export const PLAN_PREFIX = 'plans';

/** Read actions the Plan state needs to resolve `organization`, OU and root sources. */
export const ACCOUNT_DISCOVERY_ACTIONS = [
  'organizations:ListAccounts',
  'organizations:ListAccountsForParent',
  'organizations:ListChildren',
] as const;

/** Properties of {@link SweepFanout}. */
export interface SweepFanoutProps {
  /**
   * What to sweep, resolved at run time: 12-digit account IDs, `organization` (every ACTIVE account) or OU /
   * root IDs (`ou-…`, `r-…`: the ACTIVE accounts in them, recursively).
   */
  readonly accounts: readonly string[];
  /** Accounts never swept (e.g. the central account, covered by its own sweep). @default none */
  readonly excludeAccounts?: readonly string[];
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
  /** Grants the digest handler's role needs (publish to the alert topic). */
  readonly grantPublish: (role: iam.Role) => void;
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

/** The Distributed Map sweep over an organization. */
export class SweepFanout extends Construct {
  /** The item processor. */
  public readonly itemFunction: nodejs.NodejsFunction;
  /** Resolves the accounts and writes the item list (the `Plan` state). */
  public readonly planFunction: nodejs.NodejsFunction;
  /** Aggregates the run's results into one digest (the `Digest` state). */
  public readonly digestFunction: nodejs.NodejsFunction;
  /** The state machine (start an execution to sweep now). */
  public readonly stateMachine: sfn.StateMachine;
  /** Item lists and per-item results of the runs (expire after 30 days). */
  public readonly resultBucket: s3.Bucket;

  constructor(scope: Construct, id: string, props: SweepFanoutProps) {
    super(scope, id);
    // Emit `ResultWriter` from `resultWriterV2` (the flag gates the V2 rendering of the field).
    this.node.setContext(cxapi.STEPFUNCTIONS_USE_DISTRIBUTED_MAP_RESULT_WRITER_V2, true);
    const retention = props.logRetention ?? logs.RetentionDays.THREE_MONTHS;
    this.resultBucket = new s3.Bucket(this, 'Results', {
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      lifecycleRules: [{ expiration: Duration.days(30) }],
      removalPolicy: RemovalPolicy.DESTROY,
      autoDeleteObjects: false,
    });
    this.itemFunction = this.createFunction('SweepItem', 'sweep-item.ts', retention, props.environment, (role) => {
      props.grant(role);
    });
    this.planFunction = this.createFunction('SweepPlan', 'sweep-plan.ts', retention, {}, (role) => {
      role.addToPrincipalPolicy(
        new iam.PolicyStatement({
          actions: ['s3:PutObject'],
          resources: [this.resultBucket.arnForObjects(`${PLAN_PREFIX}/*`)],
        }),
      );
      if (props.accounts.some((a) => !/^\d{12}$/.test(a))) this.grantAccountDiscovery(role);
    });
    this.digestFunction = this.createFunction(
      'SweepDigest',
      'sweep-digest.ts',
      retention,
      props.environment,
      (role) => {
        role.addToPrincipalPolicy(
          new iam.PolicyStatement({
            actions: ['s3:GetObject'],
            resources: [this.resultBucket.arnForObjects(`${RESULT_PREFIX}/*`)],
          }),
        );
        // A failed run's manifest is found by listing the results prefix (lambda/aws/sweep-results.ts).
        role.addToPrincipalPolicy(
          new iam.PolicyStatement({
            actions: ['s3:ListBucket'],
            resources: [this.resultBucket.bucketArn],
            conditions: { StringLike: { 's3:prefix': [`${RESULT_PREFIX}/*`] } },
          }),
        );
        props.grantPublish(role);
      },
    );
    this.stateMachine = new sfn.StateMachine(this, 'StateMachine', {
      definitionBody: sfn.DefinitionBody.fromChainable(this.definition(props)),
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

  /** Plan → SweepAccounts → Digest; a failed Map run goes to Digest too, with its error. */
  private definition(props: SweepFanoutProps): sfn.IChainable {
    const plan = this.invoke('Plan', this.planFunction, {
      sources: [...props.accounts],
      regions: [...props.regions],
      shards: { ...props.shards },
      exclude: [...(props.excludeAccounts ?? [])],
      bucket: this.resultBucket.bucketName,
      key: sfn.JsonPath.format(`${PLAN_PREFIX}/{}.json`, sfn.JsonPath.executionName),
    });
    const digest = this.invoke('Digest', this.digestFunction, {
      run: sfn.JsonPath.objectAt('$'),
      executionName: sfn.JsonPath.executionName,
      startTime: sfn.JsonPath.executionStartTime,
      resultBucket: this.resultBucket.bucketName,
      resultPrefix: RESULT_PREFIX,
    });
    const map = this.createMap(props);
    const failed = new sfn.Pass(this, 'MapRunFailed', {
      comment: 'The Map run failed: report what its items wrote, with the error',
      parameters: { 'mapError.$': '$.mapError' },
    });
    map.addCatch(failed.next(digest), { errors: ['States.ALL'], resultPath: '$.mapError' });
    return plan.next(map).next(digest);
  }

  /** A Lambda task with its payload, retried on transient Lambda errors. */
  private invoke(id: string, fn: lambda.IFunction, payload: Record<string, unknown>): tasks.LambdaInvoke {
    const task = new tasks.LambdaInvoke(this, id, {
      lambdaFunction: fn,
      payload: sfn.TaskInput.fromObject(payload),
      payloadResponseOnly: true,
      retryOnServiceExceptions: false,
    });
    task.addRetry(TRANSIENT_LAMBDA_RETRY);
    return task;
  }

  private createMap(props: SweepFanoutProps): sfn.DistributedMap {
    const invoke = new tasks.LambdaInvoke(this, 'SweepBatch', {
      lambdaFunction: this.itemFunction,
      payloadResponseOnly: true,
      retryOnServiceExceptions: false,
    });
    invoke.addRetry(TRANSIENT_LAMBDA_RETRY);
    // A batch whose items all failed (e.g. a member role not deployed yet): one more try later.
    invoke.addRetry({ errors: ['AuditorError', 'States.Timeout'], interval: Duration.minutes(1), maxAttempts: 1 });
    const map = new sfn.DistributedMap(this, 'SweepAccounts', {
      itemReader: new sfn.S3JsonItemReader({ bucket: this.resultBucket, key: sfn.JsonPath.stringAt('$.key') }),
      itemBatcher: new sfn.ItemBatcher({ maxItemsPerBatch: props.itemsPerBatch ?? 4 }),
      maxConcurrency: props.maxConcurrency ?? 50,
      toleratedFailurePercentage: props.toleratedFailurePercentage ?? 10,
      mapExecutionType: sfn.StateMachineType.STANDARD,
      resultWriterV2: new sfn.ResultWriterV2({ bucket: this.resultBucket, prefix: RESULT_PREFIX }),
    });
    map.itemProcessor(invoke);
    return map;
  }

  private grantAccountDiscovery(role: iam.Role): void {
    role.addToPrincipalPolicy(new iam.PolicyStatement({ actions: [...ACCOUNT_DISCOVERY_ACTIONS], resources: ['*'] }));
    Validations.of(role).acknowledge({ id: 'AwsSolutions-IAM5[Resource::*]', reason: ORGANIZATIONS_LIST_REASON });
  }

  private createFunction(
    id: string,
    entry: string,
    retention: logs.RetentionDays,
    environment: Record<string, string>,
    grant: (role: iam.Role) => void,
  ): nodejs.NodejsFunction {
    const logGroup = new logs.LogGroup(this, `${id}Logs`, { retention, removalPolicy: RemovalPolicy.RETAIN });
    const role = new iam.Role(this, `${id}Role`, {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `lambda-access-auditor ${id} (organization sweep)`,
    });
    logGroup.grantWrite(role);
    grant(role);
    const root = path.join(__dirname, '..');
    return new nodejs.NodejsFunction(this, id, {
      entry: path.join(root, 'lambda', 'handlers', entry),
      projectRoot: root,
      depsLockFilePath: path.join(root, 'package-lock.json'),
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: 1024,
      timeout: Duration.minutes(15),
      role,
      logGroup,
      environment,
      bundling: AUDITOR_BUNDLING,
    });
  }
}

/** Transient Lambda errors: retried with backoff and full jitter. */
const TRANSIENT_LAMBDA_RETRY: sfn.RetryProps = {
  errors: ['Lambda.ServiceException', 'Lambda.TooManyRequestsException', 'Lambda.SdkClientException'],
  interval: Duration.seconds(5),
  maxAttempts: 4,
  backoffRate: 2,
  jitterStrategy: sfn.JitterType.FULL,
};
