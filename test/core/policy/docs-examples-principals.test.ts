/**
 * AWS's documented examples: how the principal named in a resource-based policy interacts with implicit
 * denies ("Policy evaluation logic" step 3 and its table), session policies, trust and KMS key policies, and
 * "Permissions boundaries for IAM entities".
 * One row per documented example; every row names the page and section it comes from. Policies and
 * names are the documented ones where the page gives them, otherwise the smallest set stating the rule.
 */
import { evaluate } from '../../../lambda/core/policy';
import {
  A,
  GET,
  KEY,
  NOTHING_USEFUL,
  OBJ,
  PB,
  PEL,
  ROLE,
  ROLE_SESSION,
  exampleUser,
  fedUser,
  grant,
  role,
  runDocRows,
  type DocRow,
} from './docs-examples-fixtures';
import { allow, buildSet, deny, user } from '../../support/factory';

const rows: DocRow[] = [
  {
    doc: `${PEL} › step 3 (Resource-based policies) › IAM role`,
    name: 'role ARN grant is limited by an implicit deny in a permissions boundary',
    principal: role,
    resource: OBJ,
    set: { identity: [], resource: [grant({ AWS: ROLE })], boundary: NOTHING_USEFUL },
    expect: 'ImplicitlyDenied',
    type: 'permissions-boundary',
  },
  {
    doc: `${PEL} › step 3 (Resource-based policies) › IAM role`,
    name: 'role ARN grant is limited by an implicit deny in a session policy',
    principal: role,
    resource: OBJ,
    set: { identity: [], resource: [grant({ AWS: ROLE })], session: [NOTHING_USEFUL] },
    expect: 'ImplicitlyDenied',
    type: 'session',
  },
  {
    doc: `${PEL} › step 3 (Resource-based policies) › IAM role`,
    name: 'role ARN grant is not limited by an implicit deny in identity-based policies',
    principal: role,
    resource: OBJ,
    set: { identity: [NOTHING_USEFUL], resource: [grant({ AWS: ROLE })] },
    expect: 'Allowed',
    type: 'resource',
  },
  {
    doc: `${PEL} › step 3 (Resource-based policies) › IAM role session`,
    name: 'role session ARN grant: not limited by identity, boundary or session policy implicit denies',
    principal: role,
    resource: OBJ,
    set: {
      identity: [NOTHING_USEFUL],
      resource: [grant({ AWS: ROLE_SESSION })],
      boundary: NOTHING_USEFUL,
      session: [NOTHING_USEFUL],
    },
    expect: 'Allowed',
    type: 'resource',
  },
  {
    doc: `${PEL} › step 3 (Resource-based policies) › IAM user`,
    name: 'user ARN grant: not limited by identity or boundary implicit denies',
    principal: exampleUser,
    resource: OBJ,
    set: {
      identity: [NOTHING_USEFUL],
      resource: [grant({ AWS: `arn:aws:iam::${A}:user/exampleuser` })],
      boundary: NOTHING_USEFUL,
    },
    expect: 'Allowed',
    type: 'resource',
  },
  {
    doc: `${PEL} › step 3 (Resource-based policies) › IAM federated user sessions`,
    name: 'federated user ARN grant: not limited by identity or session policy implicit denies',
    principal: fedUser,
    resource: OBJ,
    set: {
      identity: [NOTHING_USEFUL],
      resource: [grant({ AWS: fedUser.arn })],
      session: [NOTHING_USEFUL],
    },
    expect: 'Allowed',
    type: 'resource',
  },
  {
    doc: `${PEL} › step 3 (Resource-based policies): trust policies and KMS key policies`,
    name: 'role trust policy must allow the principal even when identity policies allow sts:AssumeRole',
    principal: exampleUser,
    action: 'sts:AssumeRole',
    resource: ROLE,
    set: {
      identity: [[allow('sts:AssumeRole', ROLE)]],
      trust: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${A}:user/other` }, Action: 'sts:AssumeRole' }],
    },
    expect: 'ImplicitlyDenied',
    type: 'trust',
  },
  {
    doc: `${PEL} › step 3 (Resource-based policies): trust policies and KMS key policies`,
    name: 'KMS key policy must allow the principal even when identity policies allow kms:Decrypt',
    principal: role,
    action: 'kms:Decrypt',
    resource: KEY,
    set: {
      identity: [[allow('kms:Decrypt', KEY)]],
      resource: [
        { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${A}:role/keyadmin` }, Action: 'kms:*', Resource: '*' },
      ],
    },
    expect: 'ImplicitlyDenied',
    type: 'resource',
  },
  {
    doc: `${PEL} › step 6 (Session policies)`,
    name: 'role session without a session policy: allowed by identity policies',
    principal: role,
    resource: OBJ,
    set: { identity: [[allow(GET)]] },
    expect: 'Allowed',
    type: 'identity',
  },
  {
    doc: `${PEL} › step 6 (Session policies)`,
    name: 'federated user session without a session policy: implicitly denied',
    principal: fedUser,
    resource: OBJ,
    set: { identity: [[allow(GET)]] },
    expect: 'ImplicitlyDenied',
    type: 'session',
  },
  {
    doc: `${PEL} › step 6 (Session policies)`,
    name: 'federated user session whose session policy allows: allowed',
    principal: fedUser,
    resource: OBJ,
    set: { identity: [[allow(GET)]], session: [[allow('s3:*')]] },
    expect: 'Allowed',
  },
  // ---------------------------------------------------------------- Permissions boundaries
  {
    doc: `${PB} › introduction (ShirleyRodriguez)`,
    name: 'iam:CreateUser allowed by a permissions policy but not by the boundary fails',
    principal: user(A, 'ShirleyRodriguez'),
    action: 'iam:CreateUser',
    resource: `arn:aws:iam::${A}:user/new`,
    set: { identity: [[allow('iam:CreateUser')]], boundary: [allow(['s3:*', 'cloudwatch:*', 'ec2:*'])] },
    expect: 'ImplicitlyDenied',
    type: 'permissions-boundary',
  },
  {
    doc: `${PB} › introduction (ShirleyRodriguez)`,
    name: 'the boundary alone grants nothing',
    principal: user(A, 'ShirleyRodriguez'),
    resource: OBJ,
    set: { identity: [], boundary: [allow(['s3:*', 'cloudwatch:*', 'ec2:*'])] },
    expect: 'ImplicitlyDenied',
    type: 'identity',
  },
  {
    doc: `${PB} › Delegating responsibility (XCompanyBoundaries DenyS3Logs)`,
    name: 'a Deny in the boundary overrides the identity allow',
    principal: exampleUser,
    resource: 'arn:aws:s3:::logs/app.log',
    set: {
      identity: [[allow('s3:*')]],
      boundary: [allow('s3:*'), deny('s3:*', ['arn:aws:s3:::logs', 'arn:aws:s3:::logs/*'])],
    },
    expect: 'ExplicitlyDenied',
    type: 'permissions-boundary',
  },
  {
    doc: `${PB} › Evaluating effective permissions (Organizations SCPs)`,
    name: 'SCP, boundary and identity policy must all allow: SCP lacks it',
    principal: exampleUser,
    resource: OBJ,
    set: { identity: [[allow('s3:*')]], boundary: [allow('s3:*')], scp: [[allow('ec2:*')]] },
    expect: 'ImplicitlyDenied',
    type: 'scp',
  },
  {
    doc: `${PB} › Important (NotPrincipal with Deny)`,
    name: 'Deny + NotPrincipal always denies a principal with a boundary, whatever NotPrincipal lists',
    principal: exampleUser,
    resource: OBJ,
    set: {
      identity: [[allow(GET)]],
      boundary: [allow('s3:*')],
      resource: [
        {
          Effect: 'Deny',
          NotPrincipal: { AWS: [`arn:aws:iam::${A}:root`, `arn:aws:iam::${A}:user/exampleuser`] },
          Action: 's3:*',
          Resource: OBJ,
        },
      ],
    },
    expect: 'ExplicitlyDenied',
    type: 'resource',
  },
  {
    doc: `${PB} › Important (NotPrincipal with Deny)`,
    name: 'the same statement excludes the listed user when no boundary is attached',
    principal: exampleUser,
    resource: OBJ,
    set: {
      identity: [[allow(GET)]],
      resource: [
        {
          Effect: 'Deny',
          NotPrincipal: { AWS: [`arn:aws:iam::${A}:root`, `arn:aws:iam::${A}:user/exampleuser`] },
          Action: 's3:*',
          Resource: OBJ,
        },
      ],
    },
    expect: 'Allowed',
  },
];

runDocRows('documented principal, session-policy and boundary examples', rows);

describe('a federated user session without a session policy', () => {
  it('says why it is denied', () => {
    const d = evaluate({ principal: fedUser, action: GET, resource: OBJ }, buildSet({ identity: [[allow(GET)]] }));
    expect(d.decision).toBe('ImplicitlyDenied');
    expect(d.reasons.at(-1)).toBe(
      'Denied: a federated user session (GetFederationToken) without a session policy has no permissions',
    );
  });
});
