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
import {
  ACCT,
  REGION,
  allow,
  demoFunction,
  demoRole,
  functionArn,
  lambdaTrust,
  policy,
  resourcePolicy,
  serviceInvoke,
  trig,
  type RoleSpec,
} from './kit';
import { BASIC_EXECUTION, SQS_QUEUE_EXECUTION } from './managed-policies';
import type { Scenario } from './types';

/** A role `<name>` at path `/` trusted by Lambda for this account's functions only (the confused-deputy guard). */
function executionRole(name: string, managed: RoleSpec['managed'], inline: RoleSpec['inline'] = {}): RoleInfo {
  return demoRole({ name, path: '/', idFill: 'X', trust: lambdaTrust(), inline, managed, team: 'payments' });
}

const API_ID = 'h3alth1api';
const API_SOURCE = `arn:aws:execute-api:${REGION}:${ACCT}:${API_ID}/*/GET/orders`;
const RULE_ARN = `arn:aws:events:${REGION}:${ACCT}:rule/healthy-orders-nightly-report`;
const ORDERS_TABLE = `arn:aws:dynamodb:${REGION}:${ACCT}:table/healthy-orders`;

const ORDERS_API = 'healthy-orders-api';

const ordersRole = executionRole(`${ORDERS_API}-role`, [BASIC_EXECUTION], {
  'orders-table': policy(
    allow(
      'OrdersTable',
      ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query'],
      [ORDERS_TABLE, `${ORDERS_TABLE}/index/*`],
    ),
  ),
});

const ordersFn: FunctionInfo = demoFunction(ORDERS_API, ordersRole, {
  environmentVariableNames: ['TABLE_NAME', 'POWERTOOLS_SERVICE_NAME', 'PAYMENT_PROVIDER_TOKEN'],
  tags: { team: 'payments', 'aws:cloudformation:stack-name': 'healthy-orders' },
  resourcePolicy: resourcePolicy(
    serviceInvoke('ApiGatewayGetOrders', 'apigateway.amazonaws.com', functionArn(ORDERS_API), API_SOURCE),
    serviceInvoke('NightlyReportRule', 'events.amazonaws.com', functionArn(ORDERS_API), RULE_ARN),
  ),
});

const CONSUMER = 'healthy-invoice-consumer';
const QUEUE_ARN = `arn:aws:sqs:${REGION}:${ACCT}:healthy-invoices`;

const consumerRole = executionRole(`${CONSUMER}-role`, [SQS_QUEUE_EXECUTION]);

const consumerFn: FunctionInfo = demoFunction(CONSUMER, consumerRole, {
  runtime: 'python3.13',
  architectures: ['x86_64'],
  environmentVariableNames: ['INVOICE_BUCKET', 'DATABASE_PASSWORD_SECRET_ARN'],
  tags: { team: 'billing' },
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
});

const triggers: readonly TriggerInfo[] = [
  trig('apigateway', API_SOURCE, ordersFn.arn, 'apigateway.amazonaws.com'),
  trig('eventbridge-rule', RULE_ARN, ordersFn.arn, 'events.amazonaws.com'),
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
