/**
 * A small mocked AWS account for collector tests. Responses look like AWS's: IAM documents are
 * URL-encoded, IAM lists page with IsTruncated + Marker, Lambda with NextMarker, others with NextToken,
 * GetPolicy without a policy throws ResourceNotFoundException.
 */
import { CloudTrailClient, LookupEventsCommand } from '@aws-sdk/client-cloudtrail';
import {
  CloudWatchLogsClient,
  DescribeSubscriptionFiltersCommand,
  FilterLogEventsCommand,
} from '@aws-sdk/client-cloudwatch-logs';
import {
  EventBridgeClient,
  ListEventBusesCommand,
  ListRuleNamesByTargetCommand,
  ListRulesCommand,
  ListTargetsByRuleCommand,
} from '@aws-sdk/client-eventbridge';
import {
  GetAccountAuthorizationDetailsCommand,
  GetPolicyCommand as IamGetPolicyCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  IAMClient,
  ListAttachedRolePoliciesCommand,
  ListRolePoliciesCommand,
  NoSuchEntityException,
} from '@aws-sdk/client-iam';
import {
  GetFunctionCommand,
  GetFunctionEventInvokeConfigCommand,
  GetFunctionUrlConfigCommand,
  GetPolicyCommand,
  LambdaClient,
  ListEventSourceMappingsCommand,
  ListFunctionsCommand,
  ResourceNotFoundException,
  type FunctionConfiguration,
} from '@aws-sdk/client-lambda';
import { GetBucketNotificationConfigurationCommand, ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { ListSubscriptionsCommand, ListTopicsCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient, type AwsClientStub } from 'aws-sdk-client-mock';
import type { CollectorClients } from '../../../lambda/aws/collect/clients';

export const ACCOUNT = '123456789012';
export const REGION = 'us-east-1';
export const ORDERS_ARN = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:orders`;
export const REPORTS_ARN = `arn:aws:lambda:${REGION}:${ACCOUNT}:function:reports`;
export const ORDERS_ROLE = `arn:aws:iam::${ACCOUNT}:role/service/orders-role`;
export const REPORTS_ROLE = `arn:aws:iam::${ACCOUNT}:role/reports-role`;
export const BASIC_POLICY = 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole';
export const LOCAL_POLICY = `arn:aws:iam::${ACCOUNT}:policy/orders-data`;
export const CUSTOM_BUS_RULE = `arn:aws:events:${REGION}:${ACCOUNT}:rule/orders-bus/new-order`;
export const TOPIC = `arn:aws:sns:${REGION}:${ACCOUNT}:order-events`;

/** Environment variable values that must never appear in a snapshot. */
export const SECRET_VALUES = [
  'sup3r-secret-db-password-XYZ',
  'tok_9f8e7d6c5b4a3210',
  'https://user:pw@internal.example',
];

/** IAM encodes documents per RFC 3986. */
export const encode = (doc: unknown): string => encodeURIComponent(JSON.stringify(doc));

export const TRUST = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
};
export const INLINE = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: 'arn:aws:s3:::orders-uploads/*' }],
};
export const BASIC_DOC = {
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'], Resource: '*' },
  ],
};

const grant = (sid: string, service: string, sourceArn: string, extra: Record<string, unknown> = {}) => ({
  Sid: sid,
  Effect: 'Allow',
  Principal: { Service: service },
  Action: 'lambda:InvokeFunction',
  Resource: ORDERS_ARN,
  Condition: { ArnLike: { 'AWS:SourceArn': sourceArn }, ...extra },
});

export const ORDERS_POLICY = {
  Version: '2012-10-17',
  Id: 'default',
  Statement: [
    grant('s3', 's3.amazonaws.com', 'arn:aws:s3:::orders-uploads', { StringEquals: { 'AWS:SourceAccount': ACCOUNT } }),
    grant('events', 'events.amazonaws.com', CUSTOM_BUS_RULE),
    grant('sns', 'sns.amazonaws.com', TOPIC),
    grant('logs', 'logs.amazonaws.com', `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/app/audit:*`),
    grant('api', 'apigateway.amazonaws.com', `arn:aws:execute-api:${REGION}:${ACCOUNT}:abc123/*/POST/orders`),
    {
      Sid: 'FunctionURLAllowPublicAccess',
      Effect: 'Allow',
      Principal: '*',
      Action: 'lambda:InvokeFunctionUrl',
      Resource: ORDERS_ARN,
      Condition: { StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } },
    },
  ],
};

export const ORDERS_CONFIG: FunctionConfiguration = {
  FunctionName: 'orders',
  FunctionArn: ORDERS_ARN,
  Runtime: 'nodejs20.x',
  Role: ORDERS_ROLE,
  PackageType: 'Zip',
  Architectures: ['arm64'],
  VpcConfig: { VpcId: 'vpc-1', SubnetIds: ['subnet-1'], SecurityGroupIds: ['sg-1'] },
  DeadLetterConfig: { TargetArn: `arn:aws:sqs:${REGION}:${ACCOUNT}:orders-dlq` },
  Environment: { Variables: { DB_PASSWORD: SECRET_VALUES[0]!, API_TOKEN: SECRET_VALUES[1]! } },
  KMSKeyArn: `arn:aws:kms:${REGION}:${ACCOUNT}:key/1234`,
  TracingConfig: { Mode: 'Active' },
  Layers: [{ Arn: 'arn:aws:lambda:us-east-1:999999999999:layer:shared:3' }],
  State: 'Active',
  LastUpdateStatus: 'Successful',
};

export const REPORTS_CONFIG: FunctionConfiguration = {
  FunctionName: 'reports',
  FunctionArn: REPORTS_ARN,
  Runtime: 'python3.12',
  Role: REPORTS_ROLE,
  PackageType: 'Zip',
  Environment: { Variables: { UPSTREAM: SECRET_VALUES[2]! } },
  LoggingConfig: { LogGroup: '/custom/reports', LogFormat: 'JSON' },
};

export const notFound = (message: string): ResourceNotFoundException =>
  new ResourceNotFoundException({ message, $metadata: { httpStatusCode: 404 } });

/** Every stub, for `commandCalls` assertions. */
export interface Stubs {
  lambda: AwsClientStub<LambdaClient>;
  iam: AwsClientStub<IAMClient>;
  cloudtrail: AwsClientStub<CloudTrailClient>;
  logs: AwsClientStub<CloudWatchLogsClient>;
  eventbridge: AwsClientStub<EventBridgeClient>;
  sns: AwsClientStub<SNSClient>;
  s3: AwsClientStub<S3Client>;
}

/** Real SDK clients (fake credentials) with mocked transports. */
export function mockedClients(): { clients: CollectorClients; stubs: Stubs } {
  const config = { region: REGION, credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'x' } };
  const clients: CollectorClients = {
    lambda: new LambdaClient(config),
    iam: new IAMClient(config),
    cloudtrail: new CloudTrailClient(config),
    logs: new CloudWatchLogsClient(config),
    eventbridge: new EventBridgeClient(config),
    sns: new SNSClient(config),
    s3: new S3Client(config),
  };
  const stubs: Stubs = {
    lambda: mockClient(clients.lambda),
    iam: mockClient(clients.iam),
    cloudtrail: mockClient(clients.cloudtrail),
    logs: mockClient(clients.logs),
    eventbridge: mockClient(clients.eventbridge),
    sns: mockClient(clients.sns),
    s3: mockClient(clients.s3),
  };
  return { clients, stubs };
}

function lambdaResponses(s: Stubs): void {
  s.lambda
    .on(GetFunctionCommand, { FunctionName: 'orders' })
    .resolves({ Configuration: ORDERS_CONFIG, Tags: { team: 'orders' } });
  s.lambda.on(GetPolicyCommand).rejects(notFound('The resource you requested does not exist.'));
  s.lambda
    .on(GetPolicyCommand, { FunctionName: ORDERS_ARN })
    .resolves({ Policy: JSON.stringify(ORDERS_POLICY), RevisionId: 'r1' });
  s.lambda
    .on(GetPolicyCommand, { FunctionName: ORDERS_ARN, Qualifier: 'live' })
    .resolves({ Policy: JSON.stringify({ Version: '2012-10-17', Statement: [] }) });
  s.lambda.on(GetFunctionUrlConfigCommand).rejects(notFound('no url'));
  s.lambda
    .on(GetFunctionUrlConfigCommand, { FunctionName: ORDERS_ARN })
    .resolves({ FunctionUrl: 'https://abc.lambda-url.us-east-1.on.aws/', AuthType: 'NONE' });
  s.lambda.on(GetFunctionEventInvokeConfigCommand).rejects(notFound('no config'));
  s.lambda
    .on(GetFunctionEventInvokeConfigCommand, { FunctionName: ORDERS_ARN })
    .resolves({ DestinationConfig: { OnFailure: { Destination: `arn:aws:sns:${REGION}:${ACCOUNT}:failures` } } });
  const sqsMapping = {
    UUID: 'esm-1',
    EventSourceArn: `arn:aws:sqs:${REGION}:${ACCOUNT}:orders-queue`,
    FunctionArn: `${ORDERS_ARN}:live`,
    State: 'Enabled',
  };
  const kafkaMapping = {
    UUID: 'esm-2',
    FunctionArn: REPORTS_ARN,
    SelfManagedEventSource: { Endpoints: { KAFKA_BOOTSTRAP_SERVERS: ['b-1:9092'] } },
    SourceAccessConfigurations: [{ Type: 'VPC_SUBNET' as const, URI: 'subnet:subnet-1' }],
    State: 'Disabled',
    StateTransitionReason: 'EVENT_SOURCE_AUTHZ_ERROR',
  };
  s.lambda
    .on(ListEventSourceMappingsCommand, { Marker: undefined })
    .resolves({ EventSourceMappings: [sqsMapping], NextMarker: 'm2' });
  s.lambda.on(ListEventSourceMappingsCommand, { Marker: 'm2' }).resolves({ EventSourceMappings: [kafkaMapping] });
  s.lambda
    .on(ListEventSourceMappingsCommand, { FunctionName: ORDERS_ARN })
    .resolves({ EventSourceMappings: [sqsMapping] });
  s.lambda.on(ListFunctionsCommand, { Marker: undefined }).resolves({ Functions: [ORDERS_CONFIG], NextMarker: 'f2' });
  s.lambda.on(ListFunctionsCommand, { Marker: 'f2' }).resolves({ Functions: [REPORTS_CONFIG] });
}

function iamResponses(s: Stubs): void {
  s.iam.on(GetRoleCommand, { RoleName: 'orders-role' }).resolves({
    Role: {
      Path: '/service/',
      RoleName: 'orders-role',
      RoleId: 'AROAORDERS',
      Arn: ORDERS_ROLE,
      CreateDate: new Date('2024-01-01T00:00:00Z'),
      AssumeRolePolicyDocument: encode(TRUST),
      Tags: [{ Key: 'env', Value: 'prod' }],
    },
  });
  s.iam
    .on(ListRolePoliciesCommand, { Marker: undefined })
    .resolves({ PolicyNames: ['data'], IsTruncated: true, Marker: 'p2' });
  s.iam.on(ListRolePoliciesCommand, { Marker: 'p2' }).resolves({ PolicyNames: ['broken'], IsTruncated: false });
  s.iam
    .on(GetRolePolicyCommand, { PolicyName: 'data' })
    .resolves({ RoleName: 'orders-role', PolicyName: 'data', PolicyDocument: encode(INLINE) });
  s.iam
    .on(GetRolePolicyCommand, { PolicyName: 'broken' })
    .resolves({ RoleName: 'orders-role', PolicyName: 'broken', PolicyDocument: '%7B%22Version' });
  s.iam.on(ListAttachedRolePoliciesCommand).resolves({
    AttachedPolicies: [{ PolicyArn: BASIC_POLICY, PolicyName: 'AWSLambdaBasicExecutionRole' }],
    IsTruncated: false,
  });
  s.iam
    .on(IamGetPolicyCommand, { PolicyArn: BASIC_POLICY })
    .resolves({ Policy: { Arn: BASIC_POLICY, PolicyName: 'AWSLambdaBasicExecutionRole', DefaultVersionId: 'v1' } });
  s.iam
    .on(GetPolicyVersionCommand, { PolicyArn: BASIC_POLICY, VersionId: 'v1' })
    .resolves({ PolicyVersion: { Document: encode(BASIC_DOC), VersionId: 'v1', IsDefaultVersion: true } });
  s.iam.on(GetAccountAuthorizationDetailsCommand, { Marker: undefined }).resolves({
    RoleDetailList: [
      {
        Path: '/service/',
        RoleName: 'orders-role',
        Arn: ORDERS_ROLE,
        AssumeRolePolicyDocument: encode(TRUST),
        RolePolicyList: [{ PolicyName: 'data', PolicyDocument: encode(INLINE) }],
        AttachedManagedPolicies: [{ PolicyArn: BASIC_POLICY, PolicyName: 'AWSLambdaBasicExecutionRole' }],
        PermissionsBoundary: {
          PermissionsBoundaryType: 'PermissionsBoundaryPolicy',
          PermissionsBoundaryArn: LOCAL_POLICY,
        },
      },
    ],
    UserDetailList: [{ UserName: 'deployer', Arn: `arn:aws:iam::${ACCOUNT}:user/deployer`, GroupList: ['devs'] }],
    GroupDetailList: [{ GroupName: 'devs', Arn: `arn:aws:iam::${ACCOUNT}:group/devs` }],
    Policies: [
      {
        PolicyName: 'AWSLambdaBasicExecutionRole',
        Arn: BASIC_POLICY,
        DefaultVersionId: 'v1',
        PolicyVersionList: [
          { VersionId: 'v0', IsDefaultVersion: false, Document: encode({ Version: '2012-10-17', Statement: [] }) },
          { VersionId: 'v1', IsDefaultVersion: true, Document: encode(BASIC_DOC) },
        ],
      },
    ],
    IsTruncated: true,
    Marker: 'gaad-2',
  });
  s.iam.on(GetAccountAuthorizationDetailsCommand, { Marker: 'gaad-2' }).resolves({
    RoleDetailList: [
      { Path: '/', RoleName: 'reports-role', Arn: REPORTS_ROLE, AssumeRolePolicyDocument: encode(TRUST) },
    ],
    Policies: [
      {
        PolicyName: 'orders-data',
        Arn: LOCAL_POLICY,
        DefaultVersionId: 'v2',
        PolicyVersionList: [{ VersionId: 'v2', IsDefaultVersion: true, Document: encode(INLINE) }],
      },
    ],
    IsTruncated: false,
  });
}

function otherResponses(s: Stubs): void {
  s.eventbridge.on(ListEventBusesCommand).resolves({
    EventBuses: [
      { Name: 'default', Arn: `arn:aws:events:${REGION}:${ACCOUNT}:event-bus/default` },
      { Name: 'orders-bus', Arn: `arn:aws:events:${REGION}:${ACCOUNT}:event-bus/orders-bus` },
    ],
  });
  s.eventbridge.on(ListRuleNamesByTargetCommand).resolves({ RuleNames: [] });
  s.eventbridge.on(ListRuleNamesByTargetCommand, { EventBusName: 'orders-bus' }).resolves({ RuleNames: ['new-order'] });
  s.eventbridge.on(ListRulesCommand).resolves({ Rules: [] });
  s.eventbridge
    .on(ListRulesCommand, { EventBusName: 'orders-bus' })
    .resolves({ Rules: [{ Name: 'new-order', Arn: CUSTOM_BUS_RULE, EventBusName: 'orders-bus' }] });
  s.eventbridge.on(ListTargetsByRuleCommand).resolves({ Targets: [{ Id: '1', Arn: ORDERS_ARN }] });
  s.sns.on(ListSubscriptionsCommand, { NextToken: undefined }).resolves({
    Subscriptions: [
      { TopicArn: `arn:aws:sns:${REGION}:${ACCOUNT}:other`, Protocol: 'email', Endpoint: 'a@example.com' },
    ],
    NextToken: 's2',
  });
  s.sns.on(ListSubscriptionsCommand, { NextToken: 's2' }).resolves({
    Subscriptions: [{ TopicArn: TOPIC, Protocol: 'lambda', Endpoint: ORDERS_ARN, SubscriptionArn: `${TOPIC}:sub-1` }],
  });
  s.sns.on(ListTopicsCommand).resolves({ Topics: [{ TopicArn: TOPIC }] });
  s.s3.on(ListBucketsCommand).resolves({ Buckets: [{ Name: 'orders-uploads' }] });
  s.s3.on(GetBucketNotificationConfigurationCommand, { Bucket: 'orders-uploads' }).resolves({
    LambdaFunctionConfigurations: [{ LambdaFunctionArn: ORDERS_ARN, Events: ['s3:ObjectCreated:*'] }],
  });
  s.logs.on(DescribeSubscriptionFiltersCommand, { logGroupName: '/app/audit' }).resolves({
    subscriptionFilters: [{ filterName: 'to-orders', logGroupName: '/app/audit', destinationArn: ORDERS_ARN }],
  });
  s.logs.on(FilterLogEventsCommand).resolves({
    events: [
      { timestamp: Date.parse('2026-11-20T10:00:00Z'), message: 'START RequestId: 1\n' },
      {
        timestamp: Date.parse('2026-11-20T10:00:01Z'),
        message: `connecting with ${SECRET_VALUES[0]} and ${SECRET_VALUES[1]}\n`,
      },
      {
        timestamp: Date.parse('2026-11-20T10:00:02Z'),
        message: 'AccessDeniedException: not authorized to perform s3:PutObject',
      },
    ],
  });
  s.cloudtrail.on(LookupEventsCommand).resolves({ Events: [] });
  s.cloudtrail
    .on(LookupEventsCommand, { LookupAttributes: [{ AttributeKey: 'ResourceName', AttributeValue: 'orders-role' }] })
    .resolves({
      Events: [
        {
          EventId: 'ev-1',
          EventName: 'DetachRolePolicy',
          EventTime: new Date('2026-11-19T09:00:00Z'),
          EventSource: 'iam.amazonaws.com',
          CloudTrailEvent: JSON.stringify({
            userIdentity: { arn: `arn:aws:iam::${ACCOUNT}:user/deployer` },
            requestParameters: { roleName: 'orders-role', policyArn: LOCAL_POLICY },
          }),
        },
      ],
    });
  s.cloudtrail
    .on(LookupEventsCommand, { LookupAttributes: [{ AttributeKey: 'ResourceName', AttributeValue: 'orders' }] })
    .resolves({
      Events: [
        {
          EventId: 'ev-2',
          EventName: 'UpdateFunctionConfiguration20150331v2',
          EventTime: new Date('2026-11-19T10:00:00Z'),
          EventSource: 'lambda.amazonaws.com',
          CloudTrailEvent: JSON.stringify({
            userIdentity: { arn: `arn:aws:iam::${ACCOUNT}:user/deployer` },
            requestParameters: {
              functionName: 'orders',
              environment: { variables: { DB_PASSWORD: SECRET_VALUES[0] } },
            },
          }),
        },
        {
          EventId: 'ev-3',
          EventName: 'Invoke',
          EventTime: new Date('2026-11-19T11:00:00Z'),
          EventSource: 'lambda.amazonaws.com',
          CloudTrailEvent: '{}',
        },
      ],
    });
}

/** Stubs every API with the fixture account's responses. */
export function mockAccount(): { clients: CollectorClients; stubs: Stubs } {
  const mocked = mockedClients();
  for (const stub of Object.values(mocked.stubs) as AwsClientStub<LambdaClient>[]) {
    stub.onAnyCommand().rejects(new Error('unexpected call: not part of the fixture account'));
  }
  mocked.stubs.lambda.onAnyCommand().rejects(notFound('Function not found'));
  mocked.stubs.iam
    .onAnyCommand()
    .rejects(new NoSuchEntityException({ message: 'The role cannot be found.', $metadata: { httpStatusCode: 404 } }));
  lambdaResponses(mocked.stubs);
  iamResponses(mocked.stubs);
  otherResponses(mocked.stubs);
  return mocked;
}
