/**
 * What Terraform (hashicorp/aws) and hand-written policies leave: `jsonencode` trust policies with
 * `Sid: ""`, `aws_lambda_permission` statements (the registry examples, including the regional
 * `logs.<region>.amazonaws.com` principal), stream policies scoped to the stream ARN, lower-case
 * condition keys, `NotAction` statements and a VPC function.
 */
import type { Snapshot } from '../../../../lambda/core/snapshot/types';
import { snapshot } from '../builders';
import { A, BASIC, MANAGED, R, VPC_ACCESS, deployed, fnArn, iacRole, permission, policy, trigger } from './kit';

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
      deployed(stream, 'tf_stream_reader', {
        eventSourceMappings: [
          {
            uuid: '7f7f7f7f-0000-4000-8000-000000000001',
            kind: 'dynamodb',
            eventSourceArn: TABLE_STREAM,
            state: 'Enabled',
          },
        ],
      }),
      deployed(hooks, 'tf_hooks', {
        resourcePolicy: policy(
          permission('AllowExecutionFromCloudWatch', 'events.amazonaws.com', fnArn(hooks), {
            ArnLike: { 'AWS:SourceArn': RULE },
          }),
          permission('AllowExecutionFromSNS', 'sns.amazonaws.com', fnArn(hooks), {
            ArnLike: { 'aws:sourcearn': TOPIC },
          }),
          permission('AllowExecutionFromS3Bucket', 's3.amazonaws.com', fnArn(hooks), {
            ArnLike: { 'AWS:SourceArn': BUCKET },
            StringEquals: { 'AWS:SourceAccount': A },
          }),
          permission('AllowAPIGatewayInvoke', 'apigateway.amazonaws.com', fnArn(hooks), {
            ArnLike: { 'AWS:SourceArn': `${API_EXEC}/*/*` },
          }),
        ),
      }),
      deployed(logsFn, 'tf_log_forwarder', {
        resourcePolicy: policy(
          permission('AllowExecutionFromCloudWatchLogs', `logs.${R}.amazonaws.com`, fnArn(logsFn), {
            ArnLike: { 'AWS:SourceArn': `${LOG_GROUP}:*` },
          }),
        ),
      }),
      deployed(vpcFn, 'tf_vpc_worker', {
        vpc: {
          vpcId: 'vpc-0f0e0d0c',
          subnetIds: ['subnet-01234567', 'subnet-89abcdef'],
          securityGroupIds: ['sg-0badc0de'],
        },
      }),
      deployed(power, 'tf_power_user', { tracingMode: 'Active', deadLetterTargetArn: `arn:aws:sqs:${R}:${A}:tf-dlq` }),
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
      trigger('eventbridge-rule', 'events.amazonaws.com', RULE, fnArn(hooks)),
      trigger('sns', 'sns.amazonaws.com', TOPIC, fnArn(hooks)),
      trigger('s3', 's3.amazonaws.com', BUCKET, fnArn(hooks)),
      trigger('apigateway', 'apigateway.amazonaws.com', `${API_EXEC}/*/*`, fnArn(hooks)),
      // The collector records log subscriptions with the global principal whatever the policy names.
      trigger('logs-subscription', 'logs.amazonaws.com', `${LOG_GROUP}:*`, fnArn(logsFn)),
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
