/**
 * The StackSet-ready member stack: no assets or bootstrap dependency, the forwarding rule, and the
 * read-only auditor role's trust and permissions.
 */
import { App } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { COLLECTOR_READ_ACTIONS } from '../../lambda/aws/collect/permissions';
import { DENIAL_EVENT_PATTERN, DENIAL_RULE_STATE } from '../../lambda/core/cloudtrail';
import { LambdaAccessAuditorMemberStack, MEMBER_ROLE_NAME, type MemberStackProps } from '../../lib/member-stack';

const BUS = 'arn:aws:events:eu-west-1:111122223333:event-bus/lambda-access-auditor-org';
const CENTRAL_ROLES = [
  'arn:aws:iam::111122223333:role/LambdaAccessAuditor-OnDenial',
  'arn:aws:iam::111122223333:role/LambdaAccessAuditor-SweepItem',
];
const PROPS: MemberStackProps = {
  centralBusArn: BUS,
  centralAuditorRoleArns: CENTRAL_ROLES,
  organizationId: 'o-abcdef1234',
};

const app = new App({ context: { 'aws:cdk:enable-asset-metadata': true } });
const stack = new LambdaAccessAuditorMemberStack(app, 'Member', PROPS);
const template = Template.fromStack(stack);
const json = template.toJSON() as {
  Resources: Record<string, { Type: string; Properties: Record<string, unknown>; Condition?: string }>;
  Parameters?: Record<string, unknown>;
  Rules?: Record<string, unknown>;
  Conditions: Record<string, unknown>;
};
type Statement = { Action: string | string[]; Resource: unknown; Effect: string };

describe('member stack: StackSet-ready', () => {
  it('has no Lambda function, no asset and no bootstrap version check', () => {
    const types = new Set(Object.values(json.Resources).map((r) => r.Type));
    expect([...types].sort()).toEqual(['AWS::Events::Rule', 'AWS::IAM::Policy', 'AWS::IAM::Role']);
    expect(json.Parameters ?? {}).toEqual({});
    expect(json.Rules ?? {}).toEqual({});
    const assets = app.synth().getStackByName(stack.stackName).assets;
    expect(assets).toEqual([]);
  });

  it('forwards authorization failures (incl. read-only events) to the central bus through a role', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      EventPattern: DENIAL_EVENT_PATTERN,
      State: DENIAL_RULE_STATE,
      Targets: [{ Arn: BUS, RoleArn: Match.anyValue() }],
    });
    template.hasResourceProperties('AWS::IAM::Policy', {
      PolicyDocument: { Statement: [{ Action: 'events:PutEvents', Effect: 'Allow', Resource: BUS }] },
    });
  });
});

describe('member stack: auditor role', () => {
  const roleId = Object.keys(json.Resources).find(
    (k) => json.Resources[k]?.Properties.RoleName === MEMBER_ROLE_NAME,
  ) as string;
  const role = json.Resources[roleId];

  it('trusts only the exact central roles, and only inside the organization', () => {
    const doc = role?.Properties.AssumeRolePolicyDocument as { Statement: Record<string, unknown>[] };
    const principals = doc.Statement.map((st) => (st.Principal as { AWS: string }).AWS);
    expect([...principals].sort()).toEqual(CENTRAL_ROLES);
    for (const st of doc.Statement) {
      expect(st).toEqual({
        Action: 'sts:AssumeRole',
        Effect: 'Allow',
        Principal: { AWS: expect.stringMatching(/^arn:aws:iam::111122223333:role\/LambdaAccessAuditor-/) as unknown },
        Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abcdef1234' } },
      });
    }
  });

  it('is created in us-east-1 only (IAM is global; one StackSet instance per Region)', () => {
    expect(role?.Condition).toBeDefined();
    expect(json.Conditions[role?.Condition as string]).toEqual({
      'Fn::Equals': [{ Ref: 'AWS::Region' }, 'us-east-1'],
    });
  });

  it("grants exactly the collector's read actions, scoped to this account in every Region", () => {
    const policy = Object.values(json.Resources).find(
      (r) => r.Type === 'AWS::IAM::Policy' && JSON.stringify(r.Properties.Roles).includes(roleId),
    );
    expect(policy?.Condition).toBe(role?.Condition);
    const statements = (policy?.Properties.PolicyDocument as { Statement: Statement[] }).Statement;
    const actions = statements.flatMap((s) => (Array.isArray(s.Action) ? s.Action : [s.Action]));
    expect([...actions].sort()).toEqual([...COLLECTOR_READ_ACTIONS].sort());
    expect(statements.every((s) => s.Effect === 'Allow')).toBe(true);
    expect(JSON.stringify(statements)).toContain(':lambda:*:');
    expect(JSON.stringify(statements)).not.toContain('AWS::Region');
  });
});

describe('member stack: props and cdk-nag', () => {
  it.each([
    [{ organizationId: 'org-1' }, 'organizationId is "org-1"'],
    [{ centralBusArn: 'arn:aws:sns:eu-west-1:111122223333:t' }, 'centralBusArn is'],
    [{ centralAuditorRoleArns: [] }, 'centralAuditorRoleArns is empty'],
    [{ centralAuditorRoleArns: ['arn:aws:iam::111122223333:role/*'] }, 'no wildcards'],
    [{ memberRoleName: 'bad name!' }, 'memberRoleName is "bad name!"'],
  ])('rejects %j', (override, message) => {
    expect(() => new LambdaAccessAuditorMemberStack(new App(), 'Bad', { ...PROPS, ...override })).toThrow(message);
  });

  it('reports no unacknowledged AwsSolutions violation', () => {
    const report = new AwsSolutionsChecks().validateScope(stack);
    expect(report.violations.map((v) => v.ruleName)).toEqual([]);
  });
});
