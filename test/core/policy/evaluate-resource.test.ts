/** Evaluation logic: same-account resource-based policies, the documented boundary / session exceptions, principal forms, NotPrincipal. */
import { GET, OBJ, runEvalCases, type EvalCase } from './eval-cases';
import {
  ACCOUNT as A,
  OTHER_ACCOUNT as B,
  allow,
  anonymous,
  deny,
  root,
  session,
  user,
  type Stmt,
} from '../../support/factory';
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

const cases: EvalCase[] = [
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

runEvalCases('evaluate: same-account resource-based policies', cases);
