/**
 * AWS's documented examples: Organizations SCPs and RCPs (who and what they do not restrict) and KMS key
 * policies (the key policy must allow; cross-account use).
 * One row per documented example; every row names the page and section it comes from. Policies and
 * names are the documented ones where the page gives them, otherwise the smallest set stating the rule.
 */
import { evaluate } from '../../../lambda/core/policy';
import { A, KEY, KMS, OBJ, RCP, SCP, exampleUser, grant, runDocRows, slr, type DocRow } from './docs-examples-fixtures';
import { FULL_ACCESS, RCP_FULL, allow, buildSet, deny, root, session, user } from '../../support/factory';

const SLR_ARN = `arn:aws:iam::${A}:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS`;

const rows: DocRow[] = [
  // ---------------------------------------------------------------- SCPs
  {
    doc: `${SCP} › Tasks and entities not restricted by SCPs (service-linked roles)`,
    name: 'an SCP without an Allow does not restrict a service-linked role',
    principal: slr,
    action: 'ecs:DescribeClusters',
    resource: '*',
    set: { identity: [[allow('ecs:Describe*')]], scp: [[allow('s3:*')]] },
    expect: 'Allowed',
    type: 'identity',
  },
  {
    doc: `${SCP} › Tasks and entities not restricted by SCPs (service-linked roles)`,
    name: 'an SCP Deny does not restrict a service-linked role',
    principal: slr,
    action: 'ecs:DescribeClusters',
    resource: '*',
    set: { identity: [[allow('ecs:Describe*')]], scp: [[FULL_ACCESS, deny('ecs:*')]] },
    expect: 'Allowed',
  },
  {
    doc: `${SCP} › Tasks and entities not restricted by SCPs (service-linked roles)`,
    name: 'the role itself (not a session) is exempt too',
    principal: { kind: 'role', arn: SLR_ARN, accountId: A },
    action: 'ecs:DescribeClusters',
    resource: '*',
    set: { identity: [[allow('ecs:Describe*')]], scp: [[FULL_ACCESS, deny('ecs:*')]] },
    expect: 'Allowed',
  },
  {
    doc: `${SCP} › SCP effects on permissions (only service-linked roles are exempt)`,
    name: 'an ordinary service role (path /service-role/) is restricted',
    principal: session(A, 'my-ecs-task-role', 'task', '/service-role/'),
    action: 'ecs:DescribeClusters',
    resource: '*',
    set: { identity: [[allow('ecs:Describe*')]], scp: [[FULL_ACCESS, deny('ecs:*')]] },
    expect: 'ExplicitlyDenied',
    type: 'scp',
  },
  {
    doc: `${SCP} › SCP effects on permissions (root user of member accounts)`,
    name: 'SCPs restrict the root user of a member account',
    principal: root(A),
    resource: OBJ,
    set: { identity: [], scp: [[FULL_ACCESS, deny('s3:*')]] },
    expect: 'ExplicitlyDenied',
    type: 'scp',
  },
  {
    doc: `${SCP} › SCP effects on permissions (resource-based grants to member-account principals)`,
    name: 'a bucket policy naming the user does not bypass the SCP',
    principal: exampleUser,
    resource: OBJ,
    set: { identity: [], resource: [grant({ AWS: `arn:aws:iam::${A}:user/exampleuser` })], scp: [[allow('ec2:*')]] },
    expect: 'ImplicitlyDenied',
    type: 'scp',
  },
  {
    doc: `${SCP} › SCP effects on permissions (only IAM users and roles of member accounts)`,
    name: 'SCPs do not restrict an AWS service principal',
    principal: { kind: 'service', arn: 'sns.amazonaws.com' },
    action: 'sqs:SendMessage',
    resource: `arn:aws:sqs:us-east-1:${A}:queue`,
    set: {
      identity: [],
      resource: [
        { Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: '*' },
      ],
      scp: [[deny('*')]],
    },
    expect: 'Allowed',
    type: 'resource',
  },
  // ---------------------------------------------------------------- RCPs
  {
    doc: `${RCP} › RCP effects on permissions (includes root users)`,
    name: 'an RCP Deny applies to the root user',
    principal: root(A),
    resource: OBJ,
    set: { identity: [], rcp: [[RCP_FULL, { ...deny('s3:*'), Principal: '*' }]] },
    expect: 'ExplicitlyDenied',
    type: 'rcp',
  },
  {
    doc: `${RCP} › RCP effects on permissions (external principals)`,
    name: 'an RCP applies to principals outside the organization',
    principal: user('444455556666', 'partner'),
    resource: OBJ,
    resourceAccount: A,
    set: {
      identity: [[allow('s3:*')]],
      resource: [grant({ AWS: 'arn:aws:iam::444455556666:root' })],
      rcp: [
        [
          RCP_FULL,
          {
            Effect: 'Deny',
            Principal: '*',
            Action: 's3:*',
            Resource: '*',
            Condition: { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-123' } },
          },
        ],
      ],
    },
    expect: 'ExplicitlyDenied',
    type: 'rcp',
  },
  {
    doc: `${RCP} › RCP effects on permissions (no permissions are granted by an RCP)`,
    name: 'an RCP that allows everything grants nothing',
    resource: OBJ,
    set: { identity: [], rcp: [[RCP_FULL]] },
    expect: 'ImplicitlyDenied',
    type: 'identity',
  },
  {
    doc: `${RCP} › Resources and entities not restricted by RCPs (service-linked roles)`,
    name: 'an RCP Deny does not restrict calls made by a service-linked role',
    principal: slr,
    resource: OBJ,
    set: { identity: [[allow('s3:*')]], rcp: [[RCP_FULL, { ...deny('s3:*'), Principal: '*' }]] },
    expect: 'Allowed',
  },
  {
    doc: `${RCP} › Resources and entities not restricted by RCPs (service-linked role trust policy)`,
    name: 'a service assuming its service-linked role is not restricted by RCPs',
    principal: { kind: 'service', arn: 'ecs.amazonaws.com' },
    action: 'sts:AssumeRole',
    resource: `arn:aws:iam::${A}:role/aws-service-role/ecs.amazonaws.com/AWSServiceRoleForECS`,
    set: {
      identity: [],
      trust: [{ Effect: 'Allow', Principal: { Service: 'ecs.amazonaws.com' }, Action: 'sts:AssumeRole' }],
      rcp: [[RCP_FULL, { ...deny('sts:*'), Principal: '*' }]],
    },
    expect: 'Allowed',
    type: 'trust',
  },
  {
    doc: `${RCP} › Resources and entities not restricted by RCPs (kms:RetireGrant)`,
    name: 'RCPs do not impact kms:RetireGrant',
    action: 'kms:RetireGrant',
    resource: KEY,
    set: {
      identity: [[allow('kms:RetireGrant')]],
      resource: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${A}:root` }, Action: 'kms:*', Resource: '*' }],
      rcp: [[RCP_FULL, { ...deny('kms:*'), Principal: '*' }]],
    },
    expect: 'Allowed',
  },
  // ---------------------------------------------------------------- KMS key policies
  {
    doc: `${KMS} › Default key policy (allows access to the AWS account and enables IAM policies)`,
    name: 'a key policy naming the account root delegates to IAM policies',
    action: 'kms:Decrypt',
    resource: KEY,
    set: {
      identity: [[allow('kms:Decrypt', KEY)]],
      resource: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${A}:root` }, Action: 'kms:*', Resource: '*' }],
    },
    expect: 'Allowed',
    type: 'identity',
  },
  {
    doc: `${KMS} › Default key policy (allows access to the AWS account and enables IAM policies)`,
    name: 'with the account delegated, IAM policies must still allow',
    action: 'kms:Decrypt',
    resource: KEY,
    set: {
      identity: [],
      resource: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${A}:root` }, Action: 'kms:*', Resource: '*' }],
    },
    expect: 'ImplicitlyDenied',
    type: 'identity',
  },
  {
    doc: `${KMS} › Allowing users in other accounts to use a KMS key`,
    name: 'cross-account: the key policy and the external IAM policy must both allow',
    principal: session('444455556666', 'consumer', 's'),
    action: 'kms:Decrypt',
    resource: KEY,
    set: {
      identity: [[allow('kms:Decrypt', KEY)]],
      resource: [
        { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: 'kms:Decrypt', Resource: '*' },
      ],
    },
    expect: 'Allowed',
    cross: true,
  },
  {
    doc: `${KMS} › Allowing users in other accounts to use a KMS key`,
    name: 'cross-account: an IAM policy alone does not give access to the key',
    principal: session('444455556666', 'consumer', 's'),
    action: 'kms:Decrypt',
    resource: KEY,
    set: {
      identity: [[allow('kms:Decrypt', KEY)]],
      resource: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${A}:root` }, Action: 'kms:*', Resource: '*' }],
    },
    expect: 'ImplicitlyDenied',
    type: 'resource',
    cross: true,
  },
];

runDocRows('documented organization-policy and KMS examples', rows);

describe('organization policies a service-linked role does not meet', () => {
  it.each([
    ['session', slr],
    ['role', { kind: 'role' as const, arn: SLR_ARN, accountId: A }],
  ])('%s: SCP and RCP layers are reported as not applying', (_kind, principal) => {
    const d = evaluate(
      { principal, action: 's3:GetObject', resource: OBJ },
      buildSet({ identity: [[allow('s3:*')]], scp: [[deny('*')]], rcp: [[{ ...deny('*'), Principal: '*' }]] }),
    );
    expect(d.decision).toBe('Allowed');
    expect(d.layers.filter((l) => l.type === 'scp' || l.type === 'rcp').map((l) => l.outcome)).toEqual([
      'not-present',
      'not-present',
    ]);
  });
});
