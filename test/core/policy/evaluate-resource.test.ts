/**
 * Evaluation logic: resource-based and trust policies, same- vs cross-account, the documented
 * boundary / session exceptions, principal forms and NotPrincipal.
 */
import { evaluate } from '../../../lambda/core/policy';
import type { ContextValue, DecisionKind, PolicyType, RequestPrincipal } from '../../../lambda/core/policy';
import {
  A,
  B,
  allow,
  anonymous,
  buildSet,
  deny,
  root,
  service,
  session,
  user,
  type SetSpec,
  type Stmt,
} from './helpers';

interface Case {
  name: string;
  set: SetSpec;
  action?: string;
  resource?: string;
  resourceAccount?: string;
  principal?: RequestPrincipal;
  context?: Record<string, ContextValue>;
  expect: DecisionKind;
  type?: PolicyType;
  cross?: boolean;
}

const OBJ = 'arn:aws:s3:::bucket/key';
const GET = 's3:GetObject';
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

const cases: Case[] = [
  // Same account: resource policy alone
  {
    name: 'resource policy names the session',
    set: { resource: [rp({ AWS: SESSION_ARN })] },
    expect: 'Allowed',
    type: 'resource',
  },
  {
    name: 'resource policy names the role',
    set: { resource: [rp({ AWS: ROLE_ARN })] },
    expect: 'Allowed',
    type: 'resource',
  },
  {
    name: 'role ARN with path matches a session of that role',
    principal: session(A, 'app', 'fn', '/svc/'),
    set: { resource: [rp({ AWS: `arn:aws:iam::${A}:role/svc/app` })] },
    expect: 'Allowed',
  },
  {
    name: 'resource policy names another role',
    set: { resource: [rp({ AWS: `arn:aws:iam::${A}:role/other` })] },
    expect: 'ImplicitlyDenied',
    type: 'identity',
  },
  {
    name: 'resource policy names another session of the role',
    set: { resource: [rp({ AWS: `arn:aws:sts::${A}:assumed-role/app/other` })] },
    expect: 'ImplicitlyDenied',
  },
  {
    name: 'resource policy names the user',
    principal: user(),
    set: { resource: [rp({ AWS: `arn:aws:iam::${A}:user/alice` })] },
    expect: 'Allowed',
    type: 'resource',
  },
  {
    name: 'resource policy names another user',
    principal: user(),
    set: { resource: [rp({ AWS: `arn:aws:iam::${A}:user/bob` })] },
    expect: 'ImplicitlyDenied',
  },
  { name: 'Principal "*"', set: { resource: [rp('*')] }, expect: 'Allowed', type: 'resource' },
  { name: 'Principal {"AWS":"*"}', set: { resource: [rp({ AWS: '*' })] }, expect: 'Allowed' },
  {
    name: 'account root delegates to identity policies',
    set: { resource: [rp({ AWS: `arn:aws:iam::${A}:root` })] },
    expect: 'ImplicitlyDenied',
    type: 'identity',
  },
  {
    name: 'account ID delegates to identity policies',
    set: { resource: [rp({ AWS: A })] },
    expect: 'ImplicitlyDenied',
    type: 'identity',
  },
  {
    name: 'account root + identity allow',
    set: { identity: [[allow(GET)]], resource: [rp({ AWS: `arn:aws:iam::${A}:root` })] },
    expect: 'Allowed',
    type: 'identity',
  },
  {
    name: 'identity allow, resource policy silent (same account)',
    set: { identity: [[allow(GET)]], resource: [rp({ AWS: `arn:aws:iam::${A}:role/other` })] },
    expect: 'Allowed',
    type: 'identity',
  },
  {
    name: 'resource policy deny beats identity allow',
    set: { identity: [[allow(GET)]], resource: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: OBJ }] },
    expect: 'ExplicitlyDenied',
    type: 'resource',
  },
  {
    name: 'resource policy condition not met',
    context: { 'aws:SourceVpce': 'vpce-2' },
    set: { resource: [rp('*', GET, OBJ, { Condition: { StringEquals: { 'aws:SourceVpce': 'vpce-1' } } })] },
    expect: 'ImplicitlyDenied',
  },
  // Documented exceptions: boundaries and session policies
  {
    name: 'role ARN grant is limited by the boundary',
    set: { resource: [rp({ AWS: ROLE_ARN })], boundary: [allow('sqs:*')] },
    expect: 'ImplicitlyDenied',
    type: 'permissions-boundary',
  },
  {
    name: 'role ARN grant passes a boundary that allows',
    set: { resource: [rp({ AWS: ROLE_ARN })], boundary: [allow('s3:*')] },
    expect: 'Allowed',
    type: 'resource',
  },
  {
    name: 'session ARN grant is not limited by the boundary',
    set: { resource: [rp({ AWS: SESSION_ARN })], boundary: [allow('sqs:*')] },
    expect: 'Allowed',
    type: 'resource',
  },
  {
    name: 'user ARN grant is not limited by the boundary',
    principal: user(),
    set: { resource: [rp({ AWS: `arn:aws:iam::${A}:user/alice` })], boundary: [allow('sqs:*')] },
    expect: 'Allowed',
  },
  {
    name: 'role ARN grant is limited by the session policy',
    set: { resource: [rp({ AWS: ROLE_ARN })], session: [[allow('sqs:*')]] },
    expect: 'ImplicitlyDenied',
    type: 'session',
  },
  {
    name: 'session ARN grant is not limited by the session policy',
    set: { resource: [rp({ AWS: SESSION_ARN })], session: [[allow('sqs:*')]] },
    expect: 'Allowed',
  },
  {
    name: 'boundary deny still wins over a session ARN grant',
    set: { resource: [rp({ AWS: SESSION_ARN })], boundary: [allow('*'), deny('s3:*')] },
    expect: 'ExplicitlyDenied',
    type: 'permissions-boundary',
  },
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
  // Root and anonymous
  {
    name: 'root cross-account needs the resource policy',
    principal: root(A),
    resource: FN_B,
    action: 'lambda:InvokeFunction',
    set: {},
    expect: 'ImplicitlyDenied',
    type: 'resource',
    cross: true,
  },
  { name: 'anonymous with a public policy', principal: anonymous, set: { resource: [rp('*')] }, expect: 'Allowed' },
  {
    name: 'anonymous and an account principal',
    principal: anonymous,
    set: { resource: [rp({ AWS: A })] },
    expect: 'ImplicitlyDenied',
    type: 'resource',
  },
  // NotPrincipal
  {
    name: 'Deny NotPrincipal listing session, role and account spares the caller',
    set: {
      identity: [[allow(GET)]],
      resource: [
        {
          Effect: 'Deny',
          NotPrincipal: { AWS: [SESSION_ARN, ROLE_ARN, `arn:aws:iam::${A}:root`] },
          Action: 's3:*',
          Resource: '*',
        },
      ],
    },
    expect: 'Allowed',
  },
  {
    name: 'Deny NotPrincipal without the account denies the caller',
    set: {
      identity: [[allow(GET)]],
      resource: [{ Effect: 'Deny', NotPrincipal: { AWS: [SESSION_ARN, ROLE_ARN] }, Action: 's3:*', Resource: '*' }],
    },
    expect: 'ExplicitlyDenied',
    type: 'resource',
  },
  {
    name: 'Deny NotPrincipal listing user and account spares the user',
    principal: user(),
    set: {
      identity: [[allow(GET)]],
      resource: [
        { Effect: 'Deny', NotPrincipal: { AWS: [`arn:aws:iam::${A}:user/alice`, A] }, Action: 's3:*', Resource: '*' },
      ],
    },
    expect: 'Allowed',
  },
  {
    name: 'Deny NotPrincipal always denies a caller with a boundary',
    set: {
      identity: [[allow(GET)]],
      boundary: [allow('*')],
      resource: [{ Effect: 'Deny', NotPrincipal: { AWS: [SESSION_ARN, ROLE_ARN, A] }, Action: 's3:*', Resource: '*' }],
    },
    expect: 'ExplicitlyDenied',
    type: 'resource',
  },
  {
    name: 'Allow NotPrincipal grants everyone else',
    set: {
      resource: [{ Effect: 'Allow', NotPrincipal: { AWS: `arn:aws:iam::${A}:user/bob` }, Action: GET, Resource: OBJ }],
    },
    expect: 'Allowed',
    type: 'resource',
  },
];

describe('evaluate: resource-based and trust policies', () => {
  it.each(cases)('$name → $expect', (c) => {
    const d = evaluate(
      {
        principal: c.principal ?? session(),
        action: c.action ?? GET,
        resource: c.resource ?? OBJ,
        ...(c.resourceAccount ? { resourceAccount: c.resourceAccount } : {}),
        ...(c.context ? { context: c.context } : {}),
      },
      buildSet(c.set),
    );
    expect(d.decision).toBe(c.expect);
    if (c.type) expect(d.decidingType).toBe(c.type);
    if (c.cross !== undefined) expect(d.crossAccount).toBe(c.cross);
  });
});
