/** Evaluation logic: permissions boundaries, session policies, SCPs, RCPs, VPC endpoint policies, the root user. */
import { GET, OBJ, runEvalCases, type EvalCase } from './eval-cases';
import { ACCOUNT as A, FULL_ACCESS, RCP_FULL, allow, deny, root, session } from '../../support/factory';

const cases: EvalCase[] = [
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
  {
    name: 'SCP data perimeter: aws:ResourceAccount derived from the ARN',
    action: 'lambda:InvokeFunction',
    resource: 'arn:aws:lambda:us-east-1:999988887777:function:f',
    set: {
      identity: [[FULL_ACCESS]],
      scp: [[FULL_ACCESS, deny('*', '*', { Condition: { StringNotEquals: { 'aws:ResourceAccount': [A] } } })]],
    },
    expect: 'ExplicitlyDenied',
    type: 'scp',
  },
  {
    name: 'SCP data perimeter: own-account resource passes',
    action: 'lambda:InvokeFunction',
    resource: `arn:aws:lambda:us-east-1:${A}:function:f`,
    set: {
      identity: [[FULL_ACCESS]],
      scp: [[FULL_ACCESS, deny('*', '*', { Condition: { StringNotEquals: { 'aws:ResourceAccount': [A] } } })]],
    },
    expect: 'Allowed',
  },
  // aws:ResourceAccount exists only when the ARN's fifth part is an account (`arn:`, 12 digits).
  ...(
    [
      // Present, so the Null deny does not apply; cross-account without a resource policy: implicit deny.
      ['another account', 'arn:aws:lambda:us-east-1:999988887777:function:f', 'ImplicitlyDenied', true],
      ['the own account', `arn:aws:lambda:us-east-1:${A}:function:f`, 'Allowed', false],
      // Absent: the Null deny applies, and an unknown resource account is taken as the caller's.
      [
        '12 characters that are not digits',
        'arn:aws:lambda:us-east-1:99998888777x:function:f',
        'ExplicitlyDenied',
        false,
      ],
      ['a text that is not an ARN', 'xrn:aws:lambda:us-east-1:999988887777:function:f', 'ExplicitlyDenied', false],
    ] as const
  ).map(([what, resource, expect, cross]) => ({
    name: `aws:ResourceAccount of ${what} (Null deny when absent)`,
    action: 'lambda:InvokeFunction',
    resource,
    set: {
      identity: [[FULL_ACCESS]],
      scp: [[FULL_ACCESS, deny('*', '*', { Condition: { Null: { 'aws:ResourceAccount': 'true' } } })]],
    },
    expect,
    cross,
    ...(expect === 'ExplicitlyDenied' ? { type: 'scp' as const } : {}),
  })),
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
    // Organizations UG, "RCP evaluation": RCPFullAWSAccess "is automatically attached to the organization root,
    // every OU, and every account … You cannot detach this policy": a level never lacks an Allow.
    name: 'RCP level without an Allow statement does not deny',
    set: {
      identity: [[allow('s3:*')]],
      rcp: [[RCP_FULL], [{ Effect: 'Allow', Principal: '*', Action: 'sqs:*', Resource: '*' }]],
    },
    expect: 'Allowed',
    type: 'identity',
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

runEvalCases('evaluate: boundaries, session policies and organization policies', cases);
