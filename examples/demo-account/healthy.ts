/**
 * Healthy functions of the demo account, of different shapes, set up the way AWS documents: they must
 * yield NO finding from any check (false positives are the fastest way to lose users).
 *
 * - `healthy-orders-api`: behind API Gateway and an EventBridge schedule, each with a scoped
 *   `lambda:InvokeFunction` statement (SourceArn + SourceAccount), a guarded trust policy,
 *   `AWSLambdaBasicExecutionRole` for logs and a least-privilege DynamoDB inline policy.
 * - `healthy-invoice-consumer`: an SQS event source mapping whose role has
 *   `AWSLambdaSQSQueueExecutionRole` (receive / delete / attributes + logs).
 */
import type { FunctionInfo, RoleInfo, TriggerInfo } from '../../lambda/core/snapshot/types';
import { BASIC_EXECUTION, DEMO_ACCOUNT, DEMO_REGION, SQS_QUEUE_EXECUTION } from './managed-policies';
import type { Scenario } from './types';

const ACCT = DEMO_ACCOUNT;
const REGION = DEMO_REGION;

function functionArn(name: string): string {
  return `arn:aws:lambda:${REGION}:${ACCT}:function:${name}`;
}

/** A role trusted by Lambda for this account's functions only (the confused-deputy guard AWS recommends). */
function executionRole(
  name: string,
  attached: RoleInfo['attachedPolicies'],
  inline: RoleInfo['inlinePolicies'],
): RoleInfo {
  return {
    arn: `arn:aws:iam::${ACCT}:role/${name}`,
    name,
    path: '/',
    roleId: `AROA${name
      .toUpperCase()
      .replace(/[^A-Z0-9]/g, '')
      .slice(0, 17)
      .padEnd(17, 'X')}`,
    accountId: ACCT,
    trustPolicy: {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Service: 'lambda.amazonaws.com' },
          Action: 'sts:AssumeRole',
          Condition: {
            StringEquals: { 'aws:SourceAccount': ACCT },
            ArnLike: { 'aws:SourceArn': `arn:aws:lambda:${REGION}:${ACCT}:function:*` },
          },
        },
      ],
    },
    inlinePolicies: inline,
    attachedPolicies: attached,
    tags: { team: 'payments' },
  };
}

const API_ID = 'h3alth1api';
const API_SOURCE = `arn:aws:execute-api:${REGION}:${ACCT}:${API_ID}/*/GET/orders`;
const RULE_ARN = `arn:aws:events:${REGION}:${ACCT}:rule/healthy-orders-nightly-report`;
const ORDERS_TABLE = `arn:aws:dynamodb:${REGION}:${ACCT}:table/healthy-orders`;

const ORDERS_API = 'healthy-orders-api';

const ordersRole = executionRole(
  `${ORDERS_API}-role`,
  [{ arn: BASIC_EXECUTION.arn, name: BASIC_EXECUTION.name }],
  [
    {
      name: 'orders-table',
      document: {
        Version: '2012-10-17',
        Statement: [
          {
            Sid: 'OrdersTable',
            Effect: 'Allow',
            Action: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query'],
            Resource: [ORDERS_TABLE, `${ORDERS_TABLE}/index/*`],
          },
        ],
      },
    },
  ],
);

function invokeStatement(sid: string, service: string, sourceArn: string, fnArn: string): Record<string, unknown> {
  return {
    Sid: sid,
    Effect: 'Allow',
    Principal: { Service: service },
    Action: 'lambda:InvokeFunction',
    Resource: fnArn,
    Condition: { ArnLike: { 'AWS:SourceArn': sourceArn }, StringEquals: { 'AWS:SourceAccount': ACCT } },
  };
}

const ordersFn: FunctionInfo = {
  arn: functionArn(ORDERS_API),
  name: ORDERS_API,
  accountId: ACCT,
  region: REGION,
  runtime: 'nodejs22.x',
  architectures: ['arm64'],
  roleArn: ordersRole.arn,
  packageType: 'Zip',
  tracingMode: 'PassThrough',
  state: 'Active',
  lastUpdateStatus: 'Successful',
  environmentVariableNames: ['TABLE_NAME', 'POWERTOOLS_SERVICE_NAME', 'PAYMENT_PROVIDER_TOKEN'],
  tags: { team: 'payments', 'aws:cloudformation:stack-name': 'healthy-orders' },
  resourcePolicy: {
    Version: '2012-10-17',
    Id: 'default',
    Statement: [
      invokeStatement('ApiGatewayGetOrders', 'apigateway.amazonaws.com', API_SOURCE, functionArn(ORDERS_API)),
      invokeStatement('NightlyReportRule', 'events.amazonaws.com', RULE_ARN, functionArn(ORDERS_API)),
    ],
  },
  eventSourceMappings: [],
};

const CONSUMER = 'healthy-invoice-consumer';
const QUEUE_ARN = `arn:aws:sqs:${REGION}:${ACCT}:healthy-invoices`;

const consumerRole = executionRole(
  `${CONSUMER}-role`,
  [{ arn: SQS_QUEUE_EXECUTION.arn, name: SQS_QUEUE_EXECUTION.name }],
  [],
);

const consumerFn: FunctionInfo = {
  arn: functionArn(CONSUMER),
  name: CONSUMER,
  accountId: ACCT,
  region: REGION,
  runtime: 'python3.13',
  architectures: ['x86_64'],
  roleArn: consumerRole.arn,
  packageType: 'Zip',
  tracingMode: 'PassThrough',
  state: 'Active',
  lastUpdateStatus: 'Successful',
  environmentVariableNames: ['INVOICE_BUCKET', 'DATABASE_PASSWORD_SECRET_ARN'],
  tags: { team: 'billing' },
  resourcePolicy: null,
  eventSourceMappings: [
    {
      uuid: '4f1c2d3e-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
      kind: 'sqs',
      eventSourceArn: QUEUE_ARN,
      state: 'Enabled',
      stateTransitionReason: 'USER_INITIATED',
      lastProcessingResult: 'No records processed',
    },
  ],
};

const triggers: readonly TriggerInfo[] = [
  {
    kind: 'apigateway',
    sourceArn: API_SOURCE,
    sourceAccount: ACCT,
    targetArn: ordersFn.arn,
    servicePrincipal: 'apigateway.amazonaws.com',
  },
  {
    kind: 'eventbridge-rule',
    sourceArn: RULE_ARN,
    sourceAccount: ACCT,
    targetArn: ordersFn.arn,
    servicePrincipal: 'events.amazonaws.com',
  },
];

/** The healthy scenarios (expected findings: none). */
export const HEALTHY_SCENARIOS: readonly Scenario[] = [
  {
    id: 'healthy-api-with-schedule',
    description: 'API Gateway + EventBridge schedule, each allowed by a scoped invoke statement; least-privilege role.',
    functions: [ordersFn],
    roles: [ordersRole],
    managedPolicies: [BASIC_EXECUTION],
    triggers,
    inventory: {
      apigateway: [`arn:aws:execute-api:${REGION}:${ACCT}:${API_ID}`],
      'eventbridge-rule': [RULE_ARN],
    },
    expectedSweep: [],
  },
  {
    id: 'healthy-sqs-consumer',
    description: 'SQS event source mapping; the role has AWSLambdaSQSQueueExecutionRole.',
    functions: [consumerFn],
    roles: [consumerRole],
    managedPolicies: [SQS_QUEUE_EXECUTION],
    expectedSweep: [],
  },
];
