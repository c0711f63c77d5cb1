/** proposeFix(): least-privilege statements, explicit-deny targets, layer changes. */
import { loadActionCatalog } from '../../../lambda/catalog';
import { evaluate, loadPolicy, proposeFix } from '../../../lambda/core/policy';
import type { ActionCatalog, AuthzRequest, FixProposal, RequestPrincipal } from '../../../lambda/core/policy';
import {
  ACCOUNT as A,
  OTHER_ACCOUNT as B,
  FULL_ACCESS,
  allow,
  buildSet,
  deny,
  service,
  session,
  user,
  type SetSpec,
} from '../../support/factory';

const CATALOG = loadActionCatalog();
const OBJ = 'arn:aws:s3:::bucket/key';
/** The prefix pattern a proposal grants for an object key (one grant per prefix, issue 9 §3). */
const OBJ_PREFIX = 'arn:aws:s3:::bucket/*';
const FN_B = `arn:aws:lambda:us-east-1:${B}:function:f`;

interface Case {
  name: string;
  set: SetSpec;
  principal?: RequestPrincipal;
  action?: string;
  resource?: string;
  expect: Partial<FixProposal>;
  note?: RegExp;
  noStatement?: boolean;
}

const cases: Case[] = [
  {
    name: 'missing identity allow → the statement for the key prefix',
    set: {},
    action: 's3:getobject',
    expect: {
      kind: 'add-identity-allow',
      layer: 'identity',
      statement: { Sid: 'AllowS3GetObject', Effect: 'Allow', Action: 's3:GetObject', Resource: OBJ_PREFIX },
    },
  },
  {
    name: 'explicit deny → edit the deny',
    set: { identity: [[FULL_ACCESS, { Sid: 'NoS3', ...deny('s3:*') }]] },
    expect: { kind: 'edit-explicit-deny', layer: 'identity' },
    note: /does not help: an explicit Deny overrides every Allow/,
  },
  {
    name: 'boundary without allow',
    set: { identity: [[FULL_ACCESS]], boundary: [allow('sqs:*')] },
    expect: { kind: 'change-permissions-boundary', layer: 'permissions-boundary' },
    note: /limits identity grants/,
  },
  {
    name: 'session policy without allow',
    set: { identity: [[FULL_ACCESS]], session: [[allow('sqs:*')]] },
    expect: { kind: 'change-session-policy', layer: 'session' },
  },
  {
    name: 'SCP without allow',
    set: { identity: [[FULL_ACCESS]], scp: [[allow('ec2:*')]] },
    expect: { kind: 'change-scp', layer: 'scp' },
    note: /must allow the action; service control policies are changed from the management account\.$/,
  },
  {
    // Organizations UG, "RCP evaluation": RCPFullAWSAccess is attached to every level and cannot be detached,
    // so an RCP level never blocks for lack of an Allow: the fix is in the identity layer.
    name: 'RCP level without allow does not block',
    set: { identity: [], rcp: [[{ Effect: 'Allow', Principal: '*', Action: 'ec2:*', Resource: '*' }]] },
    expect: { kind: 'add-identity-allow', layer: 'identity' },
  },
  {
    name: 'VPC endpoint without allow',
    set: { identity: [[FULL_ACCESS]], vpc: [{ Effect: 'Allow', Principal: '*', Action: 'ec2:*', Resource: '*' }] },
    expect: { kind: 'change-vpc-endpoint-policy', layer: 'vpc-endpoint' },
  },
  {
    name: 'service principal → resource statement naming the service',
    principal: service('sns.amazonaws.com'),
    action: 'lambda:InvokeFunction',
    resource: FN_B,
    set: {},
    expect: {
      kind: 'add-resource-allow',
      layer: 'resource',
      statement: {
        Sid: 'AllowLambdaInvokeFunction',
        Effect: 'Allow',
        Principal: { Service: 'sns.amazonaws.com' },
        Action: 'lambda:InvokeFunction',
        Resource: FN_B,
      },
    },
  },
  {
    name: 'cross-account resource statement names the role ARN',
    action: 'lambda:InvokeFunction',
    resource: FN_B,
    set: { identity: [[FULL_ACCESS]] },
    expect: {
      kind: 'add-resource-allow',
      statement: {
        Sid: 'AllowLambdaInvokeFunction',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${A}:role/app` },
        Action: 'lambda:InvokeFunction',
        Resource: FN_B,
      },
    },
    note: /Cross-account/,
  },
  {
    name: 'trust policy fix is a note (trust statements have no Resource)',
    action: 'sts:AssumeRole',
    resource: `arn:aws:iam::${B}:role/t`,
    set: { identity: [[FULL_ACCESS]], trust: [{ Effect: 'Allow', Principal: { AWS: B }, Action: 'sts:AssumeRole' }] },
    expect: { kind: 'add-resource-allow', layer: 'trust' },
    note: /"Principal":\{"AWS":"arn:aws:iam::111122223333:role\/app"\},"Action":"sts:AssumeRole"/,
  },
  {
    name: 'unknown action → no statement, a note',
    action: 's3:GetObjekt',
    set: {},
    expect: { kind: 'add-identity-allow' },
    noStatement: true,
    note: /not in the IAM action catalog/,
  },
  { name: 'allowed → nothing to change', set: { identity: [[FULL_ACCESS]] }, expect: { kind: 'none' } },
  {
    name: 'condition-only near miss is called out',
    set: { identity: [[allow('s3:GetObject', OBJ, { Condition: { StringEquals: { 'aws:SourceVpc': 'vpc-1' } } })]] },
    expect: { kind: 'add-identity-allow' },
    note: /would allow the request but its condition is not met/,
  },
  {
    name: 'resource-only near miss suggests extending that statement',
    set: { identity: [[{ Sid: 'Archive', ...allow('s3:GetObject', 'arn:aws:s3:::bucket/2024/*') }]] },
    expect: { kind: 'add-identity-allow' },
    note: /extend the Resource of identity-based policy .*statement "Archive" .*to cover arn:aws:s3:::bucket\/key/,
  },
  {
    name: 'action-only near miss suggests adding the action',
    set: { identity: [[{ Sid: 'Writer', ...allow('s3:PutObject', OBJ) }]] },
    expect: { kind: 'add-identity-allow' },
    note: /add the action to the Action of .*statement "Writer"/,
  },
  {
    name: 'log stream → every stream of the log group',
    action: 'logs:PutLogEvents',
    resource: `arn:aws:logs:us-east-1:${A}:log-group:/aws/lambda/fn:log-stream:2025/01/01/[$LATEST]abc`,
    set: {},
    expect: {
      kind: 'add-identity-allow',
      statement: {
        Sid: 'AllowLogsPutLogEvents',
        Effect: 'Allow',
        Action: 'logs:PutLogEvents',
        Resource: `arn:aws:logs:us-east-1:${A}:log-group:/aws/lambda/fn:log-stream:*`,
      },
    },
    note: /every stream of the log group/,
  },
  {
    name: 'cross-account, resource side already allows',
    action: 'lambda:InvokeFunction',
    resource: FN_B,
    set: { resource: [{ Effect: 'Allow', Principal: { AWS: A }, Action: 'lambda:InvokeFunction', Resource: FN_B }] },
    expect: { kind: 'add-identity-allow', layer: 'identity' },
    note: /already allows the caller; only the identity side is missing/,
  },
  {
    name: 'cross-account, neither side allows',
    action: 'lambda:InvokeFunction',
    resource: FN_B,
    set: {},
    expect: { kind: 'add-identity-allow', layer: 'identity' },
    note: /resource-based policy of the resource must allow the caller too/,
  },
];

describe('proposeFix', () => {
  it.each(cases)('$name', (c) => {
    const req: AuthzRequest = {
      principal: c.principal ?? session(),
      action: c.action ?? 's3:GetObject',
      resource: c.resource ?? OBJ,
    };
    const fix = proposeFix(req, evaluate(req, buildSet(c.set)), CATALOG);
    expect(fix).toMatchObject(c.expect);
    if (c.noStatement) expect(fix.statement).toBeUndefined();
    if (c.note) expect(fix.notes.some((n) => c.note?.test(n))).toBe(true);
  });

  it('targets the deny statement', () => {
    const req: AuthzRequest = { principal: session(), action: 's3:GetObject', resource: OBJ };
    const set = buildSet({ identity: [[FULL_ACCESS, { Sid: 'NoS3', ...deny('s3:*') }]] });
    const fix = proposeFix(req, evaluate(req, set), CATALOG);
    expect(fix.target).toMatchObject({ sid: 'NoS3', index: 1, effect: 'Deny' });
    expect(fix.summary).toMatch(/statement "NoS3"/);
  });

  it('never names an action the given catalog does not know', () => {
    const empty: ActionCatalog = {
      hasAction: () => false,
      canonical: () => undefined,
      actionsFor: () => [],
      services: () => [],
    };
    const req: AuthzRequest = { principal: session(), action: 's3:GetObject', resource: OBJ };
    const fix = proposeFix(req, evaluate(req, buildSet({})), empty);
    expect(fix.statement).toBeUndefined();
    expect(fix.notes.join(' ')).toMatch(/not in the IAM action catalog/);
  });

  it('without a catalog proposes no statement and says the action was not validated', () => {
    const req: AuthzRequest = { principal: session(), action: 's3:getobject', resource: OBJ };
    const fix = proposeFix(req, evaluate(req, buildSet({})));
    expect(fix).toMatchObject({ kind: 'add-identity-allow', layer: 'identity' });
    expect(fix.statement).toBeUndefined();
    expect(fix.summary).toBe('Add an Allow for s3:getobject to role app (inline policy).');
    expect(fix.notes).toContain('No IAM action catalog was given: the action name was not validated.');
  });

  it('every proposed statement action exists in the catalog', () => {
    for (const action of ['lambda:invokefunction', 'EC2:CreateNetworkInterface', 'sqs:receivemessage', 'kms:decrypt']) {
      const req: AuthzRequest = { principal: session(), action, resource: '*' };
      const fix = proposeFix(req, evaluate(req, buildSet({})), CATALOG);
      expect(CATALOG.hasAction(String(fix.statement?.Action))).toBe(true);
      expect(fix.statement?.Action).toBe(CATALOG.canonical(action));
    }
  });
});

describe('proposeFix: never edits an AWS managed policy', () => {
  const BASIC = 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole';
  const managed = (statements: Record<string, unknown>[], origin?: string) =>
    loadPolicy(
      { Version: '2012-10-17', Statement: statements },
      { type: 'identity', name: 'AWSLambdaBasicExecutionRole', arn: BASIC, ...(origin ? { origin } : {}) },
    );
  const custom = (statements: Record<string, unknown>[]) =>
    loadPolicy(
      { Version: '2012-10-17', Statement: statements },
      { type: 'identity', name: 'mine', arn: `arn:aws:iam::${A}:policy/mine`, origin: 'customer-managed' },
    );
  const req: AuthzRequest = {
    principal: session(),
    action: 'sqs:SendMessage',
    resource: `arn:aws:sqs:us-east-1:${A}:q`,
  };
  // Same service, other actions, right resource: an action near miss.
  const logs = allow(['sqs:ReceiveMessage', 'sqs:DeleteMessage'], `arn:aws:sqs:us-east-1:${A}:q`);
  const elsewhere = allow('sqs:SendMessage', `arn:aws:sqs:us-east-1:${A}:other`);

  it.each([
    ['action near miss, by ARN', [managed([logs])], false],
    ['action near miss, by origin', [managed([logs], 'aws-managed')], false],
    ['resource near miss', [managed([elsewhere])], false],
    ['customer managed action near miss', [custom([logs])], true],
    ['customer managed resource near miss', [custom([elsewhere])], true],
  ])('%s → suggests extending it: %s', (_name, identity, suggests) => {
    const fix = proposeFix(req, evaluate(req, { identity }), CATALOG);
    expect(fix.kind).toBe('add-identity-allow');
    expect(fix.notes.some((n) => /^Alternatively/.test(n))).toBe(suggests);
    expect(fix.notes.some((n) => n.includes('arn:aws:iam::aws:policy/'))).toBe(false);
  });

  it.each([
    [
      'AWS managed',
      managed([FULL_ACCESS, deny('sqs:*')]),
      /^Detach the AWS managed policy AWSLambdaBasicExecutionRole /,
      /customer managed copy/,
    ],
    [
      'customer managed',
      custom([FULL_ACCESS, deny('sqs:*')]),
      /^Change the explicit deny in identity-based policy mine /,
      /^Narrow the Deny/,
    ],
  ])('explicit deny in an %s policy', (_name, policy, summary, note) => {
    const fix = proposeFix(req, evaluate(req, { identity: [policy] }), CATALOG);
    expect(fix.kind).toBe('edit-explicit-deny');
    expect(fix.summary).toMatch(summary);
    expect(fix.notes.some((n) => note.test(n))).toBe(true);
  });
});

describe('proposeFix: the summary names where to add', () => {
  it.each<[string, RequestPrincipal, SetSpec, string]>([
    [
      'role session → the role, inline',
      session(A, 'a-orders-writer-role', 'a-orders-writer', '/service-role/'),
      {},
      `Add an Allow for s3:GetObject on ${OBJ_PREFIX} to role a-orders-writer-role (inline policy).`,
    ],
    [
      'user → the user, inline',
      user(A, 'alice'),
      {},
      `Add an Allow for s3:GetObject on ${OBJ_PREFIX} to user alice (inline policy).`,
    ],
    [
      'boundary → the boundary of the role',
      session(A, 'app'),
      { identity: [[FULL_ACCESS]], boundary: [allow('sqs:*')] },
      `Add an Allow for s3:GetObject on ${OBJ_PREFIX} to the permissions boundary of role app.`,
    ],
    [
      'no named identity → the caller’s identity-based policy',
      { kind: 'federated', arn: `arn:aws:iam::${A}:saml-provider/corp`, accountId: A },
      { identity: [[allow('sqs:*')]] },
      `Add an Allow for s3:GetObject on ${OBJ_PREFIX} to the caller’s identity-based policy.`,
    ],
  ])('%s', (_name, principal, set, summary) => {
    const req: AuthzRequest = { principal, action: 's3:GetObject', resource: OBJ };
    expect(proposeFix(req, evaluate(req, buildSet(set)), CATALOG).summary).toBe(summary);
  });
});
