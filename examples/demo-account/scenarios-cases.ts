/**
 * Issue 9 §3 demo scenarios (the case checks): an execution role denied on a queue of another account, a
 * deployer denied iam:PassRole in the short form (no resource in the message), a function calling
 * sts:AssumeRole on its own execution role, and an IAM user denied invoking a function. Their functions are
 * healthy in the sweep; each event yields exactly its check. Message wording: IAM troubleshooting guide
 * (AWS-FACTS §4.2); the short PassRole form: Lambda troubleshooting guide
 * (https://docs.aws.amazon.com/lambda/latest/dg/security_iam_troubleshoot.html).
 */
import { ACCT, REGION, allow, functionArn, policy } from './kit';
import { PARTNER, basic, demoUser, envelopeB, roleIdentity, scenario, userIdentity } from './scenarios-b-kit';
import type { Scenario } from './types';

const PARTNER_QUEUE = `arn:aws:sqs:${REGION}:${PARTNER}:c-partner-orders`;
const feed = basic(
  'c-partner-feed',
  {},
  { send: policy(allow('SendPartnerOrders', 'sqs:SendMessage', PARTNER_QUEUE)) },
);
const thumbs = basic('c-thumbs');
const ciBot = demoUser('c-ci-bot', {
  inlinePolicies: [
    {
      name: 'deploy',
      document: policy(
        allow(
          'DeployC',
          ['lambda:CreateFunction', 'lambda:UpdateFunctionConfiguration'],
          `arn:aws:lambda:${REGION}:${ACCT}:function:c-*`,
        ),
      ),
    },
  ],
});
const minter = basic('c-token-minter');
const reportBuilder = basic('c-report-builder');
const analyst = demoUser('c-analyst', {
  inlinePolicies: [
    {
      name: 'read',
      document: policy(allow('ReadC', 'lambda:GetFunction', `arn:aws:lambda:${REGION}:${ACCT}:function:c-*`)),
    },
  ],
});

/** The short iam:PassRole form: the message names no resource (the role is in the request parameters). */
function shortPassRole(envelope: Record<string, unknown>, callerArn: string): Record<string, unknown> {
  const detail = envelope.detail as Record<string, unknown>;
  return {
    ...envelope,
    detail: { ...detail, errorMessage: `User: ${callerArn} is not authorized to perform: iam:PassRole` },
  };
}

/** The issue 9 §3 scenarios. */
export const SCENARIOS_CASES: readonly Scenario[] = [
  scenario(
    'c-cross-account-queue',
    'A function may send to a partner queue, but the queue policy in the other account does not allow it.',
    feed,
    {
      expectedSweep: [],
      events: [
        {
          envelope: envelopeB({
            id: '301',
            time: '2026-11-20T10:01:00Z',
            identity: roleIdentity(feed.role, 'c-partner-feed'),
            eventSource: 'sqs.amazonaws.com',
            eventName: 'SendMessage',
            action: 'sqs:SendMessage',
            resource: PARTNER_QUEUE,
            clause: 'because no resource-based policy allows the sqs:SendMessage action',
            userAgent: 'aws-sdk-js/3.700.0 exec-env/AWS_Lambda_nodejs20.x',
            requestParameters: { queueUrl: `https://sqs.${REGION}.amazonaws.com/${PARTNER}/c-partner-orders` },
          }),
          expected: ['LAA-CROSS-ACCOUNT-RESOURCE'],
        },
      ],
    },
  ),
  scenario(
    'c-passrole-short',
    'A CI bot creates functions but may not pass their role (short iam:PassRole message).',
    thumbs,
    {
      users: [ciBot],
      expectedSweep: [],
      events: [
        {
          envelope: shortPassRole(
            envelopeB({
              id: '302',
              time: '2026-11-20T10:02:00Z',
              identity: userIdentity(ciBot, 'AKIAQ3EXAMPLEC0CIBOT'),
              eventSource: 'lambda.amazonaws.com',
              eventName: 'CreateFunction20150331',
              action: 'iam:PassRole',
              resource: thumbs.role.arn,
              requestParameters: { functionName: 'c-thumbs', role: thumbs.role.arn, runtime: 'nodejs20.x' },
            }),
            ciBot.arn,
          ),
          expected: ['LAA-DEPLOYER-PASSROLE'],
        },
      ],
    },
  ),
  scenario('c-self-assume', "The function's code calls sts:AssumeRole on its own execution role.", minter, {
    expectedSweep: [],
    events: [
      {
        envelope: envelopeB({
          id: '303',
          time: '2026-11-20T10:03:00Z',
          identity: roleIdentity(minter.role, 'c-token-minter'),
          eventSource: 'sts.amazonaws.com',
          eventName: 'AssumeRole',
          action: 'sts:AssumeRole',
          resource: minter.role.arn,
          clause: '',
          userAgent: 'aws-sdk-js/3.700.0 exec-env/AWS_Lambda_nodejs20.x',
          requestParameters: { roleArn: minter.role.arn, roleSessionName: 'c-token-minter' },
        }),
        expected: ['LAA-SELF-ASSUME-ROLE'],
      },
    ],
  }),
  scenario('c-identity-invoke', 'An analyst may read c- functions but not invoke them.', reportBuilder, {
    users: [analyst],
    expectedSweep: [],
    events: [
      {
        envelope: envelopeB({
          id: '304',
          time: '2026-11-20T10:04:00Z',
          identity: userIdentity(analyst, 'AKIAQ3EXAMPLEC0ANLST'),
          eventSource: 'lambda.amazonaws.com',
          eventName: 'Invoke',
          action: 'lambda:InvokeFunction',
          resource: functionArn('c-report-builder'),
          requestParameters: { functionName: 'c-report-builder' },
        }),
        expected: ['LAA-IDENTITY-INVOKE'],
      },
    ],
  }),
];
