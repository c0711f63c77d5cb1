/**
 * `LambdaAccessAuditorStack`: one auditor per account and region, env-agnostic (no lookups), so
 * `cdk synth` works offline without credentials.
 */
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { LambdaAccessAuditor, type LambdaAccessAuditorProps } from './lambda-access-auditor';
import { QUERY_FOLDER } from './queries';

/** Stack props: the construct's props plus the usual stack props. */
export interface LambdaAccessAuditorStackProps extends StackProps {
  /**
   * Auditor configuration.
   * @default all construct defaults
   */
  readonly auditor?: LambdaAccessAuditorProps;
}

/** The deployable stack composing {@link LambdaAccessAuditor}. */
export class LambdaAccessAuditorStack extends Stack {
  /** The auditor construct. */
  public readonly auditor: LambdaAccessAuditor;

  constructor(scope: Construct, id: string, props: LambdaAccessAuditorStackProps = {}) {
    super(scope, id, {
      description: 'lambda-access-auditor: explains Lambda permission denials and proposes least-privilege fixes',
      ...props,
    });
    this.auditor = new LambdaAccessAuditor(this, 'Auditor', props.auditor ?? {});
    new CfnOutput(this, 'AlertTopicArn', {
      value: this.auditor.alertTopic.topicArn,
      description: 'Subscribe more endpoints here (email, Amazon Q Developer in chat applications, HTTPS).',
    });
    new CfnOutput(this, 'DeadLetterQueueUrl', {
      value: this.auditor.deadLetterQueue.queueUrl,
      description: 'Denial events that could not be audited after 5 attempts (inspect, then redrive).',
    });
    new CfnOutput(this, 'SweepFunctionName', {
      value: this.auditor.sweepFunction.functionName,
      description: 'Invoke to run a sweep now: aws lambda invoke --function-name <this> out.json',
    });
    new CfnOutput(this, 'OnDenialLogGroup', {
      value: this.auditor.onDenialFunction.logGroup.logGroupName,
      description: 'Structured log of every denial and finding (select it in Logs Insights with the saved queries).',
    });
    new CfnOutput(this, 'SweepLogGroup', {
      value: this.auditor.sweepFunction.logGroup.logGroupName,
      description: 'Structured log of every sweep and its findings.',
    });
    new CfnOutput(this, 'DashboardName', {
      value: this.auditor.dashboard.dashboardName,
      description: 'CloudWatch > Dashboards: denials, findings by check and severity, alert outcomes, intake lag, DLQ.',
    });
    new CfnOutput(this, 'SavedQueriesFolder', {
      value: QUERY_FOLDER,
      description: 'CloudWatch Logs Insights > Saved queries: the auditor queries are in this folder.',
    });
  }
}
