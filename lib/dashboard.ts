/**
 * The auditor's CloudWatch dashboard: what it found and whether it is healthy, on one page.
 *
 * Finding and denial panels are Logs Insights widgets over the handlers' structured log lines
 * (`message = "finding"` / `"denial"`, fields from `lambda/core/render/alerts/log-record.ts`), so they
 * show exactly what was logged, whatever dimensions the EMF metrics carry. Health panels use the AWS
 * service metrics of the queue, the dead-letter queue, the topic and the sweep function.
 */
import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as logs from 'aws-cdk-lib/aws-logs';
import * as logsService from 'aws-cdk-lib/aws-logs';
import type * as sns from 'aws-cdk-lib/aws-sns';
import type * as sqs from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

/** What the dashboard shows. */
export interface AuditorDashboardProps {
  readonly onDenialLogGroup: logs.ILogGroup;
  readonly sweepLogGroup: logs.ILogGroup;
  readonly intakeQueue: sqs.IQueue;
  readonly deadLetterQueue: sqs.IQueue;
  readonly topic: sns.ITopic;
  readonly sweepFunction: lambda.IFunction;
  readonly sweepTimeout: Duration;
}

/** Logs Insights panels: (title, query lines, view). */
const LOG_PANELS: readonly { title: string; lines: string[]; view: cloudwatch.LogQueryVisualizationType }[] = [
  {
    title: 'Denials per function (on-denial)',
    lines: [
      'filter message = "denial" and outcome != "not-authorization-failure"',
      'stats count(*) as denials by bin(1h), functionName',
    ],
    view: cloudwatch.LogQueryVisualizationType.STACKEDAREA,
  },
  {
    title: 'Findings per check',
    lines: ['filter message = "finding"', 'stats count(*) as findings by bin(1h), checkId'],
    view: cloudwatch.LogQueryVisualizationType.STACKEDAREA,
  },
  {
    title: 'Findings by severity',
    lines: ['filter message = "finding"', 'stats count(*) as findings by severity'],
    view: cloudwatch.LogQueryVisualizationType.BAR,
  },
  {
    title: 'What became of each finding (alerted, repeat, suppressed, below threshold, deferred, digest)',
    lines: ['filter message = "finding"', 'stats count(*) as findings by bin(1h), outcome'],
    view: cloudwatch.LogQueryVisualizationType.STACKEDAREA,
  },
  {
    title: 'Faults by code',
    lines: ['filter message = "fault"', 'stats count(*) as faults by bin(1h), code'],
    view: cloudwatch.LogQueryVisualizationType.LINE,
  },
];

/** One dashboard per auditor. */
export class AuditorDashboard extends Construct {
  /** The dashboard (its name is a stack output). */
  public readonly dashboard: cloudwatch.Dashboard;

  constructor(scope: Construct, id: string, props: AuditorDashboardProps) {
    super(scope, id);
    this.dashboard = new cloudwatch.Dashboard(this, 'Dashboard', {
      defaultInterval: Duration.days(7),
    });
    const logGroupNames = [props.onDenialLogGroup.logGroupName, props.sweepLogGroup.logGroupName];
    this.dashboard.addWidgets(
      ...LOG_PANELS.map(
        (p) =>
          new cloudwatch.LogQueryWidget({
            title: p.title,
            logGroupNames,
            queryLines: p.lines,
            view: p.view,
            width: 12,
            height: 6,
          }),
      ),
    );
    this.dashboard.addWidgets(...this.healthWidgets(props));
  }

  private healthWidgets(props: AuditorDashboardProps): cloudwatch.IWidget[] {
    const period = Duration.minutes(5);
    const timeoutMs = props.sweepTimeout.toMilliseconds();
    return [
      new cloudwatch.GraphWidget({
        title: 'Intake lag: age of the oldest denial waiting (s)',
        left: [props.intakeQueue.metricApproximateAgeOfOldestMessage({ period, statistic: 'Maximum' })],
        width: 8,
      }),
      new cloudwatch.GraphWidget({
        title: 'Dead-letter queue depth (denials that could not be audited)',
        left: [props.deadLetterQueue.metricApproximateNumberOfMessagesVisible({ period, statistic: 'Maximum' })],
        width: 8,
      }),
      new cloudwatch.GraphWidget({
        title: 'Alerts published / failed deliveries (SNS)',
        left: [
          props.topic.metricNumberOfMessagesPublished({ period, statistic: 'Sum' }),
          props.topic.metricNumberOfNotificationsFailed({ period, statistic: 'Sum' }),
        ],
        width: 8,
      }),
      new cloudwatch.GraphWidget({
        title: 'Sweep duration against its timeout (ms)',
        left: [props.sweepFunction.metricDuration({ period: Duration.hours(1), statistic: 'Maximum' })],
        leftAnnotations: [
          { value: timeoutMs, label: 'timeout' },
          { value: timeoutMs * 0.8, label: 'alarm (80 %)' },
        ],
        width: 12,
      }),
      new cloudwatch.LogQueryWidget({
        title: 'Sweeps: functions, failed reads, check errors',
        logGroupNames: [props.sweepLogGroup.logGroupName],
        queryLines: ['filter message = "sweep"', 'fields @timestamp, functions, failedReads, checkErrors, partial'],
        view: cloudwatch.LogQueryVisualizationType.TABLE,
        width: 12,
      }),
    ];
  }
}

/**
 * A metric of the collector's failed reads per sweep, from the sweep's summary log line (`failedReads`):
 * a metric filter, so the alarm does not depend on the EMF metrics' dimensions.
 */
export function collectorFailedReadsMetric(scope: Construct, sweepLogGroup: logs.ILogGroup): cloudwatch.Metric {
  const filter = new logsService.MetricFilter(scope, 'CollectorFailedReadsFilter', {
    logGroup: sweepLogGroup,
    filterPattern: logsService.FilterPattern.all(
      logsService.FilterPattern.stringValue('$.message', '=', 'sweep'),
      logsService.FilterPattern.numberValue('$.failedReads', '>', 0),
    ),
    metricNamespace: 'LambdaAccessAuditor/Logs',
    metricName: 'SweepsWithFailedReads',
    metricValue: '1',
  });
  return filter.metric({ period: Duration.hours(1), statistic: 'Sum' });
}
