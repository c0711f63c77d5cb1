/**
 * Event-driven demo scenarios (deployers, cross-account): a release bot denied iam:PassRole, a pipeline role denied a
 * Lambda management action, a function denied a cross-account role, and a denial that started
 * after a DetachRolePolicy. Their functions are healthy in the sweep; each event yields its IDs.
 */
import { ACCT, REGION, allow, policy } from './kit';
import {
  DEPLOY_B,
  PARTNER,
  basic,
  demoUser,
  envelopeB,
  pipelineRole,
  roleIdentity,
  scenario,
  userIdentity,
} from './scenarios-b-kit';
import type { Scenario } from './types';

const billing = basic('b-billing');
const releaseBot = demoUser('b-release-bot', {
  inlinePolicies: [{ name: 'deploy', document: policy(DEPLOY_B) }],
  accessKeys: [
    {
      accessKeyId: 'AKIAQ3EXAMPLEB0RELBT',
      status: 'Active',
      createDate: '2026-10-02T08:00:00Z',
      lastUsedDate: '2026-11-20T09:40:00Z',
    },
  ],
});
const invoices = basic('b-invoices');
const pipeline = pipelineRole('b-pipeline-deployer', {
  deploy: policy(
    allow(
      'DeployWebFunctions',
      ['lambda:UpdateFunctionCode', 'lambda:GetFunction'],
      `arn:aws:lambda:${REGION}:${ACCT}:function:b-web-*`,
    ),
  ),
});

// 10. Cross-account -----------------------------------------------------------------------------
const PARTNER_ROLE = `arn:aws:iam::${PARTNER}:role/b-reports-reader`;
const reports = basic(
  'b-reports',
  {},
  { 'assume-partner-reader': policy(allow('AssumePartnerReader', 'sts:AssumeRole', PARTNER_ROLE)) },
);

// 11. Change correlation ------------------------------------------------------------------------
const LEDGER_TABLE = `arn:aws:dynamodb:${REGION}:${ACCT}:table/b-ledger`;
const ledger = basic('b-ledger');

/** The event-driven deployer and cross-account scenarios. */
export const EVENT_SCENARIOS_B: readonly Scenario[] = [
  scenario('b-deploy-passrole', 'A release bot may update functions but not pass their execution role.', billing, {
    users: [releaseBot],
    expectedSweep: [],
    events: [
      {
        envelope: envelopeB({
          id: '1',
          time: '2026-11-20T09:41:17Z',
          identity: userIdentity(releaseBot, 'AKIAQ3EXAMPLEB0RELBT'),
          eventSource: 'lambda.amazonaws.com',
          eventName: 'UpdateFunctionConfiguration20150331v2',
          action: 'iam:PassRole',
          resource: billing.role.arn,
          requestParameters: { functionName: 'b-billing', role: billing.role.arn, timeout: 30 },
        }),
        expected: ['LAA-DEPLOYER-PASSROLE'],
      },
    ],
  }),
  scenario('b-deploy-denied', 'The GitHub Actions pipeline role may only update b-web-* functions.', invoices, {
    roles: [invoices.role, pipeline],
    expectedSweep: [],
    events: [
      {
        envelope: envelopeB({
          id: '2',
          time: '2026-11-20T10:15:02Z',
          identity: roleIdentity(pipeline, 'GitHubActions'),
          eventSource: 'lambda.amazonaws.com',
          eventName: 'UpdateFunctionCode20150331v2',
          action: 'lambda:UpdateFunctionCode',
          resource: invoices.fn.arn,
          sourceIp: '140.82.112.21',
          userAgent: 'aws-cli/2.22.4 md/command#lambda.update-function-code',
          requestParameters: { functionName: 'b-invoices', publish: true },
        }),
        expected: ['LAA-DEPLOYER-DENIED-ACTION'],
      },
    ],
  }),
  scenario(
    'b-cross-account-assume',
    'A function assumes a partner-account role whose trust policy does not name it.',
    reports,
    {
      expectedSweep: [],
      events: [
        {
          envelope: envelopeB({
            id: '3',
            time: '2026-11-20T06:00:04Z',
            identity: roleIdentity(reports.role, 'b-reports'),
            eventSource: 'sts.amazonaws.com',
            eventName: 'AssumeRole',
            action: 'sts:AssumeRole',
            resource: PARTNER_ROLE,
            clause: '',
            sourceIp: '3.91.171.45',
            userAgent: 'aws-sdk-js/3.700.0 ua/2.1 os/linux lang/js md/nodejs#22.11.0 exec-env/AWS_Lambda_nodejs22.x',
            requestParameters: { roleArn: PARTNER_ROLE, roleSessionName: 'b-reports-export', durationSeconds: 900 },
          }),
          expected: ['LAA-CROSS-ACCOUNT-ASSUME'],
        },
      ],
    },
  ),
  scenario(
    'b-change-correlation',
    'DynamoDB writes fail since someone detached the table policy from the role.',
    ledger,
    {
      expectedSweep: [],
      permissionChanges: [
        {
          eventId: 'c4a7e2d1-5b3f-4e8a-9c6d-0f1e2d3c4b5a',
          eventTime: '2026-11-20T07:45:12Z',
          eventSource: 'iam.amazonaws.com',
          eventName: 'DetachRolePolicy',
          actor: `arn:aws:iam::${ACCT}:user/b-admin`,
          target: ledger.role.arn,
          summary: `policyArn=arn:aws:iam::${ACCT}:policy/b-ledger-table`,
        },
      ],
      logExcerpts: [
        {
          functionArn: ledger.fn.arn,
          logGroup: '/aws/lambda/b-ledger',
          from: '2026-11-20T08:00:00Z',
          to: '2026-11-20T08:10:00Z',
          truncated: false,
          lines: [
            {
              timestamp: '2026-11-20T08:03:26.912Z',
              message: 'START RequestId: 5f0e9c1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b Version: $LATEST',
            },
            {
              timestamp: '2026-11-20T08:03:27.304Z',
              message: 'ERROR AccessDeniedException: User is not authorized to perform: dynamodb:PutItem',
            },
            { timestamp: '2026-11-20T08:03:27.310Z', message: 'END RequestId: 5f0e9c1a-2b3d-4e5f-8a9b-0c1d2e3f4a5b' },
          ],
        },
      ],
      events: [
        {
          envelope: envelopeB({
            id: '4',
            time: '2026-11-20T08:03:27Z',
            identity: roleIdentity(ledger.role, 'b-ledger'),
            eventSource: 'dynamodb.amazonaws.com',
            eventName: 'PutItem',
            action: 'dynamodb:PutItem',
            resource: LEDGER_TABLE,
            sourceIp: '3.91.171.45',
            userAgent: 'aws-sdk-js/3.700.0 ua/2.1 os/linux lang/js md/nodejs#22.11.0 exec-env/AWS_Lambda_nodejs22.x',
            requestParameters: { tableName: 'b-ledger' },
          }),
          expected: ['LAA-ROLE-DENIED-ACTION', 'LAA-CHANGE-CORRELATION'],
        },
      ],
    },
  ),
];
