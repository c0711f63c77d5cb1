/**
 * Responses of the mocked account, shaped like AWS's: URL-encoded IAM documents, IsTruncated + Marker,
 * NextMarker, NextToken, ResourceNotFoundException from GetPolicy.
 */
import {
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
  LookupEventsCommand,
} from '@aws-sdk/client-cloudtrail';
import { DescribeSubscriptionFiltersCommand, FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import {
  AccessPointNotFound,
  DescribeAccessPointsCommand,
  DescribeFileSystemPolicyCommand,
  PolicyNotFound,
} from '@aws-sdk/client-efs';
import {
  ListEventBusesCommand,
  ListRuleNamesByTargetCommand,
  ListRulesCommand,
  ListTargetsByRuleCommand,
} from '@aws-sdk/client-eventbridge';
import {
  GenerateServiceLastAccessedDetailsCommand,
  GetAccountAuthorizationDetailsCommand,
  GetServiceLastAccessedDetailsCommand,
  GetPolicyCommand as IamGetPolicyCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  ListAttachedRolePoliciesCommand,
  ListRolePoliciesCommand,
} from '@aws-sdk/client-iam';
import {
  GetFunctionCommand,
  GetFunctionEventInvokeConfigCommand,
  GetFunctionUrlConfigCommand,
  GetPolicyCommand,
  ListAliasesCommand,
  ListEventSourceMappingsCommand,
  ListFunctionsCommand,
} from '@aws-sdk/client-lambda';
import { GetBucketNotificationConfigurationCommand, ListBucketsCommand } from '@aws-sdk/client-s3';
import { GetTopicAttributesCommand, ListSubscriptionsCommand, ListTopicsCommand } from '@aws-sdk/client-sns';
import { GetCallerIdentityCommand } from '@aws-sdk/client-sts';
import type { Stubs } from './fixture';
import {
  ACCESS_POINT,
  ACCESS_POINT_ID,
  ACCOUNT,
  AUDITOR_ARN,
  BASIC_DOC,
  BASIC_POLICY,
  CUSTOM_BUS_RULE,
  encode,
  INLINE,
  LIVE_ALIAS,
  LOCAL_POLICY,
  notFound,
  ORDERS_ARN,
  ORDERS_CONFIG,
  ORDERS_POLICY,
  ORDERS_ROLE,
  REGION,
  REPORTS_ARN,
  REPORTS_CONFIG,
  REPORTS_ROLE,
  SECRET_VALUES,
  TOPIC,
  TRUST,
  FAILURES_TOPIC,
  FAILURES_TOPIC_POLICY,
} from './fixture-data';

export function lambdaResponses(s: Stubs): void {
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
  s.lambda.on(ListAliasesCommand).resolves({ Aliases: [] });
  s.lambda
    .on(ListAliasesCommand, { FunctionName: ORDERS_ARN, Marker: undefined })
    .resolves({ Aliases: [{ AliasArn: LIVE_ALIAS, Name: 'live', FunctionVersion: '3' }], NextMarker: 'a2' });
  s.lambda
    .on(ListAliasesCommand, { FunctionName: ORDERS_ARN, Marker: 'a2' })
    .resolves({ Aliases: [{ AliasArn: `${ORDERS_ARN}:canary`, Name: 'canary', FunctionVersion: '4' }] });
}

/** EFS access points and STS identity. */
export function efsStsResponses(s: Stubs): void {
  s.efs.on(DescribeAccessPointsCommand).rejects(
    new AccessPointNotFound({
      ErrorCode: 'AccessPointNotFound',
      message: 'Access point does not exist.',
      $metadata: { httpStatusCode: 404 },
    }),
  );
  s.efs.on(DescribeAccessPointsCommand, { AccessPointId: ACCESS_POINT_ID }).resolves({
    AccessPoints: [
      {
        AccessPointId: ACCESS_POINT_ID,
        AccessPointArn: ACCESS_POINT,
        FileSystemId: 'fs-0123456789abcdef0',
        OwnerId: ACCOUNT,
        LifeCycleState: 'available',
      },
    ],
  });
  // The most common setup: no file system policy (EFS answers PolicyNotFound).
  s.efs
    .on(DescribeFileSystemPolicyCommand)
    .rejects(new PolicyNotFound({ ErrorCode: 'PolicyNotFound', message: 'None', $metadata: { httpStatusCode: 404 } }));
  s.sts
    .on(GetCallerIdentityCommand)
    .resolves({ Arn: AUDITOR_ARN, Account: ACCOUNT, UserId: 'AROAAUDITOR:laa-session' });
}

/**
 * IAM answers for a role (any, or `roleName`) with `AWSLambdaBasicExecutionRole` attached: the attachment, the
 * managed policy and its URL-encoded default version.
 */
export function attachBasicExecutionRole(iam: Stubs['iam'], roleName?: string): void {
  iam.on(ListAttachedRolePoliciesCommand, roleName ? { RoleName: roleName } : {}).resolves({
    AttachedPolicies: [{ PolicyArn: BASIC_POLICY, PolicyName: 'AWSLambdaBasicExecutionRole' }],
    IsTruncated: false,
  });
  iam
    .on(IamGetPolicyCommand, { PolicyArn: BASIC_POLICY })
    .resolves({ Policy: { Arn: BASIC_POLICY, PolicyName: 'AWSLambdaBasicExecutionRole', DefaultVersionId: 'v1' } });
  iam
    .on(GetPolicyVersionCommand, { PolicyArn: BASIC_POLICY, VersionId: 'v1' })
    .resolves({ PolicyVersion: { Document: encode(BASIC_DOC), VersionId: 'v1', IsDefaultVersion: true } });
}

export function iamResponses(s: Stubs): void {
  // Last-accessed report (API_GetServiceLastAccessedDetails shape): done at the first poll.
  s.iam.on(GenerateServiceLastAccessedDetailsCommand).resolves({ JobId: 'job-1' });
  s.iam.on(GetServiceLastAccessedDetailsCommand).resolves({
    JobStatus: 'COMPLETED',
    JobCreationDate: new Date('2026-11-20T10:00:00Z'),
    JobCompletionDate: new Date('2026-11-20T10:00:05Z'),
    ServicesLastAccessed: [
      {
        ServiceName: 'Amazon DynamoDB',
        ServiceNamespace: 'dynamodb',
        LastAuthenticated: new Date('2026-11-19T08:00:00Z'),
        TrackedActionsLastAccessed: [{ ActionName: 'GetItem', LastAccessedTime: new Date('2026-11-19T08:00:00Z') }],
      },
      { ServiceName: 'Amazon S3', ServiceNamespace: 's3' },
    ],
  });
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
  attachBasicExecutionRole(s.iam);
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

export function otherResponses(s: Stubs): void {
  s.eventbridge.on(ListEventBusesCommand).resolves({
    EventBuses: [
      { Name: 'default', Arn: `arn:aws:events:${REGION}:${ACCOUNT}:event-bus/default` },
      { Name: 'orders-bus', Arn: `arn:aws:events:${REGION}:${ACCOUNT}:event-bus/orders-bus` },
    ],
  });
  s.eventbridge.on(ListRuleNamesByTargetCommand).resolves({ RuleNames: [] });
  s.eventbridge
    .on(ListRuleNamesByTargetCommand, { EventBusName: 'orders-bus', TargetArn: ORDERS_ARN })
    .resolves({ RuleNames: ['new-order'] });
  s.eventbridge
    .on(ListRuleNamesByTargetCommand, { EventBusName: 'default', TargetArn: LIVE_ALIAS })
    .resolves({ RuleNames: ['nightly-live'] });
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
  // The on-failure destination's topic policy (SNS writes a default policy at topic creation).
  s.sns.on(GetTopicAttributesCommand, { TopicArn: FAILURES_TOPIC }).resolves({
    Attributes: { TopicArn: FAILURES_TOPIC, Policy: JSON.stringify(FAILURES_TOPIC_POLICY) },
  });
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
  // One multi-Region trail with the default selector (API_GetEventSelectors: all management events, no data).
  s.cloudtrail.on(DescribeTrailsCommand).resolves({
    trailList: [
      {
        Name: 'management',
        TrailARN: `arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/management`,
        HomeRegion: 'us-east-1',
        IsMultiRegionTrail: true,
        IncludeGlobalServiceEvents: true,
      },
    ],
  });
  s.cloudtrail.on(GetTrailStatusCommand).resolves({ IsLogging: true });
  s.cloudtrail
    .on(GetEventSelectorsCommand)
    .resolves({ EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [] }] });
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
