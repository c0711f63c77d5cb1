/**
 * Rules settled while measuring the engine against an external evaluator's decision cases (docs/engine.md,
 * "Conformance"). Every row is our own fixture written from the AWS page cited next to it; none is copied from
 * the external suite. Rows marked "kept" pin behaviour where that suite expects otherwise and the AWS
 * documentation agrees with us.
 */
import { evaluate, loadPolicy, proposeFix } from '../../../lambda/core/policy';
import type { AuthzRequest, PolicySet, PolicyType, RequestPrincipal } from '../../../lambda/core/policy';

const A = '444455556666';
const doc = (type: PolicyType, ...Statement: object[]) =>
  loadPolicy({ Version: '2012-10-17', Statement }, { type, name: `${type} policy` });
const user: RequestPrincipal = { kind: 'user', arn: `arn:aws:iam::${A}:user/ana`, accountId: A };
const roleArn = `arn:aws:iam::${A}:role/app`;
const sessionArn = `arn:aws:sts::${A}:assumed-role/app/s1`;
const session: RequestPrincipal = { kind: 'assumed-role', arn: sessionArn, accountId: A, roleArn, sessionName: 's1' };
const OBJ = 'arn:aws:s3:::reports/q1.csv';
const req = (principal: RequestPrincipal, action: string, resource: string): AuthzRequest => ({
  principal,
  action,
  resource,
  resourceAccount: A,
});
const allowAll = doc('identity', { Effect: 'Allow', Action: '*', Resource: '*' });

// Organizations UG, "RCP evaluation": "The RCPFullAWSAccess policy is an AWS managed policy. It is automatically
// attached to the organization root, every OU, and every account in your organization … You cannot detach this
// policy." So a level never lacks an Allow; only a Deny in an RCP blocks.
describe('RCPs deny only explicitly (RCPFullAWSAccess cannot be detached)', () => {
  const rcp = (...st: object[]) => doc('rcp', ...st);
  it.each<[string, PolicySet, string, string | undefined]>([
    ['a level with no policy listed', { identity: [allowAll], rcpLevels: [[]] }, 'Allowed', 'identity'],
    [
      'a level whose only statement denies another action',
      { identity: [allowAll], rcpLevels: [[rcp({ Effect: 'Deny', Principal: '*', Action: 'sqs:*', Resource: '*' })]] },
      'Allowed',
      'identity',
    ],
    [
      'a Deny at any level',
      {
        identity: [allowAll],
        rcpLevels: [[], [rcp({ Effect: 'Deny', Principal: '*', Action: 's3:GetObject', Resource: '*' })]],
      },
      'ExplicitlyDenied',
      'rcp',
    ],
    ['no identity Allow: an RCP grants nothing', { identity: [], rcpLevels: [[]] }, 'ImplicitlyDenied', 'identity'],
  ])('%s → %s', (_label, set, decision, type) => {
    const d = evaluate(req(user, 's3:GetObject', OBJ), set);
    expect([d.decision, d.decidingType]).toEqual([decision, type]);
  });
});

// IAM User Guide, "The difference between explicit and implicit denies": "A request results in an explicit deny
// if an applicable policy includes a Deny statement" and "An implicit denial occurs when there is no applicable
// Deny statement but also no applicable Allow statement." A resource only AWS may change (aws-rules.ts) is refused
// without any Deny statement.
describe('a protected resource is refused without a Deny statement', () => {
  const managed = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
  it('only an Allow applies → implicit deny, decided by the AWS rule, nothing to fix', () => {
    const r = req(user, 'iam:CreatePolicyVersion', managed);
    const d = evaluate(r, { identity: [allowAll] });
    expect([d.decision, d.awsRule?.kind, d.deciding]).toEqual(['ImplicitlyDenied', 'aws-protected', []]);
    expect(proposeFix(r, d).kind).toBe('none');
  });
  it('a Deny statement applies too → explicit deny listing it; still nothing a policy change fixes', () => {
    const r = req(user, 'kms:DeleteAlias', `arn:aws:kms:eu-west-1:${A}:alias/aws/ebs`);
    const denyAlias = doc('identity', {
      Sid: 'NoAliasDelete',
      Effect: 'Deny',
      Action: 'kms:DeleteAlias',
      Resource: '*',
    });
    const d = evaluate(r, { identity: [allowAll, denyAlias] });
    expect([d.decision, d.awsRule?.kind, d.deciding.map((s) => s.sid)]).toEqual([
      'ExplicitlyDenied',
      'aws-protected',
      ['NoAliasDelete'],
    ]);
    expect(proposeFix(r, d).kind).toBe('none');
  });
});

describe('kept: behaviour the AWS documentation states', () => {
  it('a VPC endpoint policy statement without Principal applies to no one', () => {
    // AWS PrivateLink guide, "Control access to VPC endpoints using endpoint policies": an endpoint policy "must
    // contain a Principal element".
    const vpce = doc('vpc-endpoint', { Effect: 'Allow', Action: '*', Resource: '*' });
    expect(vpce.parsed.problems.map((p) => p.severity)).toEqual(['error']);
    expect(evaluate(req(user, 's3:GetObject', OBJ), { identity: [allowAll], vpcEndpoint: vpce }).decision).toBe(
      'ImplicitlyDenied',
    );
  });

  it('a resource policy naming the session ARN is not limited by the session policy', () => {
    // IAM User Guide, "Session policies": when a resource-based policy specifies the ARN of the session, "the
    // permissions from the resource-based policy are added after the session policy is applied. The resource-based
    // policy permissions are not limited by the session policy."
    const bucket = doc('resource', {
      Effect: 'Allow',
      Principal: { AWS: sessionArn },
      Action: 's3:GetObject',
      Resource: OBJ,
    });
    const scoped = doc('session', { Effect: 'Allow', Action: 'ec2:*', Resource: '*' });
    const set: PolicySet = { identity: [], resource: bucket, sessionPolicies: [scoped] };
    expect(evaluate(req(session, 's3:GetObject', OBJ), set).decision).toBe('Allowed');
  });

  it('a statement naming a resource ARN does not grant an action that takes only *', () => {
    // Service Authorization Reference, Amazon EC2: ec2:DescribeInstances lists no resource type, so a policy must
    // use "Resource": "*" ("Actions, resources, and condition keys": actions without a resource type support only *).
    const one = doc('identity', {
      Effect: 'Allow',
      Action: 'ec2:DescribeInstances',
      Resource: `arn:aws:ec2:eu-west-1:${A}:instance/i-0abc`,
    });
    expect(evaluate(req(user, 'ec2:DescribeInstances', '*'), { identity: [one] }).decision).toBe('ImplicitlyDenied');
  });
});
