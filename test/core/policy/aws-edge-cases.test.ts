/**
 * AWS rules the engine models beyond plain statement matching (issue 11): fail-closed parsing, Allow +
 * NotPrincipal, unresolved variables in NotResource, short Resource ARNs, rules no policy changes, and the
 * mandatory KMS key-policy layer. Sources are cited in lambda/core/policy and docs/engine.md.
 */
import { evaluate, explain, parsePolicy, proposeFix } from '../../../lambda/core/policy';
import type { AuthzRequest, PolicySet, RequestPrincipal } from '../../../lambda/core/policy';
import {
  ACCOUNT as A,
  allow,
  buildSet,
  deny,
  FULL_ACCESS,
  policy,
  session,
  user,
  type Stmt,
} from '../../support/factory';

const req = (principal: RequestPrincipal, action: string, resource: string, context = {}): AuthzRequest => ({
  principal,
  action,
  resource,
  context,
});
const caller = session(A, 'app', 'fn');
const queue = `arn:aws:sqs:us-east-1:${A}:q1`;
const topic = `arn:aws:sns:us-east-1:${A}:t1`;

describe('malformed statements fail closed (never match all)', () => {
  it.each<[string, Stmt]>([
    [
      'Principal as a bare ARN string',
      { Effect: 'Allow', Principal: `arn:aws:iam::${A}:role/app`, Action: '*', Resource: '*' },
    ],
    ['unknown principal type', { Effect: 'Allow', Principal: { AWZ: A }, Action: '*', Resource: '*' }],
    ['NotAction of the wrong type', { Effect: 'Allow', Principal: '*', NotAction: 5, Resource: '*' }],
    ['NotAction with a non-string entry', { Effect: 'Allow', Principal: '*', NotAction: ['iam:*', 7], Resource: '*' }],
    ['empty NotAction', { Effect: 'Allow', Principal: '*', NotAction: [], Resource: '*' }],
    ['empty NotResource', { Effect: 'Allow', Principal: '*', Action: '*', NotResource: [] }],
    ['NotResource that is not an ARN', { Effect: 'Allow', Principal: '*', Action: '*', NotResource: 'arn:aws:sns' }],
    [
      'Condition that is not an object',
      { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*', Condition: 'x' },
    ],
    [
      'operator block that is not an object',
      { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*', Condition: { StringEquals: 'x' } },
    ],
    [
      'condition value of the wrong type',
      { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*', Condition: { StringEquals: { 'aws:x': [{}] } } },
    ],
    [
      'misspelled element (Condtion) that would drop a condition',
      {
        Effect: 'Allow',
        Principal: '*',
        Action: '*',
        Resource: '*',
        Condtion: { Bool: { 'aws:SecureTransport': 'true' } },
      },
    ],
    ['empty NotPrincipal', { Effect: 'Allow', NotPrincipal: {}, Action: '*', Resource: '*' }],
  ])('%s: parse error, statement invalid, grants nothing', (_name, statement) => {
    const parsed = parsePolicy({ Version: '2012-10-17', Statement: [statement] }, { type: 'resource', name: 'r' });
    expect(parsed.problems.some((p) => p.severity === 'error')).toBe(true);
    expect(parsed.statements[0].invalid).toBe(true);
    const d = evaluate(req(caller, 'sqs:SendMessage', queue), {
      identity: [],
      resource: policy('resource', [statement]),
    });
    expect(d.decision).toBe('ImplicitlyDenied');
  });
});

describe('Allow with NotPrincipal never grants a caller it names', () => {
  const role = `arn:aws:iam::${A}:role/app`;
  it.each<[string, unknown, string]>([
    ['names the session', { AWS: caller.arn }, 'ImplicitlyDenied'],
    ['names the role', { AWS: role }, 'ImplicitlyDenied'],
    ['names the account', { AWS: A }, 'ImplicitlyDenied'],
    ['names everyone', '*', 'ImplicitlyDenied'],
    ['names someone else', { AWS: `arn:aws:iam::${A}:role/other` }, 'Allowed'],
  ])('NotPrincipal %s → %s', (_name, notPrincipal, expected) => {
    const set = buildSet({
      resource: [{ Effect: 'Allow', NotPrincipal: notPrincipal, Action: 'sqs:*', Resource: '*' }],
    });
    expect(evaluate(req(caller, 'sqs:SendMessage', queue), set).decision).toBe(expected);
  });

  it('is reported as unsupported', () => {
    const parsed = parsePolicy(
      { Version: '2012-10-17', Statement: [{ Effect: 'Allow', NotPrincipal: { AWS: A }, Action: '*', Resource: '*' }] },
      { type: 'resource', name: 'r' },
    );
    expect(parsed.problems.map((p) => p.message).join()).toContain('NotPrincipal with "Allow" is not supported');
  });
});

describe('unresolved policy variables never invert into a match', () => {
  const noTag = session(A, 'app', 'fn');
  const tagged: RequestPrincipal = { ...noTag, tags: { team: 'blue' } };
  const home = 'arn:aws:s3:::home/${aws:PrincipalTag/team}/*';
  const other = 'arn:aws:s3:::home/red/x';
  it.each<[string, PolicySet, RequestPrincipal, string]>([
    [
      'Allow NotResource, variable unresolved',
      buildSet({ identity: [[{ Effect: 'Allow', Action: 's3:*', NotResource: home }]] }),
      noTag,
      'ImplicitlyDenied',
    ],
    [
      'Allow NotResource, variable resolved, outside',
      buildSet({ identity: [[{ Effect: 'Allow', Action: 's3:*', NotResource: home }]] }),
      tagged,
      'Allowed',
    ],
    [
      'Allow Resource, variable unresolved',
      buildSet({ identity: [[allow('s3:*', 'arn:aws:s3:::home/${aws:PrincipalTag/team}/*')]] }),
      noTag,
      'ImplicitlyDenied',
    ],
    [
      'Deny NotResource, variable unresolved: the deny does not apply',
      buildSet({ identity: [[FULL_ACCESS, { Effect: 'Deny', Action: 's3:*', NotResource: home }]] }),
      noTag,
      'Allowed',
    ],
    [
      'Deny NotResource, variable resolved, outside: denied',
      buildSet({ identity: [[FULL_ACCESS, { Effect: 'Deny', Action: 's3:*', NotResource: home }]] }),
      tagged,
      'ExplicitlyDenied',
    ],
    [
      'negated condition with an unresolved variable is false (Deny does not apply)',
      buildSet({
        identity: [
          [
            FULL_ACCESS,
            deny('s3:*', '*', { Condition: { StringNotEquals: { 's3:prefix': '${aws:PrincipalTag/team}' } } }),
          ],
        ],
      }),
      noTag,
      'Allowed',
    ],
  ])('%s', (_name, set, principal, expected) => {
    const r = req(principal, 's3:GetObject', other, { 's3:prefix': 'red' });
    expect(evaluate(r, set).decision).toBe(expected);
  });
});

describe('Resource ARNs with fewer than six parts', () => {
  it.each<[string, Stmt, string, string]>([
    ['arn:aws:sqs:* matches a queue', allow('sqs:*', 'arn:aws:sqs:*'), queue, 'Allowed'],
    ['arn:aws:sqs:* does not match a topic', allow('sns:*', 'arn:aws:sqs:*'), topic, 'ImplicitlyDenied'],
    ['arn:* matches any ARN', allow('sns:*', 'arn:*'), topic, 'Allowed'],
    ['arn:aws:s3:::* matches an object', allow('s3:*', 'arn:aws:s3:::*'), 'arn:aws:s3:::b/k', 'Allowed'],
    [
      'NotResource arn:aws:sqs:* excludes queues',
      { Effect: 'Allow', Action: '*', NotResource: 'arn:aws:sqs:*' },
      queue,
      'ImplicitlyDenied',
    ],
    [
      'NotResource arn:aws:sqs:* keeps topics',
      { Effect: 'Allow', Action: '*', NotResource: 'arn:aws:sqs:*' },
      topic,
      'Allowed',
    ],
    ['arn:aws:sqs without a wildcard is invalid', allow('sqs:*', 'arn:aws:sqs'), queue, 'ImplicitlyDenied'],
  ])('%s', (_name, statement, resource, expected) => {
    const action = resource.includes(':sqs:')
      ? 'sqs:SendMessage'
      : resource.includes(':sns:')
        ? 'sns:Publish'
        : 's3:GetObject';
    expect(evaluate(req(caller, action, resource), buildSet({ identity: [[statement]] })).decision).toBe(expected);
  });
});

describe('rules no policy changes', () => {
  const slr = session(A, 'AWSServiceRoleForSSO', 'sso', '/aws-service-role/sso.amazonaws.com/');
  const sso = `arn:aws:iam::${A}:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_Admin_1`;
  const denyAll = buildSet({ identity: [[deny('*')]] });
  const full = buildSet({ identity: [[FULL_ACCESS]] });
  it.each<[string, RequestPrincipal, string, string, PolicySet, string, string | undefined]>([
    [
      'GetCallerIdentity despite an explicit deny',
      caller,
      'sts:GetCallerIdentity',
      '*',
      denyAll,
      'Allowed',
      'always-allowed',
    ],
    [
      'GetCallerIdentity with no policy at all',
      caller,
      'sts:GetCallerIdentity',
      '*',
      { identity: [] },
      'Allowed',
      'always-allowed',
    ],
    [
      'GetSessionToken by a user despite a deny',
      user(),
      'sts:GetSessionToken',
      '*',
      denyAll,
      'Allowed',
      'always-allowed',
    ],
    [
      'AssumeRole is not always allowed',
      caller,
      'sts:AssumeRole',
      `arn:aws:iam::${A}:role/x`,
      denyAll,
      'ExplicitlyDenied',
      undefined,
    ],
    [
      'changing an AWS managed policy',
      caller,
      'iam:CreatePolicyVersion',
      'arn:aws:iam::aws:policy/AdministratorAccess',
      full,
      'ImplicitlyDenied',
      'aws-protected',
    ],
    [
      'reading an AWS managed policy',
      caller,
      'iam:GetPolicyVersion',
      'arn:aws:iam::aws:policy/AdministratorAccess',
      full,
      'Allowed',
      undefined,
    ],
    ['changing an aws-reserved role', caller, 'iam:PutRolePolicy', sso, full, 'ImplicitlyDenied', 'aws-protected'],
    ['the service-linked role changes aws-reserved roles', slr, 'iam:PutRolePolicy', sso, full, 'Allowed', undefined],
    [
      'creating an alias/aws/ alias',
      caller,
      'kms:CreateAlias',
      `arn:aws:kms:us-east-1:${A}:alias/aws/s3`,
      full,
      'ImplicitlyDenied',
      'aws-protected',
    ],
    [
      'creating an own alias',
      caller,
      'kms:CreateAlias',
      `arn:aws:kms:us-east-1:${A}:alias/mine`,
      full,
      'Allowed',
      undefined,
    ],
  ])('%s', (_name, principal, action, resource, set, expected, rule) => {
    const d = evaluate(req(principal, action, resource), set);
    expect(d.decision).toBe(expected);
    expect(d.awsRule?.kind).toBe(rule);
  });

  it('explains and refuses to fix a protected resource', () => {
    const r = req(caller, 'iam:CreatePolicyVersion', 'arn:aws:iam::aws:policy/AdministratorAccess');
    const d = evaluate(r, full);
    expect(explain(r, d).sentence).toContain('is an AWS managed policy: only AWS can change it');
    expect(d.reasons.at(-1)).toContain('Denied whatever the policies say');
    expect(proposeFix(r, d).kind).toBe('none');
  });
});

describe('KMS key policy as a required layer', () => {
  const key = `arn:aws:kms:us-east-1:${A}:key/1234`;
  const delegate: Stmt = {
    Effect: 'Allow',
    Principal: { AWS: `arn:aws:iam::${A}:root` },
    Action: 'kms:*',
    Resource: '*',
  };
  const identity = [policy('identity', [allow('kms:Decrypt')])];
  it.each<[string, PolicySet, string]>([
    ['required, none supplied, identity allows: denied', { identity, keyPolicyRequired: true }, 'ImplicitlyDenied'],
    [
      'required, delegating key policy: allowed',
      { identity, keyPolicyRequired: true, resource: policy('resource', [delegate]) },
      'Allowed',
    ],
    [
      'supplied key policy allowing nothing: denied',
      { identity, resource: policy('resource', [deny('kms:Encrypt', '*', { Principal: '*' })]) },
      'ImplicitlyDenied',
    ],
    ['unknown key policy (flag unset): other layers decide', { identity }, 'Allowed'],
  ])('%s', (_name, set, expected) => {
    const d = evaluate(req(caller, 'kms:Decrypt', key), set);
    expect(d.decision).toBe(expected);
    if (expected === 'ImplicitlyDenied') {
      expect(d.decidingType).toBe('resource');
      expect(d.layers.find((l) => l.type === 'resource')?.outcome).toBe('no-allow');
    }
  });
});
