/**
 * Operational alarms of the auditor itself, published to the alert topic: dead-lettered denials (which
 * would otherwise expire unseen after the DLQ's 14-day retention) and failing sweeps.
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
}

/** Alarms on the DLQ depth and on sweep errors, notifying the alert topic. */
export class AuditorAlarms extends Construct {
  /** Some denial events could not be audited after 5 attempts. */
  public readonly deadLetterAlarm: cloudwatch.Alarm;
  /** The last scheduled sweep failed. */
  public readonly sweepErrorAlarm: cloudwatch.Alarm;

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
    this.deadLetterAlarm.addAlarmAction(action);
    this.sweepErrorAlarm.addAlarmAction(action);
    if (props.topicKey) this.allowCloudWatch(props.topic, props.topicKey);
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
