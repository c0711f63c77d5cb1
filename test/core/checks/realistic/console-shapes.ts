/**
 * What the Lambda console and hand-rolled setups leave: `/service-role/` roles with the console's
 * customer managed `AWSLambdaBasicExecutionRole-<uuid>` policy, a permissions boundary, an HTTP API
 * `$default` stage, an API Gateway trigger on an alias whose own policy grants it, and an AWS-published layer.
 */
import type { ManagedPolicyInfo, Snapshot } from '../../../../lambda/core/snapshot/types';
import {
  snapshot,
  ACCOUNT as A,
  BASIC,
  MANAGED,
  REGION as R,
  deployedFn,
  fnArn,
  iacRole,
  permission,
  resourcePolicyDoc,
  plainTrust,
  trigger,
} from '../../../support/factory';

const CONSOLE_POLICY: ManagedPolicyInfo = {
  arn: `arn:aws:iam::${A}:policy/service-role/AWSLambdaBasicExecutionRole-0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d`,
  name: 'AWSLambdaBasicExecutionRole-0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d',
  awsManaged: false,
  defaultVersionId: 'v1',
  document: {
    Version: '2012-10-17',
    Statement: [
      { Effect: 'Allow', Action: 'logs:CreateLogGroup', Resource: `arn:aws:logs:${R}:${A}:*` },
      {
        Effect: 'Allow',
        Action: ['logs:CreateLogStream', 'logs:PutLogEvents'],
        Resource: [`arn:aws:logs:${R}:${A}:log-group:/aws/lambda/console-hello:*`],
      },
    ],
  },
};

const BOUNDARY: ManagedPolicyInfo = {
  arn: `arn:aws:iam::${A}:policy/platform/DeveloperBoundary`,
  name: 'DeveloperBoundary',
  awsManaged: false,
  defaultVersionId: 'v3',
  document: {
    Version: '2012-10-17',
    Statement: [
      { Sid: 'AllowServices', Effect: 'Allow', Action: '*', Resource: '*' },
      {
        Sid: 'DenyIamAndOrg',
        Effect: 'Deny',
        Action: ['iam:CreateUser', 'iam:CreateAccessKey', 'organizations:*'],
        Resource: '*',
      },
      {
        Sid: 'DenyBoundaryChanges',
        Effect: 'Deny',
        NotAction: ['iam:Get*', 'iam:List*'],
        Resource: `arn:aws:iam::${A}:policy/platform/*`,
      },
    ],
  },
};

const HTTP_API = `arn:aws:execute-api:${R}:${A}:h77p4p1xyz`;
const REST_API = `arn:aws:execute-api:${R}:${A}:r3st4p1abc`;

/** Console-created and hand-rolled functions. */
export function consoleAccount(): Snapshot {
  const hello = 'console-hello';
  const bounded = 'bounded-http';
  const aliased = 'aliased-api';
  const roleName = 'console-hello-role-ab12cd34';
  return snapshot({
    functions: [
      deployedFn(hello, `service-role/${roleName}`, {
        runtime: 'python3.13',
        // Powertools for AWS Lambda, published by AWS's layer account: reported as info only.
        layers: [
          {
            arn: `arn:aws:lambda:${R}:017000801446:layer:AWSLambdaPowertoolsPythonV3-python313-x86_64:7`,
            accountId: '017000801446',
          },
        ],
      }),
      deployedFn(bounded, 'platform/bounded-http-role', {
        resourcePolicy: resourcePolicyDoc(
          permission('http-default', { Service: 'apigateway.amazonaws.com' }, fnArn(bounded), {
            ArnLike: { 'AWS:SourceArn': `${HTTP_API}/*/$default` },
          }),
        ),
      }),
      deployedFn(aliased, 'aliased-api-role', {
        resourcePolicy: null,
        qualifierPolicies: [
          {
            qualifier: 'live',
            policy: resourcePolicyDoc(
              permission('rest-live', { Service: 'apigateway.amazonaws.com' }, `${fnArn(aliased)}:live`, {
                ArnLike: { 'AWS:SourceArn': `${REST_API}/*/POST/orders` },
              }),
            ),
          },
        ],
      }),
    ],
    roles: [
      iacRole(roleName, [{ arn: CONSOLE_POLICY.arn, name: CONSOLE_POLICY.name }], {}, plainTrust(), {
        arn: `arn:aws:iam::${A}:role/service-role/${roleName}`,
        path: '/service-role/',
      }),
      iacRole('bounded-http-role', [BASIC], {}, plainTrust(), {
        arn: `arn:aws:iam::${A}:role/platform/bounded-http-role`,
        path: '/platform/',
        permissionsBoundaryArn: BOUNDARY.arn,
      }),
      iacRole('aliased-api-role', [BASIC], {}),
    ],
    managedPolicies: [...MANAGED, CONSOLE_POLICY, BOUNDARY],
    triggers: [
      trigger('apigateway', `${HTTP_API}/*/$default`, fnArn(bounded), 'apigateway.amazonaws.com', A),
      trigger('apigateway', `${REST_API}/*/POST/orders`, `${fnArn(aliased)}:live`, 'apigateway.amazonaws.com', A),
    ],
    inventory: { apigateway: { complete: true, arns: [HTTP_API, REST_API] } },
  });
}
