/**
 * Operational alarms of the auditor itself, published to the alert topic: dead-lettered denials (which
 * would otherwise expire unseen after the DLQ's 14-day retention), failing sweeps and, when the construct
 * passes them, a stuck intake, failing on-denial invocations, SNS deliveries that failed and sweeps close
 * to their timeout.
 *
 * The actions go to the same topic as the findings. When the topic itself is the fault (deleted, its KMS key
 * disabled, a subscription endpoint failing), the `NumberOfNotificationsFailed` alarm cannot reach anyone
 * through it either: the alarm still changes state in the CloudWatch console, the failures are logged as
 * `fault` lines with code `SNS_PUBLISH_FAILED`, and the denial records end in the DLQ (the DLQ alarm then
 * fires too). Add a second action on another channel (`alarm.addAlarmAction`) if that matters to you.
 */
import { Aws, Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as kms from 'aws-cdk-lib/aws-kms';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** What the alarms watch and where they go. */
export interface AuditorAlarmsProps {
  readonly deadLetterQueue: sqs.IQueue;
  readonly sweepFunction: lambda.IFunction;
  readonly topic: sns.ITopic;
  /** Key of the topic when the auditor created it: CloudWatch needs to use it to publish. */
  readonly topicKey?: kms.IKey;
  /** The intake queue: alarm when its oldest message is older than {@link INTAKE_MAX_AGE}. */
  readonly intakeQueue?: sqs.IQueue;
  /** The on-denial function: alarm on invocation errors. */
  readonly onDenialFunction?: lambda.IFunction;
  /** The sweep's timeout: alarm when a sweep runs longer than 80 % of it. */
  readonly sweepTimeout?: Duration;
  /** Sweeps whose collector had failed reads (see `collectorFailedReadsMetric` in dashboard.ts). */
  readonly collectorFailedReads?: cloudwatch.IMetric;
}

/** Oldest intake message age that raises the intake alarm (the handler normally drains it in seconds). */
export const INTAKE_MAX_AGE = Duration.minutes(15);

/** Alarms on the DLQ depth and on sweep errors, notifying the alert topic. */
export class AuditorAlarms extends Construct {
  /** Some denial events could not be audited after 5 attempts. */
  public readonly deadLetterAlarm: cloudwatch.Alarm;
  /** The last scheduled sweep failed. */
  public readonly sweepErrorAlarm: cloudwatch.Alarm;
  /** Every alarm created (all notify the topic). */
  public readonly all: readonly cloudwatch.Alarm[];

  constructor(scope: Construct, id: string, props: AuditorAlarmsProps) {
    super(scope, id);
    this.deadLetterAlarm = new cloudwatch.Alarm(this, 'DeadLetters', {
      alarmDescription:
        'lambda-access-auditor: denial events are waiting in the dead-letter queue (unparseable or collector ' +
        'faults). See the parse-errors saved query, fix the cause, then redrive the DLQ.',
      metric: props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5) }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    this.sweepErrorAlarm = new cloudwatch.Alarm(this, 'SweepErrors', {
      alarmDescription: 'lambda-access-auditor: the scheduled sweep failed. Check the sweep function logs.',
      metric: props.sweepFunction.metricErrors({ period: Duration.hours(1) }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
    });
    const action = new SnsAction(props.topic);
    this.all = [this.deadLetterAlarm, this.sweepErrorAlarm, ...this.optionalAlarms(props)];
    for (const alarm of this.all) alarm.addAlarmAction(action);
    if (props.topicKey) this.allowCloudWatch(props.topic, props.topicKey);
  }

  private optionalAlarms(props: AuditorAlarmsProps): cloudwatch.Alarm[] {
    const alarm = (id: string, description: string, metric: cloudwatch.IMetric, threshold: number): cloudwatch.Alarm =>
      new cloudwatch.Alarm(this, id, {
        alarmDescription: `lambda-access-auditor: ${description}`,
        metric,
        threshold,
        evaluationPeriods: 1,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
    const period = Duration.minutes(5);
    const out = [
      alarm(
        'NotificationsFailed',
        'SNS could not deliver alerts to a subscription (NumberOfNotificationsFailed). Check the subscriptions.',
        props.topic.metricNumberOfNotificationsFailed({ period }),
        1,
      ),
    ];
    if (props.intakeQueue) {
      const age = props.intakeQueue.metricApproximateAgeOfOldestMessage({ period, statistic: 'Maximum' });
      out.push(
        alarm(
          'IntakeLag',
          'denials wait in the intake queue: the on-denial handler is behind.',
          age,
          INTAKE_MAX_AGE.toSeconds(),
        ),
      );
    }
    if (props.onDenialFunction) {
      const errors = props.onDenialFunction.metricErrors({ period });
      out.push(alarm('OnDenialErrors', 'the on-denial function failed whole invocations. Check its logs.', errors, 1));
    }
    if (props.sweepTimeout) {
      const duration = props.sweepFunction.metricDuration({ period: Duration.hours(1), statistic: 'Maximum' });
      const limit = props.sweepTimeout.toMilliseconds() * 0.8;
      out.push(alarm('SweepNearTimeout', 'a sweep ran longer than 80 % of its timeout.', duration, limit));
    }
    if (props.collectorFailedReads) {
      out.push(
        alarm(
          'CollectorFailedReads',
          'a sweep could not read part of the account (failed reads): its results are incomplete. See the ' +
            'LAA-AUDITOR-READ-DENIED finding or the sweep log for the API and the missing permission.',
          props.collectorFailedReads,
          1,
        ),
      );
    }
    return out;
  }

  /**
   * For the topic the auditor created: its policy replaces SNS's default one and its KMS key is customer
   * managed, so CloudWatch (this account's alarms only) needs both a topic and a key permission to publish.
   */
  private allowCloudWatch(topic: sns.ITopic, key: kms.IKey): void {
    const conditions = { StringEquals: { 'aws:SourceAccount': Aws.ACCOUNT_ID } };
    const cloudWatch = new iam.ServicePrincipal('cloudwatch.amazonaws.com', { conditions });
    topic.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AllowAuditorAlarms',
        principals: [new iam.ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [topic.topicArn],
        conditions,
      }),
    );
    key.grant(cloudWatch, 'kms:Decrypt', 'kms:GenerateDataKey');
  }
}
