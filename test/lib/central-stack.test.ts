/**
 * The central (delegated-administrator) stack: organization bus and its policy, the auditor on that bus
 * with cross-account settings, alert routes, and the Distributed Map sweep (one synth for the file).
 */
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { DENIAL_EVENT_PATTERN, DENIAL_RULE_STATE } from '../../lambda/core/cloudtrail';
import { LambdaAccessAuditorCentralStack, type CentralStackProps } from '../../lib/central-stack';
import { ACCOUNT_DISCOVERY_ACTIONS } from '../../lib/sweep-fanout';
import { ORGANIZATION_POLICY_READ_ACTIONS } from '../../lib/org-grants';

const ORG = 'o-abcdef1234';
const A = '222222222222';
const B = '333333333333';
const OU = 'ou-abcd-11111111';
const PROPS: CentralStackProps = {
  organizationId: ORG,
  auditor: { alertEmails: ['security@example.com'], organization: 'auto' },
  routes: [
    { name: 'payments', accounts: [A], emails: ['payments@example.com'], minSeverity: 'high' },
    { name: 'platform', accounts: [B], emails: [], slackChannelId: 'C07EXAMPLE', slackWorkspaceId: 'T07EXAMPLE' },
  ],
  sweep: { accounts: [A, B, OU], regions: ['eu-west-1', 'us-east-1'], shards: { [B]: 3 }, itemsPerBatch: 5 },
};

const app = new App();
const stack = new LambdaAccessAuditorCentralStack(app, 'Central', PROPS);
const template = Template.fromStack(stack);
type Resource = { Type: string; Properties: Record<string, unknown> };
const resources = template.toJSON().Resources as Record<string, Resource>;
const ofType = (type: string): [string, Resource][] => Object.entries(resources).filter(([, r]) => r.Type === type);
const busId = ofType('AWS::Events::EventBus')[0]?.[0] as string;

describe('organization bus', () => {
  it('accepts PutEvents only from principals of the organization', () => {
    template.hasResourceProperties('AWS::Events::EventBus', { Name: 'lambda-access-auditor-org' });
    template.resourceCountIs('AWS::Events::EventBusPolicy', 1);
    template.hasResourceProperties('AWS::Events::EventBusPolicy', {
      EventBusName: { Ref: busId },
      Statement: {
        Effect: 'Allow',
        Principal: '*',
        Action: 'events:PutEvents',
        Resource: { 'Fn::GetAtt': [busId, 'Arn'] },
        Condition: { StringEquals: { 'aws:PrincipalOrgID': ORG } },
      },
    });
  });

  it('runs the denial rule (same pattern, read-only events included) on the organization bus', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      EventBusName: { Ref: busId },
      EventPattern: DENIAL_EVENT_PATTERN,
      State: DENIAL_RULE_STATE,
    });
  });
});

describe('cross-account auditor', () => {
  const functions = ofType('AWS::Lambda::Function').map(([, r]) => r.Properties);

  it('tells every auditing handler which member role to assume and its own account', () => {
    const auditing = functions.filter(
      (f) => (f.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables?.TOPIC_ARN !== undefined,
    );
    expect(auditing).toHaveLength(4); // on-denial, sweep, sweep item, digest (the Plan state has no settings)
    for (const f of auditing) {
      expect((f.Environment as { Variables: Record<string, unknown> }).Variables).toMatchObject({
        MEMBER_ROLE_NAME: 'LambdaAccessAuditorMember',
        AUDITOR_ACCOUNT_ID: { Ref: 'AWS::AccountId' },
        // auditor.organization 'auto' reaches every handler through the environment contract.
        ORGANIZATION_POLICIES: 'auto',
      });
    }
  });

  it('lets exactly the three handler roles assume the member role, nothing else', () => {
    const assume = ofType('AWS::IAM::Policy').flatMap(([, r]) =>
      (r.Properties.PolicyDocument as { Statement: { Action: unknown; Resource: unknown }[] }).Statement.filter((s) =>
        JSON.stringify(s.Action).includes('sts:'),
      ),
    );
    expect(assume).toHaveLength(3);
    for (const s of assume) {
      expect(s).toMatchObject({
        Action: 'sts:AssumeRole',
        Resource: { 'Fn::Join': ['', ['arn:', { Ref: 'AWS::Partition' }, ':iam::*:role/LambdaAccessAuditorMember']] },
      });
    }
  });

  it('outputs the bus ARN and the exact auditor role ARNs for the member stacks', () => {
    const outputs = template.toJSON().Outputs as Record<string, { Value: unknown }>;
    expect(outputs.OrganizationBusArn?.Value).toEqual({ 'Fn::GetAtt': [busId, 'Arn'] });
    const joined = JSON.stringify(outputs.AuditorRoleArns?.Value);
    expect(joined.match(/"Fn::GetAtt":\["[A-Za-z0-9]+","Arn"\]/g)).toHaveLength(3);
  });
});

describe('alert routes', () => {
  it('subscribes route endpoints with a filter policy on account and severity attributes', () => {
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'payments@example.com',
      FilterPolicy: { account: [A], severity: ['critical', 'high'] },
    });
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Endpoint: 'security@example.com',
      FilterPolicy: Match.absent(),
    });
  });
});

describe('Slack route', () => {
  const routeTopic = ofType('AWS::SNS::Topic').find(([id]) => id.startsWith('Routeplatform'))?.[0] as string;
  const forwarder = ofType('AWS::Lambda::Function').find(([id]) => id.startsWith('RouteplatformForwarder'));

  it('gets its own topic and channel configuration (notifications only), fed through a filtered forwarder', () => {
    expect(routeTopic).toBeDefined();
    template.hasResourceProperties('AWS::Chatbot::SlackChannelConfiguration', {
      SlackWorkspaceId: 'T07EXAMPLE',
      SlackChannelId: 'C07EXAMPLE',
      SnsTopicArns: [{ Ref: routeTopic }],
      GuardrailPolicies: [Match.objectLike({ 'Fn::Join': Match.anyValue() })],
    });
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'lambda',
      Endpoint: { 'Fn::GetAtt': [forwarder?.[0], 'Arn'] },
      TopicArn: { Ref: Match.stringLikeRegexp('^AuditorAlertTopic') },
      FilterPolicy: { account: [B] },
    });
    const guardrail = ofType('AWS::Chatbot::SlackChannelConfiguration')[0]?.[1].Properties.GuardrailPolicies;
    expect(JSON.stringify(guardrail)).toContain(':iam::aws:policy/AWSDenyAll');
    expect(forwarder?.[1].Properties.Environment).toEqual({ Variables: { ROUTE_TOPIC_ARN: { Ref: routeTopic } } });
  });

  it('lets the forwarder publish to its route topic only', () => {
    const role = (forwarder?.[1].Properties.Role as { 'Fn::GetAtt': [string, string] })['Fn::GetAtt'][0];
    const statements = ofType('AWS::IAM::Policy')
      .filter(([, r]) => JSON.stringify(r.Properties.Roles).includes(role))
      .flatMap(
        ([, r]) => (r.Properties.PolicyDocument as { Statement: { Action: unknown; Resource: unknown }[] }).Statement,
      );
    expect(statements.find((s) => s.Action === 'sns:Publish')?.Resource).toEqual({ Ref: routeTopic });
  });
});

describe('organization sweep state machine', () => {
  const machine = ofType('AWS::StepFunctions::StateMachine')[0]?.[1] as Resource;
  const definition = JSON.parse(
    (machine.Properties.DefinitionString as { 'Fn::Join': [string, unknown[]] })['Fn::Join'][1]
      .map((p) => (typeof p === 'string' ? p : 'TOKEN'))
      .join(''),
  ) as { StartAt: string; States: Record<string, Record<string, unknown>> };

  it('plans at run time: the Plan handler resolves the sources and writes the items to S3', () => {
    expect(definition.StartAt).toBe('Plan');
    const plan = definition.States.Plan as { Type: string; Parameters: Record<string, unknown> };
    expect(plan).toMatchObject({ Type: 'Task', Next: 'SweepAccounts' });
    expect(plan.Parameters).toMatchObject({
      sources: [A, B, OU],
      regions: ['eu-west-1', 'us-east-1'],
      shards: { [B]: 3 },
      'key.$': "States.Format('plans/{}.json', $$.Execution.Name)",
    });
  });

  it('uses a Distributed Map reading the plan from S3, with batching, a cap, tolerated failures, S3 results', () => {
    const map = definition.States.SweepAccounts as Record<string, unknown>;
    expect(map).toMatchObject({
      Type: 'Map',
      MaxConcurrency: 50,
      ToleratedFailurePercentage: 10,
      ItemBatcher: { MaxItemsPerBatch: 5 },
      ItemReader: {
        Resource: expect.stringMatching(/:states:::s3:getObject$/) as unknown,
        ReaderConfig: { InputType: 'JSON' },
        Parameters: { 'Key.$': '$.key' },
      },
      ItemProcessor: { ProcessorConfig: { Mode: 'DISTRIBUTED', ExecutionType: 'STANDARD' }, StartAt: 'SweepBatch' },
      ResultWriter: {
        Resource: expect.stringMatching(/:states:::s3:putObject$/) as unknown,
      },
      Next: 'Digest',
    });
    expect(JSON.stringify(map.ResultWriter)).toContain('"Prefix":"sweeps"');
  });

  it('ends with one digest, also after a failed Map run (caught, error kept, partial results reported)', () => {
    const map = definition.States.SweepAccounts as { Catch: unknown[] };
    expect(map.Catch).toEqual([{ ErrorEquals: ['States.ALL'], ResultPath: '$.mapError', Next: 'MapRunFailed' }]);
    expect(definition.States.MapRunFailed).toMatchObject({
      Type: 'Pass',
      Parameters: { 'mapError.$': '$.mapError' },
      Next: 'Digest',
    });
    const digest = definition.States.Digest as { Parameters: Record<string, unknown>; End: boolean };
    expect(digest.End).toBe(true);
    expect(digest.Parameters).toMatchObject({
      'run.$': '$',
      'executionName.$': '$$.Execution.Name',
      'startTime.$': '$$.Execution.StartTime',
      resultPrefix: 'sweeps',
    });
  });

  it('retries transient Lambda errors of the Plan and Digest states', () => {
    for (const state of ['Plan', 'Digest']) {
      expect(definition.States[state]).toMatchObject({
        Retry: [{ ErrorEquals: expect.arrayContaining(['Lambda.ServiceException']) as unknown, MaxAttempts: 4 }],
      });
    }
  });

  it('retries transient Lambda errors with backoff and a failed batch once', () => {
    const processor = (definition.States.SweepAccounts as { ItemProcessor: { States: Record<string, unknown> } })
      .ItemProcessor;
    expect(processor.States.SweepBatch).toMatchObject({
      Type: 'Task',
      Retry: [
        {
          ErrorEquals: ['Lambda.ServiceException', 'Lambda.TooManyRequestsException', 'Lambda.SdkClientException'],
          MaxAttempts: 4,
          BackoffRate: 2,
          JitterStrategy: 'FULL',
        },
        { ErrorEquals: ['AuditorError', 'States.Timeout'], MaxAttempts: 1, IntervalSeconds: 60 },
      ],
    });
  });

  it('runs on a schedule and logs every execution without execution data', () => {
    expect(machine.Properties.LoggingConfiguration).toMatchObject({ Level: 'ALL', IncludeExecutionData: false });
    expect(machine.Properties.TracingConfiguration).toEqual({ Enabled: true });
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(1 day)',
      Targets: [Match.objectLike({ Arn: { Ref: Match.stringLikeRegexp('OrganizationSweepStateMachine') } })],
    });
  });
});

describe('organization sweep grants', () => {
  type Statement = { Action: string | string[]; Resource: unknown; Condition?: unknown };
  const statementsOf = (rolePrefix: string): Statement[] =>
    ofType('AWS::IAM::Policy')
      .filter(([, r]) => JSON.stringify(r.Properties.Roles).includes(rolePrefix))
      .flatMap(([, r]) => (r.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
  const actionsOf = (rolePrefix: string): string[] =>
    statementsOf(rolePrefix).flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));

  it('lets the Plan state list the organization (OU source given) and write plans/ only', () => {
    expect(actionsOf('OrganizationSweepSweepPlanRole').sort()).toEqual(
      [...ACCOUNT_DISCOVERY_ACTIONS, 'logs:CreateLogStream', 'logs:PutLogEvents', 's3:PutObject'].sort(),
    );
    const put = statementsOf('OrganizationSweepSweepPlanRole').find((s) => s.Action === 's3:PutObject');
    expect(JSON.stringify(put?.Resource)).toContain('/plans/*');
  });

  it('lets the digest read sweeps/ results and publish, nothing else', () => {
    expect(actionsOf('OrganizationSweepSweepDigestRole').sort()).toEqual(
      [
        'kms:Decrypt',
        'kms:GenerateDataKey',
        'logs:CreateLogStream',
        'logs:PutLogEvents',
        's3:GetObject',
        's3:ListBucket',
        'sns:Publish',
      ].sort(),
    );
    const list = statementsOf('OrganizationSweepSweepDigestRole').find((s) => s.Action === 's3:ListBucket');
    expect(list?.Condition).toEqual({ StringLike: { 's3:prefix': ['sweeps/*'] } });
  });

  it('gives the item processor its index reads and, with organization auto, the Organizations policy reads', () => {
    const actions = actionsOf('OrganizationSweepSweepItemRole');
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:GetItem', ...ORGANIZATION_POLICY_READ_ACTIONS]));
    const item = functionsByRole('OrganizationSweepSweepItemRole');
    expect(item.Environment?.Variables.ORGANIZATION_POLICIES).toBe('auto');
  });

  function functionsByRole(rolePrefix: string): { Environment?: { Variables: Record<string, unknown> } } {
    return ofType('AWS::Lambda::Function').find(([, r]) => JSON.stringify(r.Properties.Role).includes(rolePrefix))?.[1]
      .Properties as { Environment?: { Variables: Record<string, unknown> } };
  }
});

describe('central stack: props and cdk-nag', () => {
  it.each([
    [{ organizationId: 'o-x' }, 'organizationId is "o-x"'],
    [{ routes: [{ name: 'r', accounts: ['12'], emails: [] }] }, 'routes[r].accounts has ["12"]'],
    [{ sweep: { accounts: ['abc', 'ou-x'], regions: ['eu-west-1'] } }, 'sweep.accounts has ["abc","ou-x"]'],
    [{ routes: [{ name: 'a b', accounts: [A], emails: [] }] }, 'routes name "a b": use 1–40 letters'],
    [
      { routes: [{ name: 'r', accounts: [A], emails: [], slackChannelId: 'C1' }] },
      'routes[r].slackChannelId needs a workspace',
    ],
  ])('rejects %j', (override, message) => {
    expect(() => new LambdaAccessAuditorCentralStack(new App(), 'Bad', { ...PROPS, ...override })).toThrow(message);
  });

  it('reports no unacknowledged AwsSolutions violation', () => {
    const report = new AwsSolutionsChecks().validateScope(stack);
    expect(
      report.violations.map((v) => `${v.ruleName} ${v.violatingResources.map((r) => r.constructPath).join(',')}`),
    ).toEqual([]);
  });
});
