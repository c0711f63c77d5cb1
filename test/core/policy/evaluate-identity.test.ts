/** Evaluation logic: identity-based policies, conditions, boundaries, session policies, SCPs, RCPs, VPC endpoints. */
import { evaluate } from '../../../lambda/core/policy';
import type { ContextValue, DecisionKind, PolicyType, RequestPrincipal } from '../../../lambda/core/policy';
import { A, FULL_ACCESS, RCP_FULL, allow, buildSet, deny, root, session, user, type SetSpec } from './helpers';

interface Case {
  name: string;
  set: SetSpec;
  action?: string;
  resource?: string;
  principal?: RequestPrincipal;
  context?: Record<string, ContextValue>;
  expect: DecisionKind;
  type?: PolicyType;
}

const OBJ = 'arn:aws:s3:::bucket/key';
const GET = 's3:GetObject';

const cases: Case[] = [
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
  // Permissions boundary
  {
    name: 'identity and boundary allow',
    set: { identity: [[allow('s3:*')]], boundary: [allow('s3:Get*')] },
    expect: 'Allowed',
    type: 'identity',
  },
  {
    name: 'boundary lacks allow',
    set: { identity: [[allow('s3:*')]], boundary: [allow('sqs:*')] },
    expect: 'ImplicitlyDenied',
    type: 'permissions-boundary',
  },
  {
    name: 'boundary allow alone grants nothing',
    set: { identity: [], boundary: [allow('s3:*')] },
    expect: 'ImplicitlyDenied',
    type: 'identity',
  },
  {
    name: 'boundary explicit deny',
    set: { identity: [[allow('s3:*')]], boundary: [FULL_ACCESS, deny(GET)] },
    expect: 'ExplicitlyDenied',
    type: 'permissions-boundary',
  },
  // Session policies
  {
    name: 'identity and session policy allow',
    set: { identity: [[allow('s3:*')]], session: [[allow(GET, OBJ)]] },
    expect: 'Allowed',
  },
  {
    name: 'session policy lacks allow',
    set: { identity: [[allow('s3:*')]], session: [[allow('s3:PutObject')]] },
    expect: 'ImplicitlyDenied',
    type: 'session',
  },
  {
    name: 'any of several session policies may allow',
    set: { identity: [[allow('s3:*')]], session: [[allow('sqs:*')], [allow(GET)]] },
    expect: 'Allowed',
  },
  {
    name: 'session policy explicit deny',
    set: { identity: [[allow('s3:*')]], session: [[FULL_ACCESS, deny('s3:*')]] },
    expect: 'ExplicitlyDenied',
    type: 'session',
  },
  {
    name: 'session policy allow alone grants nothing',
    set: { identity: [], session: [[FULL_ACCESS]] },
    expect: 'ImplicitlyDenied',
    type: 'identity',
  },
  // SCPs
  {
    name: 'every SCP level allows',
    set: { identity: [[allow('s3:*')]], scp: [[FULL_ACCESS], [FULL_ACCESS], [allow('s3:*')]] },
    expect: 'Allowed',
  },
  {
    name: 'one SCP level lacks allow',
    set: { identity: [[allow('s3:*')]], scp: [[FULL_ACCESS], [allow('ec2:*')]] },
    expect: 'ImplicitlyDenied',
    type: 'scp',
  },
  {
    name: 'SCP explicit deny',
    set: { identity: [[allow('s3:*')]], scp: [[FULL_ACCESS, deny('s3:GetObject')]] },
    expect: 'ExplicitlyDenied',
    type: 'scp',
  },
  {
    name: 'SCP allow grants nothing by itself',
    set: { identity: [], scp: [[FULL_ACCESS]] },
    expect: 'ImplicitlyDenied',
    type: 'identity',
  },
  {
    name: 'SCP deny applies to the root user',
    principal: root(A),
    set: { identity: [], scp: [[FULL_ACCESS, deny('s3:*')]] },
    expect: 'ExplicitlyDenied',
    type: 'scp',
  },
  {
    name: 'SCP region deny with StringNotEquals',
    context: { 'aws:RequestedRegion': 'us-west-2' },
    set: {
      identity: [[FULL_ACCESS]],
      scp: [
        [FULL_ACCESS, deny('*', '*', { Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1'] } } })],
      ],
    },
    expect: 'ExplicitlyDenied',
    type: 'scp',
  },
  // RCPs
  {
    name: 'RCP deny outside the organization',
    principal: { ...session(), orgId: 'o-other' },
    set: {
      identity: [[allow('s3:*')]],
      rcp: [
        [
          RCP_FULL,
          {
            Effect: 'Deny',
            Principal: '*',
            Action: 's3:*',
            Resource: '*',
            Condition: { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-mine' } },
          },
        ],
      ],
    },
    expect: 'ExplicitlyDenied',
    type: 'rcp',
  },
  {
    name: 'RCP lets the organization through',
    principal: { ...session(), orgId: 'o-mine' },
    set: {
      identity: [[allow('s3:*')]],
      rcp: [
        [
          RCP_FULL,
          {
            Effect: 'Deny',
            Principal: '*',
            Action: 's3:*',
            Resource: '*',
            Condition: { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-mine' } },
          },
        ],
      ],
    },
    expect: 'Allowed',
  },
  {
    name: 'RCP level without allow',
    set: {
      identity: [[allow('s3:*')]],
      rcp: [[RCP_FULL], [{ Effect: 'Allow', Principal: '*', Action: 'sqs:*', Resource: '*' }]],
    },
    expect: 'ImplicitlyDenied',
    type: 'rcp',
  },
  // VPC endpoint
  {
    name: 'VPC endpoint policy lacks allow',
    set: {
      identity: [[allow('s3:*')]],
      vpc: [{ Effect: 'Allow', Principal: '*', Action: 's3:PutObject', Resource: '*' }],
    },
    expect: 'ImplicitlyDenied',
    type: 'vpc-endpoint',
  },
  {
    name: 'VPC endpoint policy allows',
    set: { identity: [[allow('s3:*')]], vpc: [{ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: '*' }] },
    expect: 'Allowed',
  },
  // Root user
  {
    name: 'root user of the account needs no identity policy',
    principal: root(A),
    set: { identity: [] },
    expect: 'Allowed',
    type: 'identity',
  },
];

describe('evaluate: identity-side layers', () => {
  it.each(cases)('$name → $expect', (c) => {
    const d = evaluate(
      {
        principal: c.principal ?? session(),
        action: c.action ?? GET,
        resource: c.resource ?? OBJ,
        ...(c.context ? { context: c.context } : {}),
      },
      buildSet(c.set),
    );
    expect(d.decision).toBe(c.expect);
    if (c.type) expect(d.decidingType).toBe(c.type);
    if (c.expect === 'ExplicitlyDenied') expect(d.deciding.every((r) => r.effect === 'Deny')).toBe(true);
    if (c.expect === 'Allowed') expect(d.deciding.length > 0 || c.principal?.kind === 'root').toBe(true);
    if (c.expect === 'ImplicitlyDenied') expect(d.deciding).toEqual([]);
  });
});
