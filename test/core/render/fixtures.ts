/** Small, hand-made findings for renderer tests (the renderers only format; they never compute). */
import type { CheckRun } from '../../../lambda/core/checks/runner';
import type { DeniedRequest } from '../../../lambda/core/cloudtrail/types';
import type { Finding } from '../../../lambda/core/findings/types';

export const FN_ARN = 'arn:aws:lambda:us-east-1:111122223333:function:orders-api';

/** An event-driven execution-role finding with every field set. */
export const ROLE_FINDING: Finding = {
  checkId: 'LAA-ROLE-DENIED-ACTION',
  category: 'execution-role',
  severity: 'high',
  function: { name: 'orders-api', arn: FN_ARN, account: '111122223333', region: 'us-east-1' },
  title: 'orders-api cannot call dynamodb:PutItem on table/orders',
  action: 'dynamodb:PutItem',
  resource: 'arn:aws:dynamodb:us-east-1:111122223333:table/orders',
  explanation: {
    summary: 'No identity-based policy of role orders-api-role allows dynamodb:PutItem on table/orders.',
    decision: 'ImplicitlyDenied',
    decidingPolicyType: 'identity',
    statements: [
      {
        policy: 'orders-api-role inline policy table-read',
        policyType: 'identity',
        sid: 'ReadOrders',
        index: 0,
        effect: 'Allow',
        statement: { Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: '*' },
      },
    ],
    nearMisses: ['Sid ReadOrders allows dynamodb:GetItem, not dynamodb:PutItem'],
    details: ['Environment variable TABLE_NAME is set (value not collected).'],
  },
  event: {
    principal: 'arn:aws:sts::111122223333:assumed-role/orders-api-role/orders-api',
    principalType: 'AssumedRole',
    accessKeyId: 'ASIAEXAMPLEKEY123456',
    sourceIp: '203.0.113.7',
    time: '2026-11-20T10:15:42Z',
    requestId: 'REQ-1',
    eventId: 'EV-1',
    errorCode: 'AccessDeniedException',
    errorMessage: 'User: ... is not authorized to perform: dynamodb:PutItem | with a pipe',
    region: 'us-east-1',
    account: '111122223333',
  },
  fix: {
    summary: 'Allow dynamodb:PutItem on the orders table for the execution role.',
    policyJson: {
      Effect: 'Allow',
      Action: 'dynamodb:PutItem',
      Resource: 'arn:aws:dynamodb:us-east-1:111122223333:table/orders',
    },
    cli: "aws iam put-role-policy --role-name orders-api-role --policy-name laa-fix --policy-document '{...}'",
    cdk: 'table.grantWriteData(fn);',
    notes: ['IAM changes can take a few seconds to propagate.'],
  },
  references: [
    {
      title: 'Lambda execution role',
      url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html',
    },
  ],
  fingerprint: 'aaaaaaaaaaaaaaaa',
  occurrences: { count: 3, firstSeen: '2026-11-20T10:00:00Z', lastSeen: '2026-11-20T10:15:42Z' },
};

/** A deployer finding about a principal (no function). */
export const PRINCIPAL_FINDING: Finding = {
  checkId: 'LAA-HYGIENE-DEPRECATED-POLICY',
  category: 'hygiene',
  severity: 'low',
  principal: 'arn:aws:iam::111122223333:user/ci-deployer',
  title: 'ci-deployer has the deprecated AWSLambdaFullAccess attached',
  explanation: { summary: 'AWSLambdaFullAccess is deprecated.', statements: [], nearMisses: [], details: [] },
  fix: { summary: 'Attach AWSLambda_FullAccess instead.', notes: [] },
  references: [],
  fingerprint: 'bbbbbbbbbbbbbbbb',
};

/** An account-level finding (neither function nor principal). */
export const ACCOUNT_FINDING: Finding = {
  checkId: 'LAA-ACCOUNT-THING',
  category: 'exposure',
  severity: 'medium',
  title: 'Something account-wide',
  explanation: { summary: 'Account-wide problem.', statements: [], nearMisses: [], details: [] },
  references: [{ title: 'Doc', url: 'https://docs.aws.amazon.com/lambda/latest/dg/welcome.html' }],
  fingerprint: 'cccccccccccccccc',
};

/** A check-error finding as the runner makes it. */
export const ERROR_FINDING: Finding = {
  checkId: 'LAA-CHECK-ERROR',
  category: 'check-error',
  severity: 'medium',
  function: { name: 'orders-api', arn: FN_ARN, account: '111122223333', region: 'us-east-1' },
  title: 'Check LAA-X failed to run: the result for this target is unknown',
  explanation: { summary: 'The check threw.', statements: [], nearMisses: [], details: ['Error: boom'] },
  references: [{ title: 'X', url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-permissions.html' }],
  fingerprint: 'dddddddddddddddd',
};

export const ALL_FINDINGS: readonly Finding[] = [ROLE_FINDING, ACCOUNT_FINDING, ERROR_FINDING, PRINCIPAL_FINDING];

export const RUNS: readonly CheckRun[] = [
  { checkId: 'LAA-ROLE-DENIED-ACTION', target: 'event', status: 'fail', findingCount: 1, notes: [] },
  { checkId: 'LAA-X', target: FN_ARN, status: 'error', findingCount: 1, notes: [], error: 'boom' },
  { checkId: 'LAA-Y', target: FN_ARN, status: 'pass', findingCount: 0, notes: [] },
];

/** A parsed denial. */
export const DENIAL: DeniedRequest = {
  eventId: 'EV-1',
  eventTime: '2026-11-20T10:15:42Z',
  account: '111122223333',
  region: 'us-east-1',
  eventSource: 'dynamodb.amazonaws.com',
  eventName: 'PutItem',
  caller: {
    type: 'AssumedRole',
    arn: 'arn:aws:sts::111122223333:assumed-role/orders-api-role/orders-api',
    accessKeyId: 'ASIAEXAMPLEKEY123456',
    roleArn: 'arn:aws:iam::111122223333:role/orders-api-role',
    sessionName: 'orders-api',
    viaConsole: false,
  },
  sourceIp: '203.0.113.7',
  errorCode: 'AccessDeniedException',
  errorMessage: 'not authorized',
  action: 'dynamodb:PutItem',
  actionSource: 'message',
  resource: 'arn:aws:dynamodb:us-east-1:111122223333:table/orders',
  resourceSource: 'message',
  reason: { kind: 'implicit', policyType: 'identity', policyTypeText: 'identity-based policy' },
  classification: {
    class: 'execution-role',
    reasons: ['session name orders-api looks like a function name'],
    functionName: 'orders-api',
    roleArn: 'arn:aws:iam::111122223333:role/orders-api-role',
  },
};
