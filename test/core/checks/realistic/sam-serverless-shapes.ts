/**
 * What AWS SAM and the Serverless Framework deploy: SAM's `<Fn>Role` with event-type managed policies
 * and policy templates (`SQSPollerPolicy`, `DynamoDBCrudPolicy`, resolved `${AWS::…}` ARNs), and the
 * Serverless Framework's single shared `IamRoleLambdaExecution` with the statements it generates for
 * `stream`, `sqs`, `http` and `schedule` events (lib/plugins/aws/package/compile/events/*.js).
 */
import type { FunctionInfo, Snapshot } from '../../../../lambda/core/snapshot/types';
import {
  snapshot,
  ACCOUNT as A,
  BASIC,
  KINESIS_EXEC,
  MANAGED,
  REGION as R,
  SQS_EXEC,
  deployedFn,
  fnArn,
  iacRole,
  permission,
  resourcePolicyDoc,
  trigger,
} from '../../../support/factory';

const SAM_QUEUE = `arn:aws:sqs:${R}:${A}:sam-app-JobsQueue-3Fg7Hj9Kl1Mn`;
const SAM_TABLE = `arn:aws:dynamodb:${R}:${A}:table/sam-app-OrdersTable-1XYZ2ABC3DEF`;
const SAM_STREAM = `arn:aws:kinesis:${R}:${A}:stream/sam-app-Clicks-8Uu7Yy6Tt5Rr`;
const SAM_API = 'sam0api123';

/** SAM: `Events: Api`, `SQS`, `Kinesis`, `Schedule`, `S3` + policy templates. */
export function samAccount(): Snapshot {
  const api = 'sam-app-HelloWorldFunction-Ab12Cd34Ef56';
  const jobs = 'sam-app-JobsFunction-Gh78Ij90Kl12';
  const clicks = 'sam-app-ClicksFunction-Mn34Op56Qr78';
  const cron = 'sam-app-CronFunction-St90Uv12Wx34';
  const uploads = 'sam-app-UploadsFunction-Yz56Ab78Cd90';
  const roleOf = (fn: string) => `${fn.replace('Function', 'FunctionRole')}`;
  const crud = {
    Action: [
      'dynamodb:GetItem',
      'dynamodb:DeleteItem',
      'dynamodb:PutItem',
      'dynamodb:Scan',
      'dynamodb:Query',
      'dynamodb:UpdateItem',
      'dynamodb:BatchWriteItem',
      'dynamodb:BatchGetItem',
      'dynamodb:DescribeTable',
      'dynamodb:ConditionCheckItem',
    ],
    Resource: [SAM_TABLE, `${SAM_TABLE}/index/*`],
    Effect: 'Allow',
  };
  const poller = {
    Action: [
      'sqs:ChangeMessageVisibility',
      'sqs:ChangeMessageVisibilityBatch',
      'sqs:DeleteMessage',
      'sqs:DeleteMessageBatch',
      'sqs:GetQueueAttributes',
      'sqs:ReceiveMessage',
    ],
    Resource: SAM_QUEUE,
    Effect: 'Allow',
  };
  const rule = `arn:aws:events:${R}:${A}:rule/sam-app-CronFunctionNightly-1QWERTY2UIOP`;
  const bucket = 'arn:aws:s3:::sam-app-uploads-111122223333';
  return snapshot({
    functions: [
      deployedFn(api, roleOf(api), {
        runtime: 'python3.13',
        resourcePolicy: resourcePolicyDoc(
          permission(
            'sam-app-HelloWorldFunctionHelloWorldPermissionProd-1A2B3C4D5E6F',
            { Service: 'apigateway.amazonaws.com' },
            fnArn(api),
            {
              ArnLike: { 'AWS:SourceArn': `arn:aws:execute-api:${R}:${A}:${SAM_API}/*/GET/hello` },
            },
          ),
        ),
      }),
      deployedFn(jobs, roleOf(jobs), {
        eventSourceMappings: [
          { uuid: '5a5a5a5a-0000-4000-8000-000000000001', kind: 'sqs', eventSourceArn: SAM_QUEUE, state: 'Enabled' },
        ],
      }),
      deployedFn(clicks, roleOf(clicks), {
        eventSourceMappings: [
          {
            uuid: '5a5a5a5a-0000-4000-8000-000000000002',
            kind: 'kinesis',
            eventSourceArn: SAM_STREAM,
            state: 'Enabled',
          },
        ],
      }),
      deployedFn(cron, roleOf(cron), {
        resourcePolicy: resourcePolicyDoc(
          permission(
            'sam-app-CronFunctionNightlyPermission-7G8H9I0J1K2L',
            { Service: 'events.amazonaws.com' },
            fnArn(cron),
            {
              ArnLike: { 'AWS:SourceArn': rule },
            },
          ),
        ),
      }),
      deployedFn(uploads, roleOf(uploads), {
        // SAM's S3 event permission carries SourceAccount only (a SourceArn would be a circular reference).
        resourcePolicy: resourcePolicyDoc(
          permission(
            'sam-app-UploadsFunctionPhotoUploadPermission-3M4N5O6P7Q8R',
            { Service: 's3.amazonaws.com' },
            fnArn(uploads),
            {
              StringEquals: { 'AWS:SourceAccount': A },
            },
          ),
        ),
      }),
    ],
    roles: [
      iacRole(roleOf(api), [BASIC], { [`${roleOf(api).split('-')[1]}Policy0`]: [crud] }),
      iacRole(roleOf(jobs), [BASIC, SQS_EXEC], { JobsFunctionRolePolicy0: [poller] }),
      iacRole(roleOf(clicks), [BASIC, KINESIS_EXEC], {}),
      iacRole(roleOf(cron), [BASIC], {}),
      iacRole(roleOf(uploads), [BASIC], {
        UploadsFunctionRolePolicy0: [
          {
            Action: ['s3:GetObject', 's3:ListBucket', 's3:GetBucketLocation', 's3:GetObjectVersion'],
            Resource: [bucket, `${bucket}/*`],
            Effect: 'Allow',
          },
        ],
      }),
    ],
    managedPolicies: MANAGED,
    triggers: [
      trigger(
        'apigateway',
        `arn:aws:execute-api:${R}:${A}:${SAM_API}/*/GET/hello`,
        fnArn(api),
        'apigateway.amazonaws.com',
        A,
      ),
      trigger('eventbridge-rule', rule, fnArn(cron), 'events.amazonaws.com', A),
      trigger('s3', bucket, fnArn(uploads), 's3.amazonaws.com', A),
    ],
  });
}

const SLS = 'orders-dev';
const SLS_STREAM = `arn:aws:kinesis:${R}:${A}:stream/orders-dev-events`;
const SLS_CONSUMER = `${SLS_STREAM}/consumer/orders-dev-fanoutConsumer:1767225600`;
const SLS_TABLE_STREAM = `arn:aws:dynamodb:${R}:${A}:table/orders-dev-orders/stream/2026-01-01T00:00:00.000`;
const SLS_QUEUE = `arn:aws:sqs:${R}:${A}:orders-dev-jobs`;
const SLS_API = 'sls0api456';

/** Serverless Framework event types of one service. */
export type SlsEvent = 'stream' | 'consumer' | 'dynamodb' | 'sqs' | 'http' | 'schedule';
export const SLS_EVENTS: readonly SlsEvent[] = ['stream', 'consumer', 'dynamodb', 'sqs', 'http', 'schedule'];

const SLS_RULE = `arn:aws:events:${R}:${A}:rule/${SLS}-CronEventsRuleSchedule1-ABCDEF123456`;

/** Statements the framework adds to the shared role for each event type (beside the logs ones). */
const SLS_STATEMENTS: Record<SlsEvent, Record<string, unknown>[]> = {
  dynamodb: [
    {
      Effect: 'Allow',
      Action: ['dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:DescribeStream', 'dynamodb:ListStreams'],
      Resource: [SLS_TABLE_STREAM],
    },
  ],
  stream: [
    {
      Effect: 'Allow',
      Action: ['kinesis:GetRecords', 'kinesis:GetShardIterator', 'kinesis:DescribeStream', 'kinesis:ListStreams'],
      Resource: [SLS_STREAM],
    },
  ],
  consumer: [
    {
      Effect: 'Allow',
      Action: ['kinesis:GetRecords', 'kinesis:GetShardIterator', 'kinesis:DescribeStreamSummary', 'kinesis:ListShards'],
      Resource: [SLS_STREAM],
    },
    { Effect: 'Allow', Action: ['kinesis:SubscribeToShard'], Resource: [SLS_CONSUMER] },
  ],
  sqs: [
    {
      Effect: 'Allow',
      Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'],
      Resource: [SLS_QUEUE],
    },
  ],
  http: [],
  schedule: [],
};

const esm = (uuid: string, kind: 'kinesis' | 'dynamodb' | 'sqs', arn: string) => ({
  uuid,
  kind,
  eventSourceArn: arn,
  state: 'Enabled',
});

function slsFunction(event: SlsEvent, roleName: string): FunctionInfo {
  const name = `${SLS}-${event}`;
  const uuid = `5e5e5e5e-0000-4000-8000-00000000000${SLS_EVENTS.indexOf(event)}`;
  switch (event) {
    case 'stream':
      return deployedFn(name, roleName, { eventSourceMappings: [esm(uuid, 'kinesis', SLS_STREAM)] });
    case 'consumer':
      return deployedFn(name, roleName, { eventSourceMappings: [esm(uuid, 'kinesis', SLS_CONSUMER)] });
    case 'dynamodb':
      return deployedFn(name, roleName, { eventSourceMappings: [esm(uuid, 'dynamodb', SLS_TABLE_STREAM)] });
    case 'sqs':
      return deployedFn(name, roleName, { eventSourceMappings: [esm(uuid, 'sqs', SLS_QUEUE)] });
    case 'http':
      return deployedFn(name, roleName, {
        resourcePolicy: resourcePolicyDoc(
          permission(
            `${SLS}-HttpLambdaPermissionApiGateway-1A2B3C4D5E6F`,
            { Service: 'apigateway.amazonaws.com' },
            fnArn(name),
            {
              ArnLike: { 'AWS:SourceArn': `arn:aws:execute-api:${R}:${A}:${SLS_API}/*/*` },
            },
          ),
        ),
      });
    case 'schedule':
      return deployedFn(name, roleName, {
        resourcePolicy: resourcePolicyDoc(
          permission(
            `${SLS}-CronLambdaPermissionEventsRuleSchedule1-7G8H9I0J`,
            { Service: 'events.amazonaws.com' },
            fnArn(name),
            {
              ArnLike: { 'AWS:SourceArn': SLS_RULE },
            },
          ),
        ),
      });
  }
}

/** A Serverless Framework v3 service with the given events: one shared role, generated statements. */
export function serverlessAccount(events: readonly SlsEvent[] = SLS_EVENTS): Snapshot {
  const roleName = `${SLS}-${R}-lambdaRole`;
  const statements = [
    {
      Effect: 'Allow',
      Action: ['logs:CreateLogStream', 'logs:CreateLogGroup', 'logs:TagResource'],
      Resource: [`arn:aws:logs:${R}:${A}:log-group:/aws/lambda/${SLS}*:*`],
    },
    {
      Effect: 'Allow',
      Action: ['logs:PutLogEvents'],
      Resource: [`arn:aws:logs:${R}:${A}:log-group:/aws/lambda/${SLS}*:*:*`],
    },
    ...events.flatMap((e) => SLS_STATEMENTS[e]),
  ];
  const triggers = [
    ...(events.includes('http')
      ? [
          trigger(
            'apigateway',
            `arn:aws:execute-api:${R}:${A}:${SLS_API}/*/*`,
            fnArn(`${SLS}-http`),
            'apigateway.amazonaws.com',
            A,
          ),
        ]
      : []),
    ...(events.includes('schedule')
      ? [trigger('eventbridge-rule', SLS_RULE, fnArn(`${SLS}-schedule`), 'events.amazonaws.com', A)]
      : []),
  ];
  return snapshot({
    functions: events.map((e) => slsFunction(e, roleName)),
    roles: [iacRole(roleName, [], { [`${SLS}-lambda`]: statements })],
    managedPolicies: MANAGED,
    triggers,
    inventory: {
      apigateway: { complete: true, arns: [`arn:aws:execute-api:${R}:${A}:${SLS_API}`] },
      'eventbridge-rule': { complete: true, arns: [SLS_RULE] },
    },
  });
}
