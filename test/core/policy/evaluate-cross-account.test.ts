/** Evaluation logic: cross-account requests, role trust policies, KMS key policies, service principals. */
import { GET, OBJ, runEvalCases, type EvalCase } from './eval-cases';
import { ACCOUNT as A, OTHER_ACCOUNT as B, allow, service, type Stmt } from '../../support/factory';
const SESSION_ARN = `arn:aws:sts::${A}:assumed-role/app/fn`;
const ROLE_ARN = `arn:aws:iam::${A}:role/app`;
const rp = (principal: unknown, action: unknown = GET, resource: unknown = OBJ, extra: Stmt = {}): Stmt => ({
  Effect: 'Allow',
  Principal: principal,
  Action: action,
  Resource: resource,
  ...extra,
});
const FN_B = `arn:aws:lambda:us-east-1:${B}:function:target`;
const ROLE_B = `arn:aws:iam::${B}:role/target`;
const trust = (principal: unknown, action = 'sts:AssumeRole', extra: Stmt = {}): Stmt => ({
  Effect: 'Allow',
  Principal: principal,
  Action: action,
  ...extra,
});

const cases: EvalCase[] = [
  // Cross-account
  {
    name: 'cross-account: identity allow only',
    action: 'lambda:InvokeFunction',
    resource: FN_B,
    set: { identity: [[allow('lambda:InvokeFunction', FN_B)]] },
    expect: 'ImplicitlyDenied',
    type: 'resource',
    cross: true,
  },
  {
    name: 'cross-account: resource allow only',
    action: 'lambda:InvokeFunction',
    resource: FN_B,
    set: { resource: [rp({ AWS: SESSION_ARN }, 'lambda:InvokeFunction', FN_B)] },
    expect: 'ImplicitlyDenied',
    type: 'identity',
    cross: true,
  },
  {
    name: 'cross-account: both allow',
    action: 'lambda:InvokeFunction',
    resource: FN_B,
    set: {
      identity: [[allow('lambda:InvokeFunction', FN_B)]],
      resource: [rp({ AWS: ROLE_ARN }, 'lambda:InvokeFunction', FN_B)],
    },
    expect: 'Allowed',
    cross: true,
  },
  {
    name: 'cross-account: resource names the caller account',
    action: 'lambda:InvokeFunction',
    resource: FN_B,
    set: { identity: [[allow('lambda:*')]], resource: [rp({ AWS: A }, 'lambda:InvokeFunction', FN_B)] },
    expect: 'Allowed',
    cross: true,
  },
  {
    name: 'cross-account: boundary still limits',
    action: 'lambda:InvokeFunction',
    resource: FN_B,
    set: {
      identity: [[allow('lambda:*')]],
      resource: [rp({ AWS: SESSION_ARN }, 'lambda:*', FN_B)],
      boundary: [allow('s3:*')],
    },
    expect: 'ImplicitlyDenied',
    type: 'permissions-boundary',
    cross: true,
  },
  {
    name: 'cross-account via resourceAccount (S3 ARNs carry no account)',
    resourceAccount: B,
    set: { identity: [[allow(GET)]] },
    expect: 'ImplicitlyDenied',
    type: 'resource',
    cross: true,
  },
  {
    name: 'S3 ARN without resourceAccount is same-account',
    set: { identity: [[allow(GET)]] },
    expect: 'Allowed',
    cross: false,
  },
  // Trust policies (sts:AssumeRole)
  {
    name: 'trust names the caller role (same account), no identity allow',
    action: 'sts:AssumeRole',
    resource: `arn:aws:iam::${A}:role/target`,
    set: { trust: [trust({ AWS: ROLE_ARN })] },
    expect: 'Allowed',
    type: 'trust',
  },
  {
    name: 'trust names the account: identity must allow',
    action: 'sts:AssumeRole',
    resource: `arn:aws:iam::${A}:role/target`,
    set: { trust: [trust({ AWS: `arn:aws:iam::${A}:root` })] },
    expect: 'ImplicitlyDenied',
    type: 'identity',
  },
  {
    name: 'cross-account assume: trust + identity allow',
    action: 'sts:AssumeRole',
    resource: ROLE_B,
    set: { identity: [[allow('sts:AssumeRole', ROLE_B)]], trust: [trust({ AWS: `arn:aws:iam::${A}:root` })] },
    expect: 'Allowed',
    cross: true,
  },
  {
    name: 'cross-account assume: identity lacks allow',
    action: 'sts:AssumeRole',
    resource: ROLE_B,
    set: { trust: [trust({ AWS: ROLE_ARN })] },
    expect: 'ImplicitlyDenied',
    type: 'identity',
    cross: true,
  },
  {
    name: 'cross-account assume: trust names another account',
    action: 'sts:AssumeRole',
    resource: ROLE_B,
    set: { identity: [[allow('sts:AssumeRole', ROLE_B)]], trust: [trust({ AWS: '999988887777' })] },
    expect: 'ImplicitlyDenied',
    type: 'trust',
    cross: true,
  },
  {
    name: 'cross-account assume: ExternalId required and given',
    action: 'sts:AssumeRole',
    resource: ROLE_B,
    context: { 'sts:ExternalId': 'xyz' },
    set: {
      identity: [[allow('sts:AssumeRole')]],
      trust: [trust({ AWS: A }, 'sts:AssumeRole', { Condition: { StringEquals: { 'sts:ExternalId': 'xyz' } } })],
    },
    expect: 'Allowed',
  },
  {
    name: 'cross-account assume: ExternalId missing',
    action: 'sts:AssumeRole',
    resource: ROLE_B,
    set: {
      identity: [[allow('sts:AssumeRole')]],
      trust: [trust({ AWS: A }, 'sts:AssumeRole', { Condition: { StringEquals: { 'sts:ExternalId': 'xyz' } } })],
    },
    expect: 'ImplicitlyDenied',
    type: 'trust',
  },
  {
    name: 'Lambda service may assume the execution role',
    principal: service('lambda.amazonaws.com'),
    action: 'sts:AssumeRole',
    resource: ROLE_B,
    set: { trust: [trust({ Service: 'lambda.amazonaws.com' })] },
    expect: 'Allowed',
    type: 'trust',
  },
  {
    name: 'service not named in the trust policy',
    principal: service('lambda.amazonaws.com'),
    action: 'sts:AssumeRole',
    resource: ROLE_B,
    set: { trust: [trust({ Service: 'ec2.amazonaws.com' })] },
    expect: 'ImplicitlyDenied',
    type: 'trust',
  },
  {
    name: 'service names compare case-insensitively',
    principal: service('lambda.amazonaws.com'),
    action: 'sts:AssumeRole',
    resource: ROLE_B,
    set: { trust: [trust({ Service: ['Lambda.amazonaws.com'] })] },
    expect: 'Allowed',
  },
  {
    name: 'federated web identity',
    principal: { kind: 'federated', arn: 'cognito-identity.amazonaws.com' },
    action: 'sts:AssumeRoleWithWebIdentity',
    resource: ROLE_B,
    set: { trust: [trust({ Federated: 'cognito-identity.amazonaws.com' }, 'sts:AssumeRoleWithWebIdentity')] },
    expect: 'Allowed',
    type: 'trust',
  },
  {
    name: 'same account: identity allow but trust silent',
    action: 'sts:AssumeRole',
    resource: `arn:aws:iam::${A}:role/target`,
    set: { identity: [[allow('sts:AssumeRole')]], trust: [trust({ Service: 'lambda.amazonaws.com' })] },
    expect: 'ImplicitlyDenied',
    type: 'trust',
    cross: false,
  },
  {
    name: 'KMS key policy must allow even within the account',
    action: 'kms:Decrypt',
    resource: `arn:aws:kms:us-east-1:${A}:key/k1`,
    set: { identity: [[allow('kms:Decrypt')]], resource: [rp({ AWS: `arn:aws:iam::${A}:role/admin` }, 'kms:*', '*')] },
    expect: 'ImplicitlyDenied',
    type: 'resource',
  },
  {
    name: 'KMS key policy enabling IAM policies (account root) + identity allow',
    action: 'kms:Decrypt',
    resource: `arn:aws:kms:us-east-1:${A}:key/k1`,
    set: { identity: [[allow('kms:Decrypt')]], resource: [rp({ AWS: `arn:aws:iam::${A}:root` }, 'kms:*', '*')] },
    expect: 'Allowed',
    type: 'identity',
  },
  {
    name: 'KMS key policy enabling IAM policies, identity silent',
    action: 'kms:Decrypt',
    resource: `arn:aws:kms:us-east-1:${A}:key/k1`,
    set: { identity: [], resource: [rp({ AWS: `arn:aws:iam::${A}:root` }, 'kms:*', '*')] },
    expect: 'ImplicitlyDenied',
    type: 'identity',
  },
  {
    name: 'SCPs do not apply to service principals',
    principal: service('sns.amazonaws.com'),
    action: 'lambda:InvokeFunction',
    resource: FN_B,
    set: {
      scp: [[{ Effect: 'Deny', Action: '*', Resource: '*' }]],
      resource: [rp({ Service: 'sns.amazonaws.com' }, 'lambda:InvokeFunction', FN_B)],
    },
    expect: 'Allowed',
    type: 'resource',
  },
  {
    name: 'RCPs apply to service principals',
    principal: service('sns.amazonaws.com'),
    action: 'lambda:InvokeFunction',
    resource: FN_B,
    set: {
      rcp: [[{ Effect: 'Deny', Principal: '*', Action: '*', Resource: '*' }]],
      resource: [rp({ Service: 'sns.amazonaws.com' }, 'lambda:InvokeFunction', FN_B)],
    },
    expect: 'ExplicitlyDenied',
    type: 'rcp',
  },
  // Service principals on resource policies (Lambda permissions)
  {
    name: 'SNS may invoke with matching SourceArn',
    principal: service('sns.amazonaws.com'),
    action: 'lambda:InvokeFunction',
    resource: FN_B,
    context: { 'aws:SourceArn': `arn:aws:sns:us-east-1:${B}:topic` },
    set: {
      resource: [
        rp({ Service: 'sns.amazonaws.com' }, 'lambda:InvokeFunction', FN_B, {
          Condition: { ArnLike: { 'AWS:SourceArn': `arn:aws:sns:us-east-1:${B}:topic` } },
        }),
      ],
    },
    expect: 'Allowed',
    type: 'resource',
  },
  {
    name: 'SNS with another SourceArn',
    principal: service('sns.amazonaws.com'),
    action: 'lambda:InvokeFunction',
    resource: FN_B,
    context: { 'aws:SourceArn': `arn:aws:sns:us-east-1:${B}:other` },
    set: {
      resource: [
        rp({ Service: 'sns.amazonaws.com' }, 'lambda:InvokeFunction', FN_B, {
          Condition: { ArnLike: { 'AWS:SourceArn': `arn:aws:sns:us-east-1:${B}:topic` } },
        }),
      ],
    },
    expect: 'ImplicitlyDenied',
    type: 'resource',
  },
  {
    name: 'service without resource policy',
    principal: service('events.amazonaws.com'),
    action: 'lambda:InvokeFunction',
    resource: FN_B,
    set: {},
    expect: 'ImplicitlyDenied',
    type: 'resource',
  },
];

runEvalCases('evaluate: cross-account, trust and service principals', cases);
