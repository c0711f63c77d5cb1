/**
 * Infrastructure guarantees of the auditor stack (one synth shared by the whole file: NodejsFunction runs
 * esbuild locally).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { COLLECTOR_READ_ACTIONS } from '../../lambda/aws/collect/permissions';
import { DENIAL_EVENT_PATTERN, DENIAL_RULE_STATE } from '../../lambda/core/cloudtrail';
import { collectorReadAcknowledgments } from '../../lib/nag-suppressions';
import { SAVED_QUERIES } from '../../lib/queries';
import { LambdaAccessAuditorStack } from '../../lib/stack';
import { CONFIG_DEFAULTS, readConfig } from '../../lambda/handlers/config';

type Statement = { Effect: string; Action: string | string[]; Resource: unknown; Sid?: string };
type Resource = { Type: string; Properties: Record<string, unknown> };

// Asset metadata gives the staged bundle folders (checked below).
const app = new App({ context: { 'aws:cdk:enable-asset-metadata': true } });
const stack = new LambdaAccessAuditorStack(app, 'AuditorTest', {
  auditor: {
    alertEmails: ['oncall@example.com', 'security@example.com'],
    slackChannel: { slackWorkspaceId: 'T07EXAMPLE', slackChannelId: 'C07EXAMPLE' },
  },
});
const template = Template.fromStack(stack);
const resources = template.toJSON().Resources as Record<string, Resource>;

function logicalId(type: string, predicate: (r: Resource) => boolean = () => true): string {
  const ids = Object.entries(resources)
    .filter(([, r]) => r.Type === type && predicate(r))
    .map(([id]) => id);
  expect(ids).toHaveLength(1);
  return ids[0];
}

function policies(): [string, Resource][] {
  return Object.entries(resources).filter(([, r]) => r.Type === 'AWS::IAM::Policy');
}

function statementsOf(r: Resource): Statement[] {
  return (r.Properties.PolicyDocument as { Statement: Statement[] }).Statement;
}

const actionsOf = (s: Statement): string[] => (Array.isArray(s.Action) ? s.Action : [s.Action]);
const intakeId = logicalId('AWS::SQS::Queue', (r) => r.Properties.RedrivePolicy !== undefined);
const dlqId = logicalId('AWS::SQS::Queue', (r) => r.Properties.RedrivePolicy === undefined);
const keyId = logicalId('AWS::KMS::Key');
const onDenialId = logicalId('AWS::Lambda::Function', (r) => JSON.stringify(r.Properties).includes('OnDenialRole'));

describe('denial intake', () => {
  it('deploys the CloudTrail pattern with the state that also delivers read-only management events', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: DENIAL_EVENT_PATTERN,
      State: DENIAL_RULE_STATE,
      Targets: [
        Match.objectLike({
          Arn: { 'Fn::GetAtt': [intakeId, 'Arn'] },
          DeadLetterConfig: { Arn: { 'Fn::GetAtt': [dlqId, 'Arn'] } },
        }),
      ],
    });
  });

  it('encrypts the intake queue with the KMS key and redrives to the DLQ after 5 receives', () => {
    expect(resources[intakeId].Properties).toMatchObject({
      KmsMasterKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] },
      RedrivePolicy: { deadLetterTargetArn: { 'Fn::GetAtt': [dlqId, 'Arn'] }, maxReceiveCount: 5 },
      VisibilityTimeout: 720,
    });
    expect(resources[dlqId].Properties).toMatchObject({ KmsMasterKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] } });
  });

  it.each([
    ['intake queue', intakeId],
    ['dead-letter queue', dlqId],
  ])('denies non-TLS access to the %s', (_name, id) => {
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: id }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 'sqs:*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });

  it('lets only EventBridge rules of this account use the intake queue and its key (no confused deputy)', () => {
    const sameAccount = { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } };
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      Queues: [{ Ref: intakeId }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Condition: sameAccount }),
        ]),
      },
    });
    const keyStatements = (resources[keyId].Properties.KeyPolicy as { Statement: Record<string, unknown>[] }).Statement;
    const forEvents = keyStatements.filter((s) => JSON.stringify(s.Principal).includes('events.amazonaws.com'));
    expect(forEvents.length).toBeGreaterThan(0);
    for (const s of forEvents) expect(s.Condition).toEqual(sameAccount);
    expect(resources[keyId].Properties.EnableKeyRotation).toBe(true);
  });

  it('consumes the queue with partial batch responses and bounded concurrency', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [intakeId, 'Arn'] },
      FunctionName: { Ref: onDenialId },
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 5 },
    });
  });
});

describe('alerting', () => {
  const topicId = logicalId('AWS::SNS::Topic');

  it('encrypts the topic with the KMS key and enforces TLS in its policy', () => {
    expect(resources[topicId].Properties).toMatchObject({ KmsMasterKeyId: { 'Fn::GetAtt': [keyId, 'Arn'] } });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      Topics: [{ Ref: topicId }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 'sns:Publish',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });

  it.each([['oncall@example.com'], ['security@example.com']])('subscribes %s by email', (email) => {
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: email,
      TopicArn: { Ref: topicId },
    });
  });

  it('connects the Slack channel to the topic with a deny-all guardrail (notifications only)', () => {
    template.hasResourceProperties('AWS::Chatbot::SlackChannelConfiguration', {
      ConfigurationName: { 'Fn::Join': ['', ['lambda-access-auditor-', { Ref: 'AWS::Region' }, '-C07EXAMPLE']] },
      SlackWorkspaceId: 'T07EXAMPLE',
      SlackChannelId: 'C07EXAMPLE',
      SnsTopicArns: [{ Ref: topicId }],
      GuardrailPolicies: [Match.objectLike({ 'Fn::Join': ['', Match.arrayWith([':iam::aws:policy/AWSDenyAll'])] })],
    });
  });
});

describe('operational alarms', () => {
  const topicId = logicalId('AWS::SNS::Topic');
  const sameAccount = { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } };

  it.each([
    [
      'dead-lettered denials',
      'AWS/SQS',
      'ApproximateNumberOfMessagesVisible',
      { Name: 'QueueName', Value: { 'Fn::GetAtt': [dlqId, 'QueueName'] } },
    ],
    ['failing sweeps', 'AWS/Lambda', 'Errors', { Name: 'FunctionName', Value: Match.anyValue() }, 1],
    ['failing on-denial invocations', 'AWS/Lambda', 'Errors', { Name: 'FunctionName', Value: Match.anyValue() }, 1],
    [
      'failed SNS deliveries',
      'AWS/SNS',
      'NumberOfNotificationsFailed',
      { Name: 'TopicName', Value: Match.anyValue() },
      1,
    ],
    [
      'a stuck intake (oldest message over 15 minutes)',
      'AWS/SQS',
      'ApproximateAgeOfOldestMessage',
      { Name: 'QueueName', Value: Match.anyValue() },
      900,
    ],
    [
      'sweeps near their timeout (80 %)',
      'AWS/Lambda',
      'Duration',
      { Name: 'FunctionName', Value: Match.anyValue() },
      720_000,
    ],
  ])('alarms on %s through the alert topic', (_name, namespace, metric, dimension, threshold = 1) => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: namespace,
      MetricName: metric,
      Dimensions: [dimension],
      Threshold: threshold,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      AlarmActions: [{ Ref: topicId }],
    });
  });

  it("turns off Lambda's blind async retries of the sweep (the schedule target retries)", () => {
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', { MaximumRetryAttempts: 0, Qualifier: '$LATEST' });
    template.resourceCountIs('AWS::CloudWatch::Alarm', 7);
  });

  it("lets this account's CloudWatch alarms publish to the encrypted topic (topic policy and key policy)", () => {
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Allow',
            Principal: { Service: 'cloudwatch.amazonaws.com' },
            Condition: sameAccount,
          }),
        ]),
      },
    });
    const keyStatements = (resources[keyId].Properties.KeyPolicy as { Statement: Record<string, unknown>[] }).Statement;
    expect(keyStatements).toContainEqual(
      expect.objectContaining({
        Principal: { Service: 'cloudwatch.amazonaws.com' },
        Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
        Condition: sameAccount,
      }),
    );
  });
});

describe('dedup table', () => {
  it('is encrypted, has TTL on expiresAt and point-in-time recovery', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', {
      KeySchema: [{ AttributeName: 'fingerprint', KeyType: 'HASH' }],
      SSESpecification: { SSEEnabled: true },
      TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
    });
  });
});

describe('functions', () => {
  it.each([['OnDenial'], ['Sweep']])(
    '%s runs Node 22 on arm64 with its configuration and a retained log group',
    (name) => {
      const id = logicalId('AWS::Lambda::Function', (r) => JSON.stringify(r.Properties).includes(`${name}Role`));
      expect(resources[id].Properties).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        Environment: {
          Variables: expect.objectContaining({
            TOPIC_ARN: { Ref: logicalId('AWS::SNS::Topic') },
            TABLE_NAME: { Ref: logicalId('AWS::DynamoDB::Table') },
            DEDUP_TTL_SECONDS: '86400',
            ALERT_MIN_SEVERITY: 'medium',
            ALERT_INDIVIDUAL_MIN_SEVERITY: 'info',
            RESOLVED_MIN_SEVERITY: 'high',
            CONSOLE_READ_SEVERITY: 'medium',
          }),
        },
      });
      // No suppressions given: none set (an empty list would only cost environment space).
      expect(JSON.stringify(resources[id].Properties)).not.toContain('SUPPRESSIONS');
      const logGroupRef = (resources[id].Properties.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
      expect(resources[logGroupRef].Properties.RetentionInDays).toBe(90);
    },
  );

  it.each([['OnDenial'], ['Sweep']])(
    '%s ships one self-contained bundle with the IAM action catalog inlined',
    (name) => {
      const id = logicalId('AWS::Lambda::Function', (r) => JSON.stringify(r.Properties).includes(`${name}Role`));
      const assetPath = (resources[id] as unknown as { Metadata: Record<string, string> }).Metadata['aws:asset:path'];
      const assetDir = join(app.outdir, assetPath);
      expect(readdirSync(assetDir)).toEqual(['index.js']);
      // One generated catalog, inlined: the compact service → names data is in the bundle.
      expect(readFileSync(join(assetDir, 'index.js'), 'utf8')).toContain(',CreateNetworkInterface,');
    },
  );

  it('runs the sweep daily by default', () => {
    template.hasResourceProperties('AWS::Events::Rule', { ScheduleExpression: 'rate(1 day)' });
  });

  it('saves the Logs Insights queries under one folder, scoped to both log groups', () => {
    const defs = Object.values(resources).filter((r) => r.Type === 'AWS::Logs::QueryDefinition');
    expect(defs.map((d) => d.Properties.Name).sort()).toEqual(
      SAVED_QUERIES.map((q) => `lambda-access-auditor/${q.name}`).sort(),
    );
    for (const d of defs) expect(d.Properties.LogGroupNames).toHaveLength(2);
  });

  it('names both log groups and the saved-queries folder in the stack outputs', () => {
    const outputs = template.findOutputs('*');
    for (const name of ['OnDenial', 'Sweep']) {
      const fn = logicalId('AWS::Lambda::Function', (r) => JSON.stringify(r.Properties).includes(`${name}Role`));
      const logGroup = (resources[fn].Properties.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup;
      expect(outputs[`${name}LogGroup`].Value).toEqual(logGroup);
    }
    expect(outputs.SavedQueriesFolder.Value).toBe('lambda-access-auditor');
    expect(outputs.DashboardName.Value).toEqual({ Ref: logicalId('AWS::CloudWatch::Dashboard') });
  });

  it('creates a dashboard over both log groups and the queue, DLQ, topic and sweep metrics', () => {
    const body = JSON.stringify(resources[logicalId('AWS::CloudWatch::Dashboard')].Properties.DashboardBody);
    for (const text of [
      'Denials per function',
      'Findings per check',
      'Findings by severity',
      'What became of each finding',
      'ApproximateAgeOfOldestMessage',
      'ApproximateNumberOfMessagesVisible',
      'NumberOfNotificationsFailed',
      'Sweep duration against its timeout',
    ]) {
      expect(body).toContain(text);
    }
    for (const name of ['OnDenial', 'Sweep']) {
      const fn = logicalId('AWS::Lambda::Function', (r) => JSON.stringify(r.Properties).includes(`${name}Role`));
      const logGroup = (resources[fn].Properties.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
      expect(body).toContain(logGroup);
    }
  });

  it('alarms on sweeps whose collector had failed reads, from the sweep summary log line', () => {
    template.hasResourceProperties('AWS::Logs::MetricFilter', {
      FilterPattern: '{ ($.message = "sweep") && ($.failedReads > 0) }',
      MetricTransformations: [Match.objectLike({ MetricName: 'SweepsWithFailedReads', MetricValue: '1' })],
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'SweepsWithFailedReads',
      Threshold: 1,
      AlarmActions: [{ Ref: logicalId('AWS::SNS::Topic') }],
    });
  });

  it.each([
    ['OnDenial', false],
    ['Sweep', true],
  ])('%s gets its settings from the handlers environment contract (denial rule ARN: %s)', (name, readsRule) => {
    const id = logicalId('AWS::Lambda::Function', (r) => JSON.stringify(r.Properties).includes(`${name}Role`));
    const variables = (resources[id].Properties.Environment as { Variables: Record<string, unknown> }).Variables;
    // The sweep reads the stack's own denial rule (coverage check): its ARN is the rule's GetAtt Arn.
    const { DENIAL_RULE_ARN: ruleArn, ...rest } = variables;
    const rule = logicalId('AWS::Events::Rule', (r) => JSON.stringify(r.Properties).includes('authorization failures'));
    expect(ruleArn).toEqual(readsRule ? { 'Fn::GetAtt': [rule, 'Arn'] } : undefined);
    const config = readConfig({
      ...(rest as Record<string, string>),
      TOPIC_ARN: 'arn:t',
      TABLE_NAME: 't',
      AWS_REGION: 'us-east-1',
    });
    expect(config).toMatchObject({
      ttlSeconds: CONFIG_DEFAULTS.ttlSeconds,
      minAlertSeverity: CONFIG_DEFAULTS.minAlertSeverity,
      maxAlertsPerSweep: CONFIG_DEFAULTS.maxAlertsPerSweep,
    });
  });
});

describe('permissions', () => {
  const readPolicy = policies().find(([id]) => id.includes('CollectorReadPolicy'));

  it('grants the collector exactly COLLECTOR_READ_ACTIONS, to both functions', () => {
    expect(readPolicy).toBeDefined();
    const granted = statementsOf(readPolicy![1]).flatMap(actionsOf);
    expect([...granted].sort()).toEqual([...COLLECTOR_READ_ACTIONS].sort());
    expect(new Set(granted).size).toBe(granted.length);
    expect(readPolicy![1].Properties.Roles).toHaveLength(2);
  });

  it('scopes read actions with resource-level permissions to this account', () => {
    const scoped = statementsOf(readPolicy![1]).filter((s) => s.Resource !== '*');
    expect(scoped.length).toBeGreaterThan(0);
    for (const s of scoped)
      expect(JSON.stringify(s.Resource)).toMatch(
        /AWS::AccountId|iam::\*:policy|s3:::\*|apigateway:.*::\/restapis\/\*|organizations::\*:\*/,
      );
  });

  it('has no wildcard actions and no write action on Resource "*"', () => {
    for (const [, policy] of policies()) {
      for (const s of statementsOf(policy)) {
        for (const action of actionsOf(s)) expect(action).not.toMatch(/\*/);
        if (JSON.stringify(s.Resource) === '"*"') {
          for (const action of actionsOf(s)) expect(COLLECTOR_READ_ACTIONS).toContain(action);
        }
      }
    }
  });

  it('limits writes to the topic, the topic key and the dedup table', () => {
    const onDenialPolicy = policies().find(([id]) => id.startsWith('AuditorOnDenialRoleDefaultPolicy'))![1];
    const byAction = Object.fromEntries(
      statementsOf(onDenialPolicy).flatMap((s) => actionsOf(s).map((a) => [a, s.Resource])),
    );
    expect(byAction['sns:Publish']).toEqual({ Ref: logicalId('AWS::SNS::Topic') });
    expect(byAction['kms:GenerateDataKey']).toEqual({ 'Fn::GetAtt': [keyId, 'Arn'] });
    for (const a of ['dynamodb:PutItem', 'dynamodb:UpdateItem']) {
      expect(byAction[a]).toEqual([{ 'Fn::GetAtt': [logicalId('AWS::DynamoDB::Table'), 'Arn'] }]);
    }
    expect(byAction['dynamodb:DeleteItem']).toBeUndefined();
    expect(byAction['dynamodb:GetItem']).toBeUndefined();
  });

  it('lets only the sweep read the table, by GetItem of its index item (no Scan or Query)', () => {
    const sweepPolicy = policies().find(([id]) => id.startsWith('AuditorSweepRoleDefaultPolicy'))![1];
    const actions = statementsOf(sweepPolicy).flatMap(actionsOf);
    expect(actions).toContain('dynamodb:GetItem');
    expect(actions.filter((a) => /dynamodb:(Scan|Query|BatchGetItem)/.test(a))).toEqual([]);
  });

  it('attaches no AWS managed policy to the auditor roles', () => {
    const roles = Object.values(resources).filter(
      (r) => r.Type === 'AWS::IAM::Role' && JSON.stringify(r.Properties).includes('lambda.amazonaws.com'),
    );
    expect(roles).toHaveLength(2);
    for (const r of roles) expect(r.Properties.ManagedPolicyArns).toBeUndefined();
  });
});

describe('cdk-nag AwsSolutions', () => {
  it('reports no unacknowledged violation', () => {
    const report = new AwsSolutionsChecks().validateScope(stack);
    expect(
      report.violations.map((v) => `${v.ruleName} ${v.violatingResources.map((r) => r.constructPath).join(',')}`),
    ).toEqual([]);
  });

  it('gives every acknowledgment a specific reason naming the actions concerned', () => {
    for (const ack of collectorReadAcknowledgments()) {
      expect(ack.reason).toMatch(/^Read-only [a-z0-9]+:[A-Za-z]+/);
      expect(ack.reason.length).toBeGreaterThan(60);
    }
  });
});
