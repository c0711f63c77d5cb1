/**
 * Invoke, exposure, deployer and cross-account demo scenarios: one broken function (or principal) per problem of checks 7–11 —
 * invoke permissions, exposure, function URLs, deployers, hygiene, cross-account, change
 * correlation — plus healthy functions that use the same features correctly (no finding at all).
 */
import { REGION, functionArn, policy, resourcePolicy, serviceInvoke, trig } from './kit';
import { EVENT_SCENARIOS_B } from './scenarios-b-events';
import {
  DEPLOY_B,
  EVENTS,
  PARTNER,
  SNS,
  basic,
  demoUser,
  publicUrlStatements,
  rule,
  scenario,
  topic,
} from './scenarios-b-kit';
import type { Scenario } from './types';

// 7. Invoke permissions -------------------------------------------------------------------------
const nightly = basic('b-nightly-report');
const orderEvents = basic('b-order-events', {
  resourcePolicy: resourcePolicy(serviceInvoke('OrderTopic', SNS, functionArn('b-order-events'), topic('b-orders'))),
  qualifierPolicies: [{ qualifier: 'live', policy: null }],
});
const cleanup = basic('b-cleanup', {
  resourcePolicy: resourcePolicy(
    serviceInvoke('Hourly', EVENTS, functionArn('b-cleanup'), rule('b-cleanup-hourly')),
    serviceInvoke('LegacyWeekly', EVENTS, functionArn('b-cleanup'), rule('b-cleanup-legacy-weekly')),
  ),
});

// 8. Exposure and function URLs -------------------------------------------------------------------
const pricing = basic('b-pricing', {
  resourcePolicy: resourcePolicy({
    Sid: 'AnyoneCanInvoke',
    Effect: 'Allow',
    Principal: '*',
    Action: 'lambda:InvokeFunction',
    Resource: functionArn('b-pricing'),
  }),
});
const UPLOADS = 'arn:aws:s3:::b-thumbnails-uploads';
const thumbnails = basic('b-thumbnails', {
  resourcePolicy: resourcePolicy(
    serviceInvoke('UploadsBucket', 's3.amazonaws.com', functionArn('b-thumbnails'), UPLOADS, false),
  ),
});
const partnerSync = basic('b-partner-sync', {
  resourcePolicy: resourcePolicy({
    Sid: 'PartnerInvoke',
    Effect: 'Allow',
    Principal: { AWS: `arn:aws:iam::${PARTNER}:root` },
    Action: 'lambda:InvokeFunction',
    Resource: functionArn('b-partner-sync'),
  }),
});
const url = (name: string) => ({
  url: `https://${name.replace(/-/g, '')}0123456789abcdef.lambda-url.${REGION}.on.aws/`,
  authType: 'NONE' as const,
});
const webhook = basic('b-webhook', {
  url: url('b-webhook'),
  resourcePolicy: resourcePolicy(...publicUrlStatements(functionArn('b-webhook'))),
});
const statusPage = basic('b-status-page', {
  url: url('b-status-page'),
  resourcePolicy: resourcePolicy(...publicUrlStatements(functionArn('b-status-page'), false)),
});

// 9. Deployers and hygiene -------------------------------------------------------------------------
const legacyAdmin = demoUser('b-legacy-admin', {
  attachedPolicies: [{ arn: 'arn:aws:iam::aws:policy/AWSLambdaFullAccess', name: 'AWSLambdaFullAccess' }],
});
const ciDeployer = demoUser('b-ci-deployer', {
  inlinePolicies: [{ name: 'deploy', document: policy(DEPLOY_B) }],
  accessKeys: [
    {
      accessKeyId: 'AKIAQ3EXAMPLEB0CIOLD',
      status: 'Active',
      createDate: '2026-02-01T09:30:00Z',
      lastUsedDate: '2026-11-19T22:10:00Z',
    },
  ],
});

// Healthy -----------------------------------------------------------------------------------------
const snsWorker = basic('b-healthy-sns-worker', {
  resourcePolicy: resourcePolicy(
    serviceInvoke('ShipmentsTopic', SNS, functionArn('b-healthy-sns-worker'), topic('b-shipments')),
  ),
});
const LIVE = `${functionArn('b-healthy-alias-consumer')}:live`;
const aliasConsumer = basic('b-healthy-alias-consumer', {
  qualifierPolicies: [
    { qualifier: 'live', policy: resourcePolicy(serviceInvoke('HourlyRule', EVENTS, LIVE, rule('b-healthy-hourly'))) },
  ],
});
const orgInvoke = basic('b-healthy-org-api', {
  url: { url: 'https://bhealthyorgapi0123456789abcdef.lambda-url.us-east-1.on.aws/', authType: 'AWS_IAM' },
  resourcePolicy: resourcePolicy({
    Sid: 'OrganizationInvoke',
    Effect: 'Allow',
    Principal: '*',
    Action: 'lambda:InvokeFunction',
    Resource: functionArn('b-healthy-org-api'),
    Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
  }),
});

/** The invoke, exposure, deployer and cross-account scenarios. */
export const SCENARIOS_B: readonly Scenario[] = [
  scenario(
    'b-rule-missing-invoke',
    'EventBridge rule targets a function whose resource policy has no statement for it.',
    nightly,
    {
      triggers: [trig('eventbridge-rule', rule('b-nightly-report'), nightly.fn.arn, EVENTS)],
      expectedSweep: ['LAA-TRIGGER-INVOKE-PERMISSION'],
    },
  ),
  scenario(
    'b-alias-missing-invoke',
    'SNS subscription targets alias "live"; the permission was added to the unqualified function only.',
    orderEvents,
    {
      triggers: [trig('sns', topic('b-orders'), `${orderEvents.fn.arn}:live`, SNS)],
      expectedSweep: ['LAA-TRIGGER-INVOKE-PERMISSION'],
    },
  ),
  scenario('b-orphaned-statement', 'Resource policy still grants a deleted EventBridge rule.', cleanup, {
    triggers: [trig('eventbridge-rule', rule('b-cleanup-hourly'), cleanup.fn.arn, EVENTS)],
    expectedSweep: ['LAA-TRIGGER-ORPHANED-STATEMENT'],
  }),
  scenario('b-public-policy', 'Resource policy lets Principal "*" invoke the function.', pricing, {
    expectedSweep: ['LAA-EXPOSURE-PUBLIC-POLICY'],
  }),
  scenario('b-confused-deputy', 'S3 notification permission names the bucket but not the account.', thumbnails, {
    triggers: [trig('s3', UPLOADS, thumbnails.fn.arn, 's3.amazonaws.com')],
    expectedSweep: ['LAA-EXPOSURE-CONFUSED-DEPUTY'],
  }),
  scenario(
    'b-external-account',
    'A partner account may invoke the function, with no organization guard.',
    partnerSync,
    {
      expectedSweep: ['LAA-EXPOSURE-EXTERNAL-ACCOUNT'],
    },
  ),
  scenario('b-public-url', 'Function URL with AuthType NONE: anyone on the internet can call it.', webhook, {
    expectedSweep: ['LAA-URL-PUBLIC'],
  }),
  scenario(
    'b-url-missing-invoke',
    'Public function URL without the lambda:InvokeFunction statement new URLs need (HTTP 403).',
    statusPage,
    {
      expectedSweep: ['LAA-URL-PUBLIC', 'LAA-URL-MISSING-INVOKE-STATEMENT'],
    },
  ),
  {
    id: 'b-deprecated-policy',
    description: 'A user still has the deprecated AWSLambdaFullAccess attached.',
    users: [legacyAdmin],
    expectedSweep: ['LAA-HYGIENE-DEPRECATED-POLICY'],
  },
  {
    id: 'b-long-lived-keys',
    description: 'A CI user that deploys Lambda code signs with a 292-day-old access key.',
    users: [ciDeployer],
    expectedSweep: ['LAA-HYGIENE-LONG-LIVED-KEYS'],
  },
  ...EVENT_SCENARIOS_B,
  scenario(
    'b-healthy-sns-worker',
    'Healthy: SNS subscription with a SourceArn + SourceAccount scoped statement.',
    snsWorker,
    {
      triggers: [trig('sns', topic('b-shipments'), snsWorker.fn.arn, SNS)],
      expectedSweep: [],
    },
  ),
  scenario(
    'b-healthy-alias-consumer',
    'Healthy: EventBridge rule targets alias "live", permission on the alias.',
    aliasConsumer,
    {
      triggers: [trig('eventbridge-rule', rule('b-healthy-hourly'), LIVE, EVENTS)],
      expectedSweep: [],
    },
  ),
  scenario(
    'b-healthy-org-api',
    'Healthy: IAM-authenticated URL and an invoke grant limited to the organization.',
    orgInvoke,
    { expectedSweep: [] },
  ),
];
