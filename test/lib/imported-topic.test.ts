/**
 * Variant: an existing topic, custom schedule/TTL/ignore rules (one synth for the file).
 */
import { App, Duration, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import * as events from 'aws-cdk-lib/aws-events';
import * as sns from 'aws-cdk-lib/aws-sns';
import { AwsSolutionsChecks } from 'cdk-nag';
import { LambdaAccessAuditor } from '../../lib/lambda-access-auditor';

const TOPIC = 'arn:aws:sns:eu-west-1:111122223333:security-alerts';
const stack = new Stack(new App(), 'Imported');
const rules = [
  {
    id: 'ci',
    description: 'CI reads',
    principal: 'arn:aws:iam::*:role/ci-*',
    readOnly: true,
    effect: 'ignore' as const,
  },
];
new LambdaAccessAuditor(stack, 'Auditor', {
  alertTopic: sns.Topic.fromTopicArn(stack, 'Existing', TOPIC),
  sweepSchedule: events.Schedule.cron({ hour: '6', minute: '0' }),
  dedupTtl: Duration.hours(6),
  ignoreRules: rules,
  minAlertSeverity: 'medium',
});
const template = Template.fromStack(stack);

describe('LambdaAccessAuditor with an existing topic', () => {
  it('creates no topic and publishes to the given one without any KMS grant for it', () => {
    template.resourceCountIs('AWS::SNS::Topic', 0);
    template.resourceCountIs('AWS::SNS::TopicPolicy', 0);
    const policies = Object.values(template.findResources('AWS::IAM::Policy'));
    const statements = policies.flatMap(
      (p) => p.Properties.PolicyDocument.Statement as { Action: string | string[]; Resource: unknown }[],
    );
    const publish = statements.filter((s) => s.Action === 'sns:Publish');
    expect(publish.map((s) => s.Resource)).toEqual([TOPIC, TOPIC]);
    expect(statements.some((s) => [s.Action].flat().includes('kms:GenerateDataKey'))).toBe(false);
  });

  it('passes the configuration to the functions', () => {
    template.hasResourceProperties('AWS::Lambda::Function', {
      Environment: {
        Variables: {
          TOPIC_ARN: TOPIC,
          DEDUP_TTL_SECONDS: '21600',
          ALERT_MIN_SEVERITY: 'medium',
          IGNORE_RULES: JSON.stringify(rules),
        },
      },
    });
  });

  it('sends its operational alarms to the given topic', () => {
    const alarms = Object.values(template.findResources('AWS::CloudWatch::Alarm'));
    expect(alarms.map((a) => a.Properties.AlarmActions)).toEqual(Array.from({ length: 7 }, () => [TOPIC]));
  });

  it('uses the custom sweep schedule', () => {
    template.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'cron(0 6 * * ? *)' });
  });

  it('stays cdk-nag clean', () => {
    expect(new AwsSolutionsChecks().validateScope(stack).violations).toEqual([]);
  });
});
