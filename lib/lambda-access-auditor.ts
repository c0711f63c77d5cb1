/**
 * `LambdaAccessAuditor`: the reusable construct. CloudTrail authorization failures (EventBridge, default bus)
 * → encrypted SQS intake with a DLQ → on-denial Lambda; a scheduled sweep Lambda; both collect → analyze →
 * dedup (DynamoDB, TTL) → publish (SNS: email, Slack via Amazon Q Developer in chat applications) and log
 * structured findings + EMF metrics to CloudWatch. The parts are built by focused functions: the intake
 * (auditor-intake.ts), the functions and their permissions (auditor-functions.ts), alert delivery
 * (auditor-alerts.ts), alarms, dashboard, saved queries and cdk-nag acknowledgements.
 */
import { Duration } from 'aws-cdk-lib';
import type * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as kms from 'aws-cdk-lib/aws-kms';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import * as cxapi from 'aws-cdk-lib/cx-api';
import { Construct } from 'constructs';
import type { IgnoreRule } from '../lambda/core/cloudtrail';
import type { Severity } from '../lambda/core/findings/types';
import type { Lang } from '../lambda/core/i18n';
import type { Suppression } from '../lambda/core/findings/suppress';
import type { DeploymentSettings, OrganizationMode } from '../lambda/handlers/config';
import { AuditorAlarms } from './alarms';
import { subscribeAlerts, type SlackChannelProps } from './auditor-alerts';
import { auditorFunction, createDedupTable, grantRuntimePermissions, handlerEnvironment } from './auditor-functions';
import { createIntake } from './auditor-intake';
import { AuditorDashboard, collectorFailedReadsMetric } from './dashboard';
import { addAuditorNagSuppressions } from './nag-suppressions';
import type { CrossAccountProps } from './org-grants';
import { validateAuditorProps } from './props-validation';
import { addFindingQueries } from './queries';

export type { SlackChannelProps } from './auditor-alerts';
export { AUDITOR_RUNTIME, METRICS_NAMESPACE } from './auditor-functions';

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
  /** Severity of a person's denied read in the Lambda console (LAA-IDENTITY-INVOKE). @default 'medium' */
  readonly consoleReadSeverity?: Severity;
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
  /**
   * `auto`: the collector also reads the SCPs and RCPs that apply to each audited account (works where
   * Organizations is readable: the management or a delegated administrator account; see docs/organization.md).
   * @default 'off'
   */
  readonly organization?: OrganizationMode;
}

const ON_DENIAL_TIMEOUT = Duration.minutes(2);
const SWEEP_TIMEOUT = Duration.minutes(15);

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
  constructor(scope: Construct, id: string, props: LambdaAccessAuditorProps = {}) {
    super(scope, id);
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
    ({
      deadLetterQueue: this.deadLetterQueue,
      intakeQueue: this.intakeQueue,
      denialRule: this.denialRule,
    } = createIntake(this, this.key, ON_DENIAL_TIMEOUT, props.eventBus));
    this.alertTopic = props.alertTopic ?? new sns.Topic(this, 'AlertTopic', { masterKey: this.key, enforceSSL: true });
    subscribeAlerts(this, this.alertTopic, props.alertEmails, props.slackChannel);
    this.dedupTable = createDedupTable(this);
    const retention = props.logRetention ?? logs.RetentionDays.THREE_MONTHS;
    const environment = (settings: DeploymentSettings) => handlerEnvironment(settings, props.crossAccount);
    this.onDenialFunction = auditorFunction(this, {
      id: 'OnDenial',
      file: 'on-denial.ts',
      timeout: ON_DENIAL_TIMEOUT,
      retention,
      environment: environment({ ...this.settings(props), ignoreRules: props.ignoreRules }),
    });
    this.onDenialFunction.addEventSource(
      new SqsEventSource(this.intakeQueue, {
        batchSize: 10,
        maxBatchingWindow: Duration.seconds(5),
        reportBatchItemFailures: true,
        maxConcurrency: props.onDenialMaxConcurrency ?? 5,
      }),
    );
    this.sweepFunction = auditorFunction(this, {
      id: 'Sweep',
      file: 'sweep.ts',
      timeout: SWEEP_TIMEOUT,
      retention,
      // The sweep reads its own denial rule's state (auditor coverage check).
      environment: environment({ ...this.settings(props), denialRuleArn: this.denialRule.ruleArn }),
    });
    new events.Rule(this, 'SweepSchedule', {
      schedule: props.sweepSchedule ?? events.Schedule.rate(Duration.days(1)),
      targets: [new targets.LambdaFunction(this.sweepFunction, { retryAttempts: 2 })],
    });
    ({ alarms: this.alarms, dashboard: this.dashboard } = this.observe(props));
    // The schedule target retries a failed sweep; Lambda's own async retries would only repeat it blindly.
    this.sweepFunction.configureAsyncInvoke({ retryAttempts: 0 });
    const collectorReadPolicy = grantRuntimePermissions(this, {
      onDenialFunction: this.onDenialFunction,
      sweepFunction: this.sweepFunction,
      alertTopic: this.alertTopic,
      dedupTable: this.dedupTable,
      crossAccount: props.crossAccount,
    });
    addFindingQueries(this, [this.onDenialFunction.logGroup, this.sweepFunction.logGroup]);
    addAuditorNagSuppressions({ collectorReadPolicy, functions: [this.onDenialFunction, this.sweepFunction] });
  }

  /** Operational alarms (to the alert topic) and the dashboard over both functions, the queues and the topic. */
  private observe(props: LambdaAccessAuditorProps): { alarms: AuditorAlarms; dashboard: cloudwatch.Dashboard } {
    const alarms = new AuditorAlarms(this, 'Alarms', {
      deadLetterQueue: this.deadLetterQueue,
      sweepFunction: this.sweepFunction,
      topic: this.alertTopic,
      topicKey: props.alertTopic ? undefined : this.key,
      intakeQueue: this.intakeQueue,
      onDenialFunction: this.onDenialFunction,
      sweepTimeout: SWEEP_TIMEOUT,
      collectorFailedReads: collectorFailedReadsMetric(this, this.sweepFunction.logGroup),
    });
    const dashboard = new AuditorDashboard(this, 'Dashboard', {
      onDenialLogGroup: this.onDenialFunction.logGroup,
      sweepLogGroup: this.sweepFunction.logGroup,
      intakeQueue: this.intakeQueue,
      deadLetterQueue: this.deadLetterQueue,
      topic: this.alertTopic,
      sweepFunction: this.sweepFunction,
      sweepTimeout: SWEEP_TIMEOUT,
    }).dashboard;
    return { alarms, dashboard };
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
      consoleReadSeverity: props.consoleReadSeverity,
      suppressions: props.suppressions,
      organization: props.organization,
      alertLanguage: props.alertLanguage,
    };
  }
}
