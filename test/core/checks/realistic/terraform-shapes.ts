/**
 * What Terraform (hashicorp/aws) and hand-written policies leave: `jsonencode` trust policies with
 * `Sid: ""`, `aws_lambda_permission` statements (the registry examples, including the regional
 * `logs.<region>.amazonaws.com` principal), stream policies scoped to the stream ARN, lower-case
 * condition keys, `NotAction` statements and a VPC function.
 */
import type { Snapshot } from '../../../../lambda/core/snapshot/types';
import {
  snapshot,
  ACCOUNT as A,
  BASIC,
  MANAGED,
  REGION as R,
  VPC_ACCESS,
  deployedFn,
  fnArn,
  iacRole,
  permission,
  resourcePolicyDoc,
  trigger,
} from '../../../support/factory';

const TRUST_TF = {
  Version: '2012-10-17',
  Statement: [{ Sid: '', Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
};
const GUARDED = {
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Principal: { Service: ['lambda.amazonaws.com', 'edgelambda.amazonaws.com'] },
      Action: ['sts:AssumeRole', 'sts:TagSession'],
      Condition: { StringEquals: { 'aws:sourceaccount': A } },
    },
  ],
};

const TABLE_STREAM = `arn:aws:dynamodb:${R}:${A}:table/tf-orders/stream/2026-01-05T10:00:00.000`;
const RULE = `arn:aws:events:${R}:${A}:rule/tf-every-five-minutes`;
const TOPIC = `arn:aws:sns:${R}:${A}:tf-alarms`;
const BUCKET = 'arn:aws:s3:::tf-incoming-111122223333';
const API_EXEC = `arn:aws:execute-api:${R}:${A}:tf0api789`;
const LOG_GROUP = `arn:aws:logs:${R}:${A}:log-group:/app/tf-audit`;

/** Terraform-managed functions, each wired the way the provider docs show. */
export function terraformAccount(): Snapshot {
  const stream = 'tf-stream-reader';
  const hooks = 'tf-hooks';
  const logsFn = 'tf-log-forwarder';
  const vpcFn = 'tf-vpc-worker';
  const power = 'tf-power-user';
  return snapshot({
    functions: [
      deployedFn(stream, 'tf_stream_reader', {
        eventSourceMappings: [
          {
            uuid: '7f7f7f7f-0000-4000-8000-000000000001',
            kind: 'dynamodb',
            eventSourceArn: TABLE_STREAM,
            state: 'Enabled',
          },
        ],
      }),
      deployedFn(hooks, 'tf_hooks', {
        resourcePolicy: resourcePolicyDoc(
          permission('AllowExecutionFromCloudWatch', { Service: 'events.amazonaws.com' }, fnArn(hooks), {
            ArnLike: { 'AWS:SourceArn': RULE },
          }),
          permission('AllowExecutionFromSNS', { Service: 'sns.amazonaws.com' }, fnArn(hooks), {
            ArnLike: { 'aws:sourcearn': TOPIC },
          }),
          permission('AllowExecutionFromS3Bucket', { Service: 's3.amazonaws.com' }, fnArn(hooks), {
            ArnLike: { 'AWS:SourceArn': BUCKET },
            StringEquals: { 'AWS:SourceAccount': A },
          }),
          permission('AllowAPIGatewayInvoke', { Service: 'apigateway.amazonaws.com' }, fnArn(hooks), {
            ArnLike: { 'AWS:SourceArn': `${API_EXEC}/*/*` },
          }),
        ),
      }),
      deployedFn(logsFn, 'tf_log_forwarder', {
        resourcePolicy: resourcePolicyDoc(
          permission('AllowExecutionFromCloudWatchLogs', { Service: `logs.${R}.amazonaws.com` }, fnArn(logsFn), {
            ArnLike: { 'AWS:SourceArn': `${LOG_GROUP}:*` },
          }),
        ),
      }),
      deployedFn(vpcFn, 'tf_vpc_worker', {
        vpc: {
          vpcId: 'vpc-0f0e0d0c',
          subnetIds: ['subnet-01234567', 'subnet-89abcdef'],
          securityGroupIds: ['sg-0badc0de'],
        },
      }),
      deployedFn(power, 'tf_power_user', {
        tracingMode: 'Active',
        deadLetterTargetArn: `arn:aws:sqs:${R}:${A}:tf-dlq`,
      }),
    ],
    roles: [
      iacRole(
        'tf_stream_reader',
        [BASIC],
        {
          stream_access: [
            {
              Sid: '',
              Effect: 'Allow',
              Action: [
                'dynamodb:DescribeStream',
                'dynamodb:GetRecords',
                'dynamodb:GetShardIterator',
                'dynamodb:ListStreams',
              ],
              Resource: TABLE_STREAM,
            },
          ],
        },
        TRUST_TF,
      ),
      iacRole('tf_hooks', [BASIC], {}, TRUST_TF),
      iacRole('tf_log_forwarder', [BASIC], {}, GUARDED),
      iacRole('tf_vpc_worker', [VPC_ACCESS], {}, TRUST_TF),
      iacRole(
        'tf_power_user',
        [],
        {
          power: [
            { Effect: 'Allow', NotAction: ['iam:*', 'organizations:*', 'account:*'], Resource: '*' },
            {
              Effect: 'Deny',
              NotAction: ['logs:*', 'sqs:*', 'xray:*', 'dynamodb:*'],
              Resource: '*',
              Condition: {
                Bool: { 'aws:ViaAWSService': 'false' },
                StringEquals: { 'aws:PrincipalTag/sandbox': 'true' },
              },
            },
          ],
        },
        TRUST_TF,
      ),
    ],
    managedPolicies: MANAGED,
    triggers: [
      trigger('eventbridge-rule', RULE, fnArn(hooks), 'events.amazonaws.com', A),
      trigger('sns', TOPIC, fnArn(hooks), 'sns.amazonaws.com', A),
      trigger('s3', BUCKET, fnArn(hooks), 's3.amazonaws.com', A),
      trigger('apigateway', `${API_EXEC}/*/*`, fnArn(hooks), 'apigateway.amazonaws.com', A),
      // The collector records log subscriptions with the global principal whatever the policy names.
      trigger('logs-subscription', `${LOG_GROUP}:*`, fnArn(logsFn), 'logs.amazonaws.com', A),
    ],
    inventory: {
      'eventbridge-rule': { complete: true, arns: [RULE] },
      sns: { complete: true, arns: [TOPIC] },
      s3: { complete: true, arns: [BUCKET] },
      apigateway: { complete: true, arns: [API_EXEC] },
      'logs-subscription': { complete: true, arns: [`${LOG_GROUP}:*`] },
    },
  });
}
