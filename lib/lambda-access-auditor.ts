/**
 * `LambdaAccessAuditor`: the reusable construct. CloudTrail authorization failures (EventBridge, default bus)
 * → encrypted SQS intake with a DLQ → on-denial Lambda; a scheduled sweep Lambda; both collect → analyze →
 * dedup (DynamoDB, TTL) → publish (SNS: email, Slack via Amazon Q Developer in chat applications) and log
 * structured findings + EMF metrics to CloudWatch.
 */
import * as path from 'node:path';
import { Aws, Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as chatbot from 'aws-cdk-lib/aws-chatbot';
import type * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subs from 'aws-cdk-lib/aws-sns-subscriptions';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import * as cxapi from 'aws-cdk-lib/cx-api';
import { Construct } from 'constructs';
import { DENIAL_EVENT_PATTERN, DENIAL_RULE_STATE } from '../lambda/core/cloudtrail';
import type { IgnoreRule } from '../lambda/core/cloudtrail';
import type { Severity } from '../lambda/core/findings/types';
import type { Lang } from '../lambda/core/i18n';
import { configEnvironment, type DeploymentSettings } from '../lambda/handlers/config';
import { AuditorAlarms } from './alarms';
import { AuditorDashboard, collectorFailedReadsMetric } from './dashboard';
import { AUDITOR_BUNDLING } from './bundling';
import { collectorReadStatements } from './collector-grants';
import { addAuditorNagSuppressions } from './nag-suppressions';
import { crossAccountEnvironment, grantAssumeMemberRole, type CrossAccountProps } from './org-grants';
import { validateAuditorProps } from './props-validation';
import type { Suppression } from '../lambda/core/findings/suppress';
import { addFindingQueries } from './queries';

/** Where Slack alerts go (the workspace must be authorised once in the console first). */
export interface SlackChannelProps {
  /** Slack workspace (team) ID, e.g. `T07EXAMPLE`. */
  readonly slackWorkspaceId: string;
  /** Slack channel ID, e.g. `C07EXAMPLE` (not the channel name). */
  readonly slackChannelId: string;
}

/** Properties of {@link LambdaAccessAuditor}. Everything is optional. */
export interface LambdaAccessAuditorProps {
  /**
   * Existing topic to publish findings to (its encryption and policy are then yours).
   * @default a new KMS-encrypted, TLS-only topic
   */
  readonly alertTopic?: sns.ITopic;
  /**
   * Email addresses subscribed to the alert topic (each must confirm the subscription).
   * @default no email subscription
   */
  readonly alertEmails?: string[];
  /**
   * Slack channel that receives findings through Amazon Q Developer in chat applications (AWS Chatbot).
   * @default no Slack channel
   */
  readonly slackChannel?: SlackChannelProps;
  /**
   * When the sweep of every function in the account/region runs.
   * @default events.Schedule.rate(Duration.days(1))
   */
  readonly sweepSchedule?: events.Schedule;
  /**
   * How long a finding stays silent after it was alerted (occurrences are still counted).
   * @default Duration.hours(24)
   */
  readonly dedupTtl?: Duration;
  /**
   * Extra noise-control rules, matched before the built-in ones (first match wins; see the README,
   * "Noise control (ignore list)").
   * @default built-in rules only
   */
  readonly ignoreRules?: IgnoreRule[];
  /** Ignore rules for findings (check ID, target glob, fingerprint; reason; expiry). README "Suppressions". */
  readonly suppressions?: Suppression[];
  /**
   * Maximum concurrent on-denial invocations (keeps the collector under AWS API rate limits).
   * @default 5
   */
  readonly onDenialMaxConcurrency?: number;
  /**
   * Findings below this severity are logged (and queryable) but never published.
   * @default 'medium' (low findings such as missing confused-deputy guards are logged and counted, not alerted)
   */
  readonly minAlertSeverity?: Severity;
  /**
   * Maximum alerts one sweep publishes, highest severity first; the rest alert on later sweeps.
   * @default 50
   */
  readonly maxAlertsPerSweep?: number;
  /** Sweep findings below this severity go to the sweep's one digest, not alone. @default 'info' (none) */
  readonly individualAlertMinSeverity?: Severity;
  /** Alerted findings at or above this severity absent from a complete sweep get a "resolved" notice. @default 'high' */
  readonly resolvedNoticeMinSeverity?: Severity | 'off';
  /**
   * Language of alert emails and Slack messages: `en`, `de`, `fr`, `ja` or `ko` (docs/i18n.md). AWS identifiers,
   * policy JSON and commands are never translated; Japanese and Korean email subjects stay English (ASCII).
   * @default 'en'
   */
  readonly alertLanguage?: Lang;
  /**
   * Retention of the auditor's own log groups.
   * @default logs.RetentionDays.THREE_MONTHS
   */
  readonly logRetention?: logs.RetentionDays;
  /**
   * Bus the denial rule listens on (central deployment: the organization bus member accounts forward to).
   * @default the account's default bus
   */
  readonly eventBus?: events.IEventBus;
  /**
   * Central deployment: the handlers assume this read-only role in the account of each denial (see
   * docs/organization.md).
   * @default single account: no role is assumed
   */
  readonly crossAccount?: CrossAccountProps;
}

const HANDLERS_DIR = path.join(__dirname, '..', 'lambda', 'handlers');
const PROJECT_ROOT = path.join(__dirname, '..');
/** Lambda's runtime for both handlers (Node 22: the project's tested Node line is 20/22). */
export const AUDITOR_RUNTIME = lambda.Runtime.NODEJS_22_X;
/** Metric namespace of the EMF metrics the handlers emit. */
export const METRICS_NAMESPACE = 'LambdaAccessAuditor';
const ON_DENIAL_TIMEOUT = Duration.minutes(2);
/** The Lambda permission self-auditor for one account and region. */
export class LambdaAccessAuditor extends Construct {
  /** Key encrypting the intake queue, its DLQ and the created topic. */
  public readonly key: kms.Key;
  /** The topic findings are published to. */
  public readonly alertTopic: sns.ITopic;
  /** CloudTrail denial intake (EventBridge → SQS). */
  public readonly intakeQueue: sqs.Queue;
  /** The auditor's operational alarms (all notify the alert topic; add other actions with `alarms.all`). */
  public readonly alarms: AuditorAlarms;
  /** Findings, denials, delivery and health on one CloudWatch dashboard. */
  public readonly dashboard: cloudwatch.Dashboard;
  /** Records that failed `maxReceiveCount` times (unparseable events, collector faults). Nothing is lost. */
  public readonly deadLetterQueue: sqs.Queue;
  /** Dedup state keyed by finding fingerprint. */
  public readonly dedupTable: dynamodb.Table;
  /** The EventBridge rule on the default bus matching authorization failures. */
  public readonly denialRule: events.Rule;
  /** Event-driven audit function. */
  public readonly onDenialFunction: nodejs.NodejsFunction;
  /** Scheduled sweep function. */
  public readonly sweepFunction: nodejs.NodejsFunction;
  /** Member-account access of a central deployment (none: single account). */
  private readonly crossAccount?: CrossAccountProps;

  constructor(scope: Construct, id: string, props: LambdaAccessAuditorProps = {}) {
    super(scope, id);
    this.crossAccount = props.crossAccount;
    // EventBridge may send to the encrypted intake queue (and use its key) only for rules of this account.
    this.node.setContext(cxapi.EVENTS_TARGET_QUEUE_SAME_ACCOUNT, true);
    const problems = validateAuditorProps(props);
    if (problems.length > 0) {
      throw new Error(`Invalid LambdaAccessAuditor props (${this.node.path}):\n- ${problems.join('\n- ')}`);
    }
    this.key = new kms.Key(this, 'Key', {
      enableKeyRotation: true,
      description: 'lambda-access-auditor: intake queue, DLQ and alert topic',
    });
    this.deadLetterQueue = this.queue('DeadLetterQueue', Duration.days(14));
    this.intakeQueue = this.queue('IntakeQueue', Duration.days(4), {
      visibilityTimeout: Duration.seconds(ON_DENIAL_TIMEOUT.toSeconds() * 6),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: 5 },
    });
    this.denialRule = this.createDenialRule(props.eventBus);
    this.alertTopic = props.alertTopic ?? new sns.Topic(this, 'AlertTopic', { masterKey: this.key, enforceSSL: true });
    this.subscribe(props);
    this.dedupTable = new dynamodb.Table(this, 'DedupTable', {
      partitionKey: { name: 'fingerprint', type: dynamodb.AttributeType.STRING },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      timeToLiveAttribute: 'expiresAt',
      // AWS owned/managed key: callers need no KMS permissions, so the grants stay minimal.
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      // Dedup state only: losing it means at most one repeated alert per finding.
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const retention = props.logRetention ?? logs.RetentionDays.THREE_MONTHS;
    this.onDenialFunction = this.auditorFunction(
      'OnDenial',
      'on-denial.ts',
      ON_DENIAL_TIMEOUT,
      retention,
      this.environment({ ...this.settings(props), ignoreRules: props.ignoreRules }),
    );
    this.onDenialFunction.addEventSource(
      new SqsEventSource(this.intakeQueue, {
        batchSize: 10,
        maxBatchingWindow: Duration.seconds(5),
        reportBatchItemFailures: true,
        maxConcurrency: props.onDenialMaxConcurrency ?? 5,
      }),
    );
    this.sweepFunction = this.auditorFunction(
      'Sweep',
      'sweep.ts',
      Duration.minutes(15),
      retention,
      this.environment(this.settings(props)),
    );
    new events.Rule(this, 'SweepSchedule', {
      schedule: props.sweepSchedule ?? events.Schedule.rate(Duration.days(1)),
      targets: [new targets.LambdaFunction(this.sweepFunction, { retryAttempts: 2 })],
    });
    this.alarms = new AuditorAlarms(this, 'Alarms', {
      deadLetterQueue: this.deadLetterQueue,
      sweepFunction: this.sweepFunction,
      topic: this.alertTopic,
      topicKey: props.alertTopic ? undefined : this.key,
      intakeQueue: this.intakeQueue,
      onDenialFunction: this.onDenialFunction,
      sweepTimeout: Duration.minutes(15),
      collectorFailedReads: collectorFailedReadsMetric(this, this.sweepFunction.logGroup),
    });
    this.dashboard = new AuditorDashboard(this, 'Dashboard', {
      onDenialLogGroup: this.onDenialFunction.logGroup,
      sweepLogGroup: this.sweepFunction.logGroup,
      intakeQueue: this.intakeQueue,
      deadLetterQueue: this.deadLetterQueue,
      topic: this.alertTopic,
      sweepFunction: this.sweepFunction,
      sweepTimeout: Duration.minutes(15),
    }).dashboard;
    // The schedule target retries a failed sweep; Lambda's own async retries would only repeat it blindly.
    this.sweepFunction.configureAsyncInvoke({ retryAttempts: 0 });
    const collectorReadPolicy = this.grantRuntimePermissions(props.crossAccount);
    addFindingQueries(this, [this.onDenialFunction.logGroup, this.sweepFunction.logGroup]);
    addAuditorNagSuppressions({ collectorReadPolicy, functions: [this.onDenialFunction, this.sweepFunction] });
  }

  private queue(id: string, retentionPeriod: Duration, extra: Partial<sqs.QueueProps> = {}): sqs.Queue {
    return new sqs.Queue(this, id, {
      encryption: sqs.QueueEncryption.KMS,
      encryptionMasterKey: this.key,
      enforceSSL: true,
      retentionPeriod,
      ...extra,
    });
  }

  private createDenialRule(eventBus?: events.IEventBus): events.Rule {
    const rule = new events.Rule(this, 'DenialRule', {
      description: 'CloudTrail authorization failures (incl. read-only management events) → lambda-access-auditor',
      eventPattern: DENIAL_EVENT_PATTERN as events.EventPattern,
      eventBus,
      targets: [new targets.SqsQueue(this.intakeQueue, { deadLetterQueue: this.deadLetterQueue, retryAttempts: 8 })],
    });
    // The L2 Rule only knows ENABLED/DISABLED; this state also delivers read-only (Get/List/Describe) events.
    (rule.node.defaultChild as events.CfnRule).state = DENIAL_RULE_STATE;
    return rule;
  }

  private subscribe(props: LambdaAccessAuditorProps): void {
    for (const email of props.alertEmails ?? []) {
      this.alertTopic.addSubscription(new subs.EmailSubscription(email));
    }
    if (props.slackChannel) {
      new chatbot.SlackChannelConfiguration(this, 'SlackChannel', {
        // Chatbot configuration names are account-wide: the region keeps one stack per region apart.
        slackChannelConfigurationName: `lambda-access-auditor-${Aws.REGION}-${props.slackChannel.slackChannelId}`,
        slackWorkspaceId: props.slackChannel.slackWorkspaceId,
        slackChannelId: props.slackChannel.slackChannelId,
        notificationTopics: [this.alertTopic],
        // Notifications only: nobody can run AWS commands from the channel through this configuration.
        guardrailPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('AWSDenyAll')],
        loggingLevel: chatbot.LoggingLevel.ERROR,
      });
    }
  }

  /** The handler settings both functions share (the environment contract lives in `lambda/handlers/config.ts`). */
  private settings(props: LambdaAccessAuditorProps): DeploymentSettings {
    return {
      topicArn: this.alertTopic.topicArn,
      tableName: this.dedupTable.tableName,
      ttlSeconds: props.dedupTtl?.toSeconds(),
      minAlertSeverity: props.minAlertSeverity,
      maxAlertsPerSweep: props.maxAlertsPerSweep,
      individualMinSeverity: props.individualAlertMinSeverity,
      resolvedMinSeverity: props.resolvedNoticeMinSeverity,
      suppressions: props.suppressions,
      alertLanguage: props.alertLanguage,
    };
  }

  private environment(settings: DeploymentSettings): Record<string, string> {
    return {
      ...configEnvironment(settings),
      POWERTOOLS_SERVICE_NAME: 'lambda-access-auditor',
      POWERTOOLS_METRICS_NAMESPACE: METRICS_NAMESPACE,
      POWERTOOLS_LOG_LEVEL: 'INFO',
      ...crossAccountEnvironment(this.crossAccount),
    };
  }

  private auditorFunction(
    id: string,
    file: string,
    timeout: Duration,
    retention: logs.RetentionDays,
    environment: Record<string, string>,
  ): nodejs.NodejsFunction {
    const logGroup = new logs.LogGroup(this, `${id}Logs`, { retention, removalPolicy: RemovalPolicy.RETAIN });
    // Own role without AWS managed policies: logs write is granted on this log group only.
    const role = new iam.Role(this, `${id}Role`, {
      assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
      description: `lambda-access-auditor ${id}: read-only collector + alert publishing`,
    });
    logGroup.grantWrite(role);
    return new nodejs.NodejsFunction(this, id, {
      entry: path.join(HANDLERS_DIR, file),
      projectRoot: PROJECT_ROOT,
      depsLockFilePath: path.join(PROJECT_ROOT, 'package-lock.json'),
      runtime: AUDITOR_RUNTIME,
      architecture: lambda.Architecture.ARM_64,
      memorySize: 1024,
      timeout,
      role,
      logGroup,
      environment,
      bundling: AUDITOR_BUNDLING,
    });
  }

  private grantRuntimePermissions(crossAccount?: CrossAccountProps): iam.Policy {
    const readPolicy = new iam.Policy(this, 'CollectorReadPolicy', { statements: collectorReadStatements() });
    const topicKey = this.alertTopic.masterKey;
    for (const fn of [this.onDenialFunction, this.sweepFunction]) {
      const role = fn.role as iam.Role;
      role.attachInlinePolicy(readPolicy);
      // Explicit actions instead of grantPublish(), which adds the kms:GenerateDataKey* wildcard.
      role.addToPrincipalPolicy(
        new iam.PolicyStatement({ actions: ['sns:Publish'], resources: [this.alertTopic.topicArn] }),
      );
      if (topicKey) {
        role.addToPrincipalPolicy(
          new iam.PolicyStatement({ actions: ['kms:GenerateDataKey', 'kms:Decrypt'], resources: [topicKey.keyArn] }),
        );
      }
      // The claim protocol (lambda/aws/dedup/dynamo.ts) only puts and updates: nothing is ever deleted but by TTL.
      this.dedupTable.grant(role, 'dynamodb:PutItem', 'dynamodb:UpdateItem');
      if (crossAccount) grantAssumeMemberRole(role, crossAccount.memberRoleName);
    }
    // The sweep reads its one index item (lambda/aws/dedup/sweep-index.ts): GetItem, never Scan or Query.
    this.dedupTable.grant(this.sweepFunction.role as iam.Role, 'dynamodb:GetItem');
    return readPolicy;
  }
}
