import { LookupEventsCommand } from '@aws-sdk/client-cloudtrail';
import { FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import { GetRoleCommand, IAMServiceException } from '@aws-sdk/client-iam';
import {
  GetFunctionCommand,
  GetPolicyCommand,
  LambdaServiceException,
  ListFunctionsCommand,
  TooManyRequestsException,
} from '@aws-sdk/client-lambda';
import { GetBucketNotificationConfigurationCommand } from '@aws-sdk/client-s3';
import { collectFunction } from '../../../lambda/aws/collect/single';
import { CollectContext } from '../../../lambda/aws/collect/context';
import { RateLimiter } from '../../../lambda/aws/collect/limiter';
import { validateSnapshot } from '../../../lambda/core/snapshot/validate';
import {
  ACCESS_POINT,
  ACCOUNT,
  AUDITOR_ARN,
  BASIC_DOC,
  BASIC_POLICY,
  CUSTOM_BUS_RULE,
  FILE_SYSTEM,
  INLINE,
  LIVE_ALIAS,
  LIVE_RULE,
  mockAccount,
  notFound,
  ORDERS_ARN,
  ORDERS_POLICY,
  ORDERS_ROLE,
  REPORTS_CONFIG,
  SECRET_VALUES,
  TOPIC,
  TRUST,
} from './fixture';

const fastContext = (): CollectContext => new CollectContext(new RateLimiter({}));
const names = (calls: { args: readonly [unknown] }[]): string[] =>
  calls.map((c) => (c.args[0] as object).constructor.name.replace(/Command$/, '')).sort();

describe('collectFunction', () => {
  it('collects configuration, policies, role, triggers and qualifier policies from AWS-shaped responses', async () => {
    const { clients, stubs } = mockAccount();
    const snap = await collectFunction(clients, { functionName: 'orders', context: fastContext() });
    const [fn] = snap.functions;
    expect(fn).toMatchObject({
      arn: ORDERS_ARN,
      accountId: ACCOUNT,
      region: 'us-east-1',
      roleArn: ORDERS_ROLE,
      environmentVariableNames: ['API_TOKEN', 'DB_PASSWORD'],
      tags: { team: 'orders' },
      layers: [{ arn: 'arn:aws:lambda:us-east-1:999999999999:layer:shared:3', accountId: '999999999999' }],
      vpc: { vpcId: 'vpc-1', subnetIds: ['subnet-1'], securityGroupIds: ['sg-1'] },
      destinations: { onFailure: `arn:aws:sns:us-east-1:${ACCOUNT}:failures` },
      url: { url: 'https://abc.lambda-url.us-east-1.on.aws/', authType: 'NONE' },
      resourcePolicy: ORDERS_POLICY,
      qualifierPolicies: [{ qualifier: 'live', policy: { Version: '2012-10-17', Statement: [] } }],
      fileSystems: [{ arn: ACCESS_POINT, localMountPath: '/mnt/orders', fileSystemArn: FILE_SYSTEM }],
    });
    expect(snap.provenance.auditorPrincipal).toBe(AUDITOR_ARN);
    expect(fn?.eventSourceMappings).toEqual([
      { uuid: 'esm-1', kind: 'sqs', eventSourceArn: `arn:aws:sqs:us-east-1:${ACCOUNT}:orders-queue`, state: 'Enabled' },
    ]);
    expect(snap.roles).toHaveLength(1);
    expect(snap.roles[0]).toMatchObject({
      arn: ORDERS_ROLE,
      path: '/service/',
      trustPolicy: TRUST,
      tags: { env: 'prod' },
    });
    expect(snap.roles[0]?.inlinePolicies).toEqual([{ name: 'data', document: INLINE }]);
    expect(snap.managedPolicies).toEqual([
      {
        arn: BASIC_POLICY,
        name: 'AWSLambdaBasicExecutionRole',
        awsManaged: true,
        defaultVersionId: 'v1',
        document: BASIC_DOC,
      },
    ]);
    expect(snap.triggers.map((t) => [t.kind, t.sourceArn]).sort()).toEqual(
      [
        ['apigateway', `arn:aws:execute-api:us-east-1:${ACCOUNT}:abc123/*/POST/orders`],
        ['eventbridge-rule', CUSTOM_BUS_RULE],
        ['eventbridge-rule', LIVE_RULE],
        ['logs-subscription', `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/app/audit:*`],
        ['s3', 'arn:aws:s3:::orders-uploads'],
        ['sns', TOPIC],
      ].sort(),
    );
    expect(names(stubs.lambda.calls())).toEqual([
      'GetFunction',
      'GetFunctionEventInvokeConfig',
      'GetFunctionUrlConfig',
      'GetPolicy',
      'GetPolicy',
      'ListAliases',
      'ListAliases',
      'ListEventSourceMappings',
    ]);
    expect(snap.triggers.find((t) => t.sourceArn === LIVE_RULE)?.targetArn).toBe(LIVE_ALIAS);
    expect(names(stubs.iam.calls())).toEqual([
      'GetPolicy',
      'GetPolicyVersion',
      'GetRole',
      'GetRolePolicy',
      'GetRolePolicy',
      'ListAttachedRolePolicies',
      'ListRolePolicies',
      'ListRolePolicies',
    ]);
    expect(stubs.lambda.commandCalls(ListFunctionsCommand)).toHaveLength(0);
    expect(stubs.cloudtrail.calls()).toHaveLength(0);
    expect(stubs.logs.commandCalls(FilterLogEventsCommand)).toHaveLength(0);
    expect(validateSnapshot(JSON.parse(JSON.stringify(snap))).ok).toBe(true);
  });

  it('records an undecodable inline policy as a failed read and marks the snapshot partial', async () => {
    const { clients } = mockAccount();
    const snap = await collectFunction(clients, { functionName: 'orders', context: fastContext() });
    expect(snap.provenance.partial).toBe(true);
    expect(snap.provenance.failedReads).toEqual([
      expect.objectContaining({
        api: 'iam:GetRolePolicy',
        target: `${ORDERS_ROLE} inline policy broken`,
        errorCode: 'PolicyDecodeError',
      }),
    ]);
  });

  it('treats ResourceNotFoundException from GetPolicy as "no resource policy", not a failure', async () => {
    const { clients, stubs } = mockAccount();
    stubs.lambda.on(GetFunctionCommand, { FunctionName: 'reports' }).resolves({ Configuration: REPORTS_CONFIG });
    const snap = await collectFunction(clients, { functionName: 'reports', context: fastContext() });
    expect(snap.functions[0]?.resourcePolicy).toBeNull();
    expect(snap.functions[0]?.logGroup).toBe('/custom/reports');
    expect(snap.provenance.failedReads.filter((f) => f.api.startsWith('lambda:'))).toEqual([]);
  });

  it.each([
    [
      'AccessDenied on GetRole (the auditor lacks iam:GetRole)',
      (s: ReturnType<typeof mockAccount>['stubs']) =>
        s.iam.on(GetRoleCommand).rejects(
          new IAMServiceException({
            name: 'AccessDenied',
            $fault: 'client',
            $metadata: { httpStatusCode: 403 },
            message: 'not authorized',
          }),
        ),
      { api: 'iam:GetRole', target: ORDERS_ROLE, errorCode: 'AccessDenied' },
    ],
    [
      'ThrottlingException on GetPolicy after retries',
      (s: ReturnType<typeof mockAccount>['stubs']) =>
        s.lambda.on(GetPolicyCommand, { FunctionName: ORDERS_ARN }).rejects(
          new LambdaServiceException({
            name: 'ThrottlingException',
            $fault: 'client',
            $metadata: {},
            message: 'Rate exceeded',
          }),
        ),
      { api: 'lambda:GetPolicy', target: ORDERS_ARN, errorCode: 'ThrottlingException' },
    ],
    [
      'TooManyRequestsException on GetPolicy',
      (s: ReturnType<typeof mockAccount>['stubs']) =>
        s.lambda
          .on(GetPolicyCommand, { FunctionName: ORDERS_ARN })
          .rejects(new TooManyRequestsException({ message: 'Rate exceeded', $metadata: {} })),
      { api: 'lambda:GetPolicy', target: ORDERS_ARN, errorCode: 'TooManyRequestsException' },
    ],
    [
      'AccessDeniedException on GetPolicy',
      (s: ReturnType<typeof mockAccount>['stubs']) =>
        s.lambda.on(GetPolicyCommand, { FunctionName: ORDERS_ARN }).rejects(
          new LambdaServiceException({
            name: 'AccessDeniedException',
            $fault: 'client',
            $metadata: {},
            message: 'denied',
          }),
        ),
      { api: 'lambda:GetPolicy', target: ORDERS_ARN, errorCode: 'AccessDeniedException' },
    ],
  ])('records %s in failedReads without crashing', async (_label, inject, expected) => {
    const { clients, stubs } = mockAccount();
    inject(stubs);
    const snap = await collectFunction(clients, { functionName: 'orders', context: fastContext() });
    expect(snap.provenance.partial).toBe(true);
    expect(snap.provenance.failedReads).toContainEqual(expect.objectContaining(expected));
    expect(snap.functions).toHaveLength(1);
  });

  it('returns an empty partial snapshot when GetFunction itself fails', async () => {
    const { clients } = mockAccount();
    const arn = `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:gone`;
    const snap = await collectFunction(clients, { functionName: arn, context: fastContext() });
    expect(snap.functions).toEqual([]);
    expect(snap.account).toEqual({ id: ACCOUNT, region: 'eu-west-1', partition: 'aws' });
    expect(snap.provenance.failedReads[0]).toMatchObject({ api: 'lambda:GetFunction', target: arn });
  });

  it('looks up changes narrowly by role and function name and reads a redacted log excerpt', async () => {
    const { clients, stubs } = mockAccount();
    stubs.lambda.on(GetPolicyCommand, { FunctionName: ORDERS_ARN, Qualifier: 'live' }).rejects(notFound('none'));
    const snap = await collectFunction(clients, {
      functionName: 'orders',
      denialTime: '2026-11-20T10:00:01Z',
      withChanges: true,
      withLogs: true,
      context: fastContext(),
      now: () => new Date('2026-11-21T00:00:00Z'),
    });
    const lookups = stubs.cloudtrail.commandCalls(LookupEventsCommand).map((c) => c.args[0].input);
    expect(lookups.map((i) => i.LookupAttributes?.[0]?.AttributeValue).sort()).toEqual(['orders', 'orders-role']);
    expect(lookups[0]?.EndTime).toEqual(new Date('2026-11-20T10:05:01Z'));
    expect(snap.permissionChanges.map((c) => [c.eventName, c.target, c.summary])).toEqual([
      ['UpdateFunctionConfiguration', ORDERS_ARN, 'functionName=orders'],
      ['DetachRolePolicy', ORDERS_ROLE, `roleName=orders-role, policyArn=arn:aws:iam::${ACCOUNT}:policy/orders-data`],
    ]);
    const [filter] = stubs.logs.commandCalls(FilterLogEventsCommand).map((c) => c.args[0].input);
    expect(filter).toMatchObject({ logGroupName: '/aws/lambda/orders', startTime: Date.parse('2026-11-20T09:58:01Z') });
    expect(snap.logExcerpts[0]?.lines.map((l) => l.message)).toEqual([
      'START RequestId: 1',
      'connecting with [REDACTED] and [REDACTED]',
      'AccessDeniedException: not authorized to perform s3:PutObject',
    ]);
    const text = JSON.stringify(snap);
    for (const secret of SECRET_VALUES) expect(text).not.toContain(secret);
  });

  it('does not read notifications of a bucket the policy places in another account', async () => {
    const { clients, stubs } = mockAccount();
    const policy = JSON.parse(JSON.stringify(ORDERS_POLICY)) as typeof ORDERS_POLICY;
    (policy.Statement[0] as { Condition: Record<string, unknown> }).Condition.StringEquals = {
      'AWS:SourceAccount': '210987654321',
    };
    stubs.lambda.on(GetPolicyCommand, { FunctionName: ORDERS_ARN }).resolves({ Policy: JSON.stringify(policy) });
    const snap = await collectFunction(clients, { functionName: 'orders', context: fastContext() });
    expect(stubs.s3.commandCalls(GetBucketNotificationConfigurationCommand)).toHaveLength(0);
    expect(snap.triggers.some((t) => t.kind === 's3')).toBe(false);
  });
});
