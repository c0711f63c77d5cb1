/**
 * The AWS account the end-to-end handler test runs against, mocked at the SDK client classes (so the clients
 * `productionDeps` creates are the ones answering). Responses are shaped like AWS's: URL-encoded IAM documents,
 * `ResourceNotFoundException` from Lambda `GetPolicy`, IsTruncated + Marker and NextToken pagination. The
 * function is the execution role's function of `test/fixtures/cloudtrail/exec-role-dynamodb-implicit-identity`.
 * DynamoDB is a tiny in-memory table honouring the dedup conditions.
 */
import { CloudTrailClient, LookupEventsCommand } from '@aws-sdk/client-cloudtrail';
import { CloudWatchLogsClient, FilterLogEventsCommand } from '@aws-sdk/client-cloudwatch-logs';
import {
  ConditionalCheckFailedException,
  DynamoDBClient,
  PutItemCommand,
  UpdateItemCommand,
  type AttributeValue,
  GetResourcePolicyCommand,
  PolicyNotFoundException,
} from '@aws-sdk/client-dynamodb';
import { EFSClient } from '@aws-sdk/client-efs';
import { EventBridgeClient, ListEventBusesCommand, ListRuleNamesByTargetCommand } from '@aws-sdk/client-eventbridge';
import {
  GetRoleCommand,
  GetRolePolicyCommand,
  IAMClient,
  ListRolePoliciesCommand,
  NoSuchEntityException,
} from '@aws-sdk/client-iam';
import {
  GetFunctionCommand,
  GetFunctionEventInvokeConfigCommand,
  GetFunctionUrlConfigCommand,
  GetPolicyCommand,
  LambdaClient,
  ListAliasesCommand,
  ListEventSourceMappingsCommand,
} from '@aws-sdk/client-lambda';
import { S3Client } from '@aws-sdk/client-s3';
import { ListSubscriptionsCommand, PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient, type AwsClientStub } from 'aws-sdk-client-mock';
import type { Stubs } from '../aws/collect/fixture';
import { encode, notFound, TRUST } from '../aws/collect/fixture-data';
import { attachBasicExecutionRole } from '../aws/collect/fixture-responses';

/** The account of the CloudTrail fixtures. */
export const ACCOUNT = '111122223333';
/** The function whose execution role `exec-role-dynamodb-implicit-identity` shows denied. */
export const FUNCTION_NAME = 'orders-api';
/** Its ARN (what the parser derives from the role session and the collector asks GetFunction for). */
export const FUNCTION_ARN = `arn:aws:lambda:us-east-1:${ACCOUNT}:function:${FUNCTION_NAME}`;
/** Its execution role. */
export const ROLE_NAME = 'orders-api-role-x7k2p9qa';
/** Its execution role's ARN (path `/service-role/`). */
export const ROLE_ARN = `arn:aws:iam::${ACCOUNT}:role/service-role/${ROLE_NAME}`;
/** The table the denial names. */
export const TABLE_ARN = `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/Orders`;
/** Who STS says the auditor is. */
export const AUDITOR = `arn:aws:sts::${ACCOUNT}:assumed-role/laa-on-denial/laa-on-denial`;

/** Environment variable values of the audited function: none may appear in any alert or log line. */
export const ENV_VALUES = ['pg://orders:Hunter2-db-Pa55@db.internal:5432/orders', 'sk_live_7Qz9ENDTOEND0secret'];

/** The role's inline policy: reads on the table, no write (the denial's cause). */
export const READ_ONLY = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:Query'], Resource: TABLE_ARN }],
};

/** Every client class the production wiring creates, stubbed: the collector's and DynamoDB. */
export interface AccountStubs extends Stubs {
  ddb: AwsClientStub<DynamoDBClient>;
  /** The dedup table's items by fingerprint. */
  table: Map<string, Record<string, AttributeValue>>;
  /** Calls the account has no answer for (`client:Command`): the collector records them as read failures. */
  unexpected: string[];
}

/** Stubs the client classes (every instance, including the ones `productionDeps` creates). */
export function stubAccount(): AccountStubs {
  const stubs: AccountStubs = {
    lambda: mockClient(LambdaClient),
    iam: mockClient(IAMClient),
    cloudtrail: mockClient(CloudTrailClient),
    logs: mockClient(CloudWatchLogsClient),
    eventbridge: mockClient(EventBridgeClient),
    sns: mockClient(SNSClient),
    s3: mockClient(S3Client),
    efs: mockClient(EFSClient),
    sts: mockClient(STSClient),
    ddb: mockClient(DynamoDBClient),
    table: new Map(),
    unexpected: [],
  };
  return stubs;
}

/** (Re)installs the account's responses; anything not listed is an error the collector must record. */
export function answerLikeAws(s: AccountStubs): void {
  for (const key of ['lambda', 'iam', 'cloudtrail', 'logs', 'eventbridge', 'sns', 's3', 'efs', 'sts', 'ddb'] as const) {
    s[key].reset();
    (s[key] as AwsClientStub<LambdaClient>).onAnyCommand().callsFake((input: unknown) => {
      s.unexpected.push(`${key}:${JSON.stringify(input)}`);
      throw new Error(`unexpected ${key} call`);
    });
  }
  s.table.clear();
  s.unexpected.length = 0;
  lambda(s);
  iam(s);
  others(s);
  dynamo(s);
}

function lambda(s: AccountStubs): void {
  s.lambda.on(GetFunctionCommand).rejects(notFound('Function not found'));
  s.lambda.on(GetFunctionCommand, { FunctionName: FUNCTION_ARN }).resolves({
    Configuration: {
      FunctionName: FUNCTION_NAME,
      FunctionArn: FUNCTION_ARN,
      Runtime: 'nodejs20.x',
      Role: ROLE_ARN,
      PackageType: 'Zip',
      Environment: { Variables: { DATABASE_URL: ENV_VALUES[0]!, STRIPE_KEY: ENV_VALUES[1]! } },
    },
    Tags: { team: 'orders' },
  });
  s.lambda.on(GetPolicyCommand).rejects(notFound('The resource you requested does not exist.'));
  s.lambda.on(GetFunctionUrlConfigCommand).rejects(notFound('The resource you requested does not exist.'));
  s.lambda.on(GetFunctionEventInvokeConfigCommand).rejects(notFound('The function has no event invoke config.'));
  s.lambda.on(ListAliasesCommand).resolves({ Aliases: [] });
  s.lambda.on(ListEventSourceMappingsCommand).resolves({ EventSourceMappings: [] });
}

function iam(s: AccountStubs): void {
  s.iam.on(GetRoleCommand).rejects(new NoSuchEntityException({ message: 'no role', $metadata: {} }));
  s.iam.on(GetRoleCommand, { RoleName: ROLE_NAME }).resolves({
    Role: {
      Path: '/service-role/',
      RoleName: ROLE_NAME,
      RoleId: 'AROA9D073AFCB1035E6F8',
      Arn: ROLE_ARN,
      CreateDate: new Date('2026-01-01T00:00:00Z'),
      AssumeRolePolicyDocument: encode(TRUST),
    },
  });
  s.iam
    .on(ListRolePoliciesCommand, { RoleName: ROLE_NAME, Marker: undefined })
    .resolves({ PolicyNames: [], IsTruncated: true, Marker: 'p2' });
  s.iam
    .on(ListRolePoliciesCommand, { RoleName: ROLE_NAME, Marker: 'p2' })
    .resolves({ PolicyNames: ['orders-table'], IsTruncated: false });
  s.iam
    .on(GetRolePolicyCommand, { RoleName: ROLE_NAME, PolicyName: 'orders-table' })
    .resolves({ RoleName: ROLE_NAME, PolicyName: 'orders-table', PolicyDocument: encode(READ_ONLY) });
  attachBasicExecutionRole(s.iam, ROLE_NAME);
}

function others(s: AccountStubs): void {
  s.sts.on(GetCallerIdentityCommand).resolves({ Arn: AUDITOR, Account: ACCOUNT, UserId: 'AROAAUDITOR:laa' });
  s.eventbridge.on(ListEventBusesCommand).resolves({
    EventBuses: [{ Name: 'default', Arn: `arn:aws:events:us-east-1:${ACCOUNT}:event-bus/default` }],
  });
  s.eventbridge.on(ListRuleNamesByTargetCommand).resolves({ RuleNames: [] });
  const topic = `arn:aws:sns:us-east-1:${ACCOUNT}:other`;
  s.sns
    .on(ListSubscriptionsCommand, { NextToken: undefined })
    .resolves({ Subscriptions: [{ TopicArn: topic, Protocol: 'email', Endpoint: 'a@example.com' }], NextToken: 's2' });
  s.sns.on(ListSubscriptionsCommand, { NextToken: 's2' }).resolves({ Subscriptions: [] });
  s.sns.on(PublishCommand).resolves({ MessageId: 'msg-1' });
  s.cloudtrail.on(LookupEventsCommand).resolves({ Events: [] });
  // A configuration change carrying the environment (CloudTrail records request parameters as sent).
  s.cloudtrail
    .on(LookupEventsCommand, { LookupAttributes: [{ AttributeKey: 'ResourceName', AttributeValue: FUNCTION_NAME }] })
    .resolves({
      Events: [
        {
          EventId: 'ev-env',
          EventName: 'UpdateFunctionConfiguration20150331v2',
          EventTime: new Date('2026-11-21T13:00:00Z'),
          EventSource: 'lambda.amazonaws.com',
          CloudTrailEvent: JSON.stringify({
            userIdentity: { arn: `arn:aws:iam::${ACCOUNT}:user/deployer` },
            requestParameters: {
              functionName: FUNCTION_NAME,
              environment: { variables: { STRIPE_KEY: ENV_VALUES[1] } },
            },
          }),
        },
      ],
    });
  s.logs.on(FilterLogEventsCommand).resolves({
    events: [
      { timestamp: Date.parse('2026-11-21T14:03:26Z'), message: `connecting to ${ENV_VALUES[0]}\n` },
      {
        timestamp: Date.parse('2026-11-21T14:03:27Z'),
        message: 'AccessDeniedException: not authorized to perform: dynamodb:PutItem\n',
      },
    ],
  });
}

type Values = Record<string, AttributeValue>;
const conditionFailed = (): ConditionalCheckFailedException =>
  new ConditionalCheckFailedException({ message: 'The conditional request failed', $metadata: {} });

/**
 * The claim protocol's four writes on an in-memory table (no expiry: the tests run inside one window).
 * The protocol itself, conditions and races included, is tested against dynalite in test/aws/dedup/.
 */
function dynamo(s: AccountStubs): void {
  // The collector reads the denied table's resource policy: this table has none.
  s.ddb
    .on(GetResourcePolicyCommand, { ResourceArn: TABLE_ARN })
    .rejects(new PolicyNotFoundException({ message: 'Resource-based policy not found', $metadata: {} }));
  s.ddb.on(PutItemCommand).callsFake((input: { Item: Values }) => {
    const key = input.Item.fingerprint!.S!;
    if (s.table.has(key)) throw conditionFailed();
    s.table.set(key, { ...input.Item });
    return {};
  });
  s.ddb.on(UpdateItemCommand).callsFake((input: { Key: Values; ExpressionAttributeValues: Values }) => {
    const item = s.table.get(input.Key.fingerprint!.S!);
    const v = input.ExpressionAttributeValues;
    if (!item) throw conditionFailed();
    if (v[':claim'] && !v[':stale']) {
      if (item.state?.S !== 'pending' || item.claimId?.S !== v[':claim'].S) throw conditionFailed();
      if (v[':sent']) Object.assign(item, { state: v[':sent'], messageId: v[':messageId'] });
      if (v[':zero']) item.leaseUntil = v[':zero'];
      return {};
    }
    if (v[':stale']) {
      const stale = item.claimId?.S !== v[':stale'].S || Number(item.leaseUntil?.N) > Number(v[':now']!.N);
      if (item.state?.S !== 'pending' || stale) throw conditionFailed();
      Object.assign(item, { claimId: v[':claim'], leaseUntil: v[':lease'] });
      return {};
    }
    Object.assign(item, { occurrences: { N: String(Number(item.occurrences!.N) + 1) }, lastSeen: v[':lastSeen'] });
    return { Attributes: { ...item } };
  });
}
