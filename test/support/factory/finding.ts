/**
 * Test-data factory, findings: a realistic event-driven finding with overrides, a minimal finding about
 * a function or a principal, and the fixed findings and check runs the renderer tests format.
 */
import type { CheckRun } from '../../../lambda/core/checks/runner';
import { fingerprint } from '../../../lambda/core/findings/fingerprint';
import type { Finding, Severity } from '../../../lambda/core/findings/types';
import type { FunctionInfo } from '../../../lambda/core/snapshot/types';

/** A realistic execution-role finding (s3:GetObject denied), with event, explanation and fix; `overrides` replace fields. */
export function sampleFinding(overrides: Partial<Finding> = {}): Finding {
  return {
    checkId: 'LAA-ROLE-DENIED-ACTION',
    category: 'execution-role',
    severity: 'high',
    function: {
      name: 'orders-processor',
      arn: 'arn:aws:lambda:eu-west-1:111122223333:function:orders-processor',
      account: '111122223333',
      region: 'eu-west-1',
    },
    title: 'orders-processor cannot s3:GetObject on arn:aws:s3:::orders-bucket/incoming/*',
    action: 's3:GetObject',
    resource: 'arn:aws:s3:::orders-bucket/incoming/2026/11/23/order-1.json',
    explanation: {
      summary: 'No identity-based policy of role orders-processor-role allows s3:GetObject on this object.',
      decision: 'ImplicitlyDenied',
      decidingPolicyType: 'identity',
      statements: [
        {
          policy: 'orders-processor-role/inline:s3-read',
          policyType: 'identity',
          sid: 'ReadOtherPrefix',
          index: 0,
          effect: 'Allow',
          statement: { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::orders-bucket/archive/*' },
        },
      ],
      nearMisses: ['Sid "ReadOtherPrefix" allows s3:GetObject but only on arn:aws:s3:::orders-bucket/archive/*'],
      details: ['Evaluated 3 policies (1 inline, 2 managed); no permissions boundary.'],
    },
    event: {
      principal: 'arn:aws:sts::111122223333:assumed-role/orders-processor-role/orders-processor',
      principalType: 'AssumedRole',
      accessKeyId: 'ASIAEXAMPLEKEYID0001',
      sourceIp: '203.0.113.10',
      userAgent: 'aws-sdk-js/3.700.0 exec-env/AWS_Lambda_nodejs22.x',
      time: '2026-11-23T01:02:03Z',
      requestId: 'b25e0f2a-0a98-4b8f-8893-fce249e28a83',
      eventId: '560bcc37-36b9-43f4-8447-2bab2d7cd7cf',
      errorCode: 'AccessDenied',
      errorMessage:
        'User: arn:aws:sts::111122223333:assumed-role/orders-processor-role/orders-processor is not authorized to perform: s3:GetObject',
      region: 'eu-west-1',
      account: '111122223333',
    },
    fix: {
      summary: 'Allow s3:GetObject on arn:aws:s3:::orders-bucket/incoming/* for role orders-processor-role.',
      policyJson: { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::orders-bucket/incoming/*' },
      cli: "aws iam put-role-policy --role-name orders-processor-role --policy-name laa-fix --policy-document '{...}'",
      cdk: "bucket.grantRead(fn, 'incoming/*');",
      notes: ['Takes effect within seconds; no redeploy needed.'],
    },
    references: [
      {
        title: 'Lambda execution role',
        url: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html',
      },
    ],
    fingerprint: '0123456789abcdef',
    ...overrides,
  };
}

/** A minimal finding of `checkId` about function `f` (fingerprint from check and function). */
export function functionFinding(
  checkId: string,
  f: FunctionInfo,
  severity: Severity,
  extra: Partial<Finding> = {},
): Finding {
  return {
    checkId,
    category: 'execution-role',
    severity,
    function: { name: f.name, arn: f.arn, account: f.accountId, region: f.region },
    title: `${f.name} is broken`,
    explanation: { summary: `${f.name} is broken.`, statements: [], nearMisses: [], details: [] },
    fix: { summary: 'Fix it.', cli: 'aws lambda fix', notes: [] },
    references: [{ title: 'Doc', url: 'https://docs.aws.amazon.com/lambda/latest/dg/welcome.html' }],
    fingerprint: fingerprint({ checkId, functionArn: f.arn }),
    ...extra,
  };
}

/** A minimal finding of `checkId` about principal `principal` (no function, no fix). */
export function principalFinding(checkId: string, severity: Severity, principal: string): Finding {
  return {
    checkId,
    category: 'execution-role',
    severity,
    principal,
    title: `${checkId} on ${principal}`,
    explanation: { summary: 's', statements: [], nearMisses: [], details: [] },
    references: [],
    fingerprint: fingerprint({ checkId, principal }),
  };
}

/** ARN of the renderer fixtures' function (orders-api). */
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

/** Every fixed finding: function, account, check-error and principal. */
export const ALL_FINDINGS: readonly Finding[] = [ROLE_FINDING, ACCOUNT_FINDING, ERROR_FINDING, PRINCIPAL_FINDING];

/** Check runs of the fixed findings: one fail, one error, one pass. */
export const RUNS: readonly CheckRun[] = [
  { checkId: 'LAA-ROLE-DENIED-ACTION', target: 'event', status: 'fail', findingCount: 1, notes: [] },
  { checkId: 'LAA-X', target: FN_ARN, status: 'error', findingCount: 1, notes: [], error: 'boom' },
  { checkId: 'LAA-Y', target: FN_ARN, status: 'pass', findingCount: 0, notes: [] },
];
