import { DescribeRuleCommand } from '@aws-sdk/client-eventbridge';
import { GetAccountAuthorizationDetailsCommand, IAMServiceException } from '@aws-sdk/client-iam';
import {
  GetFunctionCommand,
  GetFunctionEventInvokeConfigCommand,
  GetFunctionUrlConfigCommand,
  GetPolicyCommand,
  LambdaServiceException,
  ListFunctionsCommand,
} from '@aws-sdk/client-lambda';
import { GetBucketNotificationConfigurationCommand, ListBucketsCommand, S3ServiceException } from '@aws-sdk/client-s3';
import { CollectContext } from '../../../lambda/aws/collect/context';
import { RateLimiter } from '../../../lambda/aws/collect/limiter';
import { collectAccount } from '../../../lambda/aws/collect/sweep';
import { validateSnapshot } from '../../../lambda/core/snapshot/validate';
import {
  BASIC_DOC,
  BASIC_POLICY,
  CUSTOM_BUS_RULE,
  INLINE,
  LOCAL_POLICY,
  mockAccount,
  ORDERS_ARN,
  ORDERS_ROLE,
  REPORTS_ARN,
  REPORTS_ROLE,
  TOPIC,
} from './fixture';

const fastContext = (): CollectContext => new CollectContext(new RateLimiter({}));

describe('collectAccount', () => {
  it('uses bulk listings, follows every paginator and reads per function only GetPolicy (+ URL when revealed)', async () => {
    const { clients, stubs } = mockAccount();
    const progress: [number, number][] = [];
    const ctx = fastContext();
    const snap = await collectAccount(clients, { context: ctx, onProgress: (d, t) => progress.push([d, t]) });

    expect(stubs.lambda.commandCalls(ListFunctionsCommand).map((c) => c.args[0].input.Marker)).toEqual([
      undefined,
      'f2',
    ]);
    expect(stubs.iam.commandCalls(GetAccountAuthorizationDetailsCommand).map((c) => c.args[0].input)).toEqual([
      {
        Filter: ['Role', 'User', 'Group', 'LocalManagedPolicy', 'AWSManagedPolicy'],
        MaxItems: 1000,
        Marker: undefined,
      },
      { Filter: ['Role', 'User', 'Group', 'LocalManagedPolicy', 'AWSManagedPolicy'], MaxItems: 1000, Marker: 'gaad-2' },
    ]);
    expect(stubs.iam.calls()).toHaveLength(2);
    expect(stubs.lambda.commandCalls(GetFunctionCommand)).toHaveLength(0);
    expect(stubs.lambda.commandCalls(GetFunctionEventInvokeConfigCommand)).toHaveLength(0);
    expect(stubs.lambda.commandCalls(GetFunctionUrlConfigCommand).map((c) => c.args[0].input.FunctionName)).toEqual([
      ORDERS_ARN,
    ]);
    expect(stubs.lambda.commandCalls(GetPolicyCommand).map((c) => c.args[0].input)).toEqual(
      expect.arrayContaining([
        { FunctionName: ORDERS_ARN },
        { FunctionName: REPORTS_ARN },
        { FunctionName: ORDERS_ARN, Qualifier: 'live' },
      ]),
    );
    expect(stubs.lambda.commandCalls(GetPolicyCommand)).toHaveLength(3);

    expect(snap.functions.map((f) => f.arn)).toEqual([ORDERS_ARN, REPORTS_ARN]);
    const [orders, reports] = snap.functions;
    expect(orders?.url?.authType).toBe('NONE');
    expect(orders?.tags).toEqual({});
    expect(orders?.qualifierPolicies).toEqual([
      { qualifier: 'live', policy: { Version: '2012-10-17', Statement: [] } },
    ]);
    expect(orders?.eventSourceMappings.map((m) => m.kind)).toEqual(['sqs']);
    expect(reports?.resourcePolicy).toBeNull();
    expect(reports?.eventSourceMappings).toEqual([
      {
        uuid: 'esm-2',
        kind: 'kafka',
        state: 'Disabled',
        stateTransitionReason: 'EVENT_SOURCE_AUTHZ_ERROR',
        sourceAccessConfigurations: [{ type: 'VPC_SUBNET', uri: 'subnet:subnet-1' }],
        vpc: true,
      },
    ]);

    expect(snap.roles.map((r) => r.arn)).toEqual([ORDERS_ROLE, REPORTS_ROLE]);
    expect(snap.roles[0]).toMatchObject({
      inlinePolicies: [{ name: 'data', document: INLINE }],
      permissionsBoundaryArn: LOCAL_POLICY,
    });
    expect(snap.managedPolicies.map((p) => [p.arn, p.defaultVersionId, p.awsManaged])).toEqual([
      [BASIC_POLICY, 'v1', true],
      [LOCAL_POLICY, 'v2', false],
    ]);
    expect(snap.managedPolicies[0]?.document).toEqual(BASIC_DOC);
    expect(snap.users[0]).toMatchObject({ name: 'deployer', groups: ['devs'] });
    expect(snap.groups.map((g) => g.name)).toEqual(['devs']);

    expect(snap.triggers.map((t) => `${t.kind} ${t.sourceArn}`).sort()).toEqual(
      [
        `eventbridge-rule ${CUSTOM_BUS_RULE}`,
        `sns ${TOPIC}`,
        's3 arn:aws:s3:::orders-uploads',
        'logs-subscription arn:aws:logs:us-east-1:123456789012:log-group:/app/audit:*',
        'apigateway arn:aws:execute-api:us-east-1:123456789012:abc123/*/POST/orders',
      ].sort(),
    );
    expect(snap.inventory).toEqual({
      'eventbridge-rule': { complete: true, arns: [CUSTOM_BUS_RULE] },
      sns: { complete: true, arns: [TOPIC] },
      s3: { complete: true, arns: ['arn:aws:s3:::orders-uploads'] },
    });
    expect(snap.provenance).toMatchObject({ mode: 'sweep', partial: false, failedReads: [] });
    expect(snap.account).toEqual({ id: '123456789012', region: 'us-east-1', partition: 'aws' });
    expect(progress.map(([d]) => d)).toEqual([1, 2]);
    expect(validateSnapshot(JSON.parse(JSON.stringify(snap))).ok).toBe(true);
  });

  it.each([
    ['only reports', (n: string) => n === 'reports', [REPORTS_ARN]],
    ['nothing', () => false, []],
  ])('applies functionFilter (%s) before any per-function read', async (_label, filter, expected) => {
    const { clients, stubs } = mockAccount();
    const snap = await collectAccount(clients, { context: fastContext(), functionFilter: filter });
    expect(snap.functions.map((f) => f.arn)).toEqual(expected);
    expect(stubs.lambda.commandCalls(GetPolicyCommand).map((c) => c.args[0].input.FunctionName)).toEqual(expected);
  });

  it('reads URL config and destinations for every function when fullFunctionReads is set', async () => {
    const { clients, stubs } = mockAccount();
    const snap = await collectAccount(clients, { context: fastContext(), fullFunctionReads: true });
    expect(stubs.lambda.commandCalls(GetFunctionUrlConfigCommand)).toHaveLength(2);
    expect(stubs.lambda.commandCalls(GetFunctionEventInvokeConfigCommand)).toHaveLength(2);
    expect(snap.functions[0]?.destinations).toEqual({ onFailure: 'arn:aws:sns:us-east-1:123456789012:failures' });
    expect(snap.provenance.failedReads).toEqual([]);
  });

  it('records AccessDenied on GetAccountAuthorizationDetails and still returns the functions', async () => {
    const { clients, stubs } = mockAccount();
    stubs.iam.on(GetAccountAuthorizationDetailsCommand).rejects(
      new IAMServiceException({
        name: 'AccessDenied',
        $fault: 'client',
        $metadata: { httpStatusCode: 403 },
        message: 'denied',
      }),
    );
    const snap = await collectAccount(clients, { context: fastContext() });
    expect(snap.roles).toEqual([]);
    expect(snap.functions).toHaveLength(2);
    expect(snap.provenance.partial).toBe(true);
    expect(snap.provenance.failedReads).toEqual([
      expect.objectContaining({ api: 'iam:GetAccountAuthorizationDetails', errorCode: 'AccessDenied' }),
    ]);
  });

  it('marks the snapshot partial when a later ListFunctions page is throttled', async () => {
    const { clients, stubs } = mockAccount();
    stubs.lambda.on(ListFunctionsCommand, { Marker: 'f2' }).rejects(
      new LambdaServiceException({
        name: 'ThrottlingException',
        $fault: 'client',
        $metadata: {},
        message: 'Rate exceeded',
      }),
    );
    const snap = await collectAccount(clients, { context: fastContext() });
    expect(snap.functions.map((f) => f.arn)).toEqual([ORDERS_ARN]);
    expect(snap.provenance.partial).toBe(true);
    expect(snap.provenance.failedReads).toEqual([
      expect.objectContaining({ api: 'lambda:ListFunctions', errorCode: 'ThrottlingException' }),
    ]);
  });

  it.each([
    ['ListBuckets is denied (listing incomplete): named buckets are still read', true, 1],
    ['ListBuckets is complete and lacks the bucket: it is not read', false, 0],
  ])('S3 notifications when %s', async (_label, denied, reads) => {
    const { clients, stubs } = mockAccount();
    if (denied)
      stubs.s3
        .on(ListBucketsCommand)
        .rejects(new S3ServiceException({ name: 'AccessDenied', $fault: 'client', $metadata: {}, message: 'denied' }));
    else stubs.s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'someone-else' }] });
    const snap = await collectAccount(clients, { context: fastContext() });
    expect(stubs.s3.commandCalls(GetBucketNotificationConfigurationCommand)).toHaveLength(reads);
    expect(snap.triggers.filter((t) => t.kind === 's3')).toHaveLength(reads);
    expect(snap.inventory.s3?.complete).toBe(!denied);
  });

  it.each([
    ['no auditor option: no auditor section, no DescribeRule', undefined, undefined, 0],
    ['stack Region only', { stackRegion: 'eu-west-1' }, { stackRegion: 'eu-west-1' }, 0],
    [
      'stack Region and denial rule',
      { stackRegion: 'eu-west-1', denialRuleArn: 'arn:aws:events:eu-west-1:111122223333:rule/Denial' },
      { stackRegion: 'eu-west-1', denialRuleState: 'DISABLED' },
      1,
    ],
  ])('auditor deployment: %s', async (_label, auditor, expected, calls) => {
    const { clients, stubs } = mockAccount();
    stubs.eventbridge.on(DescribeRuleCommand).resolves({ State: 'DISABLED' });
    const snap = await collectAccount(clients, { context: fastContext(), ...(auditor ? { auditor } : {}) });
    expect(snap.auditor).toEqual(expected);
    expect(stubs.eventbridge.commandCalls(DescribeRuleCommand)).toHaveLength(calls);
    expect(validateSnapshot(JSON.parse(JSON.stringify(snap))).ok).toBe(true);
  });
});
