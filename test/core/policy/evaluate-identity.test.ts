/** Evaluation logic: identity-based policies — Action/NotAction, Resource/NotResource, Deny, conditions and context. */
import { evaluate, parsePolicy } from '../../../lambda/core/policy';
import { GET, OBJ, runEvalCases, type EvalCase } from './eval-cases';
import { ACCOUNT as A, FULL_ACCESS, allow, deny, policy, user } from '../../support/factory';

const cases: EvalCase[] = [
  // Action / NotAction
  { name: 'exact action and resource', set: { identity: [[allow(GET, OBJ)]] }, expect: 'Allowed', type: 'identity' },
  {
    name: 'action match is case-insensitive',
    set: { identity: [[allow('S3:getobject', OBJ)]] },
    action: 's3:GETOBJECT',
    expect: 'Allowed',
  },
  { name: 'action * wildcard', set: { identity: [[allow('s3:Get*', OBJ)]] }, expect: 'Allowed' },
  {
    name: 'action * wildcard does not match other verbs',
    set: { identity: [[allow('s3:Get*', OBJ)]] },
    action: 's3:PutObject',
    expect: 'ImplicitlyDenied',
    type: 'identity',
  },
  { name: 'action ? wildcard', set: { identity: [[allow('s3:GetObjec?', OBJ)]] }, expect: 'Allowed' },
  { name: 'Action "*"', set: { identity: [[allow('*', '*')]] }, action: 'ec2:RunInstances', expect: 'Allowed' },
  {
    name: 'action list, second entry matches',
    set: { identity: [[allow(['s3:PutObject', 's3:GetObject'], OBJ)]] },
    expect: 'Allowed',
  },
  {
    name: 'other service prefix never matches',
    set: { identity: [[allow('s3:*', '*')]] },
    action: 'sqs:SendMessage',
    expect: 'ImplicitlyDenied',
  },
  {
    name: 'NotAction allows everything else',
    set: { identity: [[{ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }]] },
    expect: 'Allowed',
  },
  {
    name: 'NotAction excludes the listed action',
    set: { identity: [[{ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }]] },
    action: 'iam:CreateUser',
    expect: 'ImplicitlyDenied',
  },
  // Resource / NotResource
  {
    name: 'resource mismatch',
    set: { identity: [[allow(GET, 'arn:aws:s3:::other/*')]] },
    expect: 'ImplicitlyDenied',
    type: 'identity',
  },
  {
    name: 'resource match is case-sensitive',
    set: { identity: [[allow(GET, 'arn:aws:s3:::Bucket/*')]] },
    expect: 'ImplicitlyDenied',
  },
  {
    name: 'resource wildcard path',
    set: { identity: [[allow(GET, 'arn:aws:s3:::bucket/*')]] },
    resource: 'arn:aws:s3:::bucket/a/b/c',
    expect: 'Allowed',
  },
  {
    name: 'NotResource allows other resources',
    set: { identity: [[{ Effect: 'Allow', Action: GET, NotResource: 'arn:aws:s3:::secret/*' }]] },
    expect: 'Allowed',
  },
  {
    name: 'NotResource excludes listed resources',
    set: { identity: [[{ Effect: 'Allow', Action: GET, NotResource: 'arn:aws:s3:::bucket/*' }]] },
    expect: 'ImplicitlyDenied',
  },
  {
    name: 'lambda ARN segments',
    set: { identity: [[allow('lambda:InvokeFunction', `arn:aws:lambda:*:${A}:function:app-*`)]] },
    action: 'lambda:InvokeFunction',
    resource: `arn:aws:lambda:eu-west-1:${A}:function:app-x`,
    expect: 'Allowed',
  },
  // Deny
  {
    name: 'deny beats allow in the same policy',
    set: { identity: [[allow('s3:*'), deny(GET, OBJ)]] },
    expect: 'ExplicitlyDenied',
    type: 'identity',
  },
  {
    name: 'deny in another identity policy',
    set: { identity: [[allow('s3:*')], [deny('s3:Get*')]] },
    expect: 'ExplicitlyDenied',
    type: 'identity',
  },
  {
    name: 'deny with NotAction denies other services',
    set: { identity: [[FULL_ACCESS, { Effect: 'Deny', NotAction: 's3:*', Resource: '*' }]] },
    action: 'ec2:RunInstances',
    expect: 'ExplicitlyDenied',
  },
  {
    name: 'deny with NotAction spares listed service',
    set: { identity: [[FULL_ACCESS, { Effect: 'Deny', NotAction: 's3:*', Resource: '*' }]] },
    expect: 'Allowed',
  },
  {
    name: 'deny on other resource does not apply',
    set: { identity: [[allow('s3:*'), deny('s3:*', 'arn:aws:s3:::secret/*')]] },
    expect: 'Allowed',
  },
  { name: 'no identity policy at all', set: {}, expect: 'ImplicitlyDenied', type: 'identity' },
  // Conditions and context
  {
    name: 'principal tag condition met',
    principal: user(A, 'alice', { team: 'blue' }),
    set: { identity: [[allow(GET, OBJ, { Condition: { StringEquals: { 'aws:PrincipalTag/team': 'blue' } } })]] },
    expect: 'Allowed',
  },
  {
    name: 'principal tag condition not met',
    principal: user(A, 'alice', { team: 'red' }),
    set: { identity: [[allow(GET, OBJ, { Condition: { StringEquals: { 'aws:PrincipalTag/team': 'blue' } } })]] },
    expect: 'ImplicitlyDenied',
  },
  {
    name: 'request context key (IpAddress)',
    context: { 'aws:SourceIp': '10.1.2.3' },
    set: { identity: [[allow(GET, OBJ, { Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } })]] },
    expect: 'Allowed',
  },
  {
    name: 'context keys are case-insensitive',
    context: { 'AWS:SOURCEIP': '10.1.2.3' },
    set: { identity: [[allow(GET, OBJ, { Condition: { IpAddress: { 'aws:sourceip': '10.0.0.0/8' } } })]] },
    expect: 'Allowed',
  },
  {
    name: 'missing context key fails a positive condition',
    set: { identity: [[allow(GET, OBJ, { Condition: { IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } } })]] },
    expect: 'ImplicitlyDenied',
  },
  {
    name: 'MFA deny applies when MFA is false',
    context: { 'aws:MultiFactorAuthPresent': 'false' },
    set: {
      identity: [
        [allow('s3:*'), deny('s3:*', '*', { Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } })],
      ],
    },
    expect: 'ExplicitlyDenied',
  },
  {
    name: 'MFA deny skipped when MFA is true',
    context: { 'aws:MultiFactorAuthPresent': 'true' },
    set: {
      identity: [
        [allow('s3:*'), deny('s3:*', '*', { Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } })],
      ],
    },
    expect: 'Allowed',
  },
  {
    name: 'aws:PrincipalArn of a session is its role ARN',
    set: {
      identity: [[allow(GET, OBJ, { Condition: { ArnEquals: { 'aws:PrincipalArn': `arn:aws:iam::${A}:role/app` } } })]],
    },
    expect: 'Allowed',
  },
  {
    name: 'aws:PrincipalAccount derived',
    set: { identity: [[allow(GET, OBJ, { Condition: { StringEquals: { 'aws:PrincipalAccount': A } } })]] },
    expect: 'Allowed',
  },
  {
    name: 'request context overrides derived keys',
    context: { 'aws:PrincipalAccount': '999999999999' },
    set: { identity: [[allow(GET, OBJ, { Condition: { StringEquals: { 'aws:PrincipalAccount': A } } })]] },
    expect: 'ImplicitlyDenied',
  },
  {
    name: 'policy variable ${aws:username} in resource',
    principal: user(A, 'alice'),
    resource: 'arn:aws:s3:::home/alice/f',
    set: { identity: [[allow(GET, 'arn:aws:s3:::home/${aws:username}/*')]] },
    expect: 'Allowed',
  },
  {
    name: 'policy variable resolves to the caller only',
    principal: user(A, 'bob'),
    resource: 'arn:aws:s3:::home/alice/f',
    set: { identity: [[allow(GET, 'arn:aws:s3:::home/${aws:username}/*')]] },
    expect: 'ImplicitlyDenied',
  },
  {
    name: 'unknown operator: allow never matches',
    set: { identity: [[allow(GET, OBJ, { Condition: { StringEqualz: { 'aws:PrincipalAccount': A } } })]] },
    expect: 'ImplicitlyDenied',
  },
  {
    name: 'unknown operator: deny never matches',
    set: {
      identity: [[allow(GET, OBJ), deny(GET, OBJ, { Condition: { StringEqualz: { 'aws:PrincipalAccount': A } } })]],
    },
    expect: 'Allowed',
  },
  {
    name: 'statement without Effect is ignored',
    set: { identity: [[{ Action: GET, Resource: OBJ }]] },
    expect: 'ImplicitlyDenied',
  },
];

runEvalCases('evaluate: identity-based policies', cases);

describe('evaluate: policy variables depend on Version', () => {
  const doc = [allow(GET, 'arn:aws:s3:::home/${aws:username}/*')];
  it.each([
    ['2012-10-17', 'arn:aws:s3:::home/alice/f', 'Allowed'],
    ['2008-10-17', 'arn:aws:s3:::home/alice/f', 'ImplicitlyDenied'],
    [null, 'arn:aws:s3:::home/alice/f', 'ImplicitlyDenied'],
    ['2008-10-17', 'arn:aws:s3:::home/${aws:username}/f', 'Allowed'],
  ] as const)('Version %s, resource %s → %s', (version, resource, expected) => {
    const d = evaluate(
      { principal: user(A, 'alice'), action: GET, resource },
      { identity: [policy('identity', doc, version)] },
    );
    expect(d.decision).toBe(expected);
  });
});

describe('evaluate: hand-built CompiledPolicy', () => {
  it('compiles a `{ parsed }` object on first use', () => {
    const parsed = parsePolicy(
      { Version: '2012-10-17', Statement: [allow(GET, OBJ)] },
      { type: 'identity', name: 'p' },
    );
    const d = evaluate({ principal: user(), action: GET, resource: OBJ }, { identity: [{ parsed }] });
    expect(d.decision).toBe('Allowed');
    expect(d.deciding[0].policy.name).toBe('p');
  });
});

describe('evaluate: untyped context values', () => {
  it('compares numbers and booleans by their string form', () => {
    const st = allow(GET, OBJ, {
      Condition: { NumericLessThan: { 's3:max-keys': '10' }, Bool: { 'aws:SecureTransport': 'true' } },
    });
    const context = { 's3:max-keys': 5, 'aws:SecureTransport': true } as unknown as Record<string, string>;
    const d = evaluate(
      { principal: user(), action: GET, resource: OBJ, context },
      { identity: [policy('identity', [st])] },
    );
    expect(d.decision).toBe('Allowed');
  });
});
