import { VPC_ENI_PERMISSIONS } from '../../../../lambda/core/checks/execution-role/vpc-eni-permissions';
import { renderEmailBody } from '../../../../lambda/core/render/alerts/email';
import { localizeFinding } from '../../../../lambda/core/render/localize';
import type { FunctionInfo, PolicyDocument, Snapshot } from '../../../../lambda/core/snapshot/types';
import { ACCOUNT, LOGS_ALLOW, NOW, allow, deny, doc, fn, managed, role, single } from '../../../support/factory';

const VPC = { vpcId: 'vpc-1', subnetIds: ['subnet-a', 'subnet-b'], securityGroupIds: ['sg-1'] };
const f = fn('a-vpc', 'a-vpc-role', { vpc: VPC });
const ALL = [
  'ec2:CreateNetworkInterface',
  'ec2:DescribeNetworkInterfaces',
  'ec2:DeleteNetworkInterface',
  'ec2:DescribeSubnets',
  'ec2:AssignPrivateIpAddresses',
  'ec2:UnassignPrivateIpAddresses',
];
const BOUNDARY = `arn:aws:iam::${ACCOUNT}:policy/a-vpc-boundary`;

function world(policy: PolicyDocument, extra: Partial<Snapshot> = {}, roleExtra = {}): Snapshot {
  return single(f, role('a-vpc-role', { app: policy }, roleExtra), extra);
}

describe('LAA-VPC-ENI-PERMISSIONS', () => {
  it.each<[string, Snapshot, string, string[]]>([
    ['all ENI actions on *', world(doc(LOGS_ALLOW, allow(ALL))), 'pass', []],
    ['no ENI actions', world(doc(LOGS_ALLOW)), 'fail', ['high', 'low']],
    ['core only (old managed policy version)', world(doc(allow(ALL.slice(0, 3)))), 'fail', ['low']],
    [
      'Create limited to network-interface/*',
      world(
        doc(
          allow(ALL.filter((a) => a !== 'ec2:CreateNetworkInterface')),
          allow('ec2:CreateNetworkInterface', `arn:aws:ec2:us-east-1:${ACCOUNT}:network-interface/*`),
        ),
      ),
      'fail',
      ['high'],
    ],
    [
      'explicit deny on DeleteNetworkInterface',
      world(doc(allow(ALL), deny('ec2:DeleteNetworkInterface'))),
      'fail',
      ['high'],
    ],
    [
      'boundary without ec2',
      world(
        doc(allow(ALL)),
        { managedPolicies: [managed('a-vpc-boundary', doc(LOGS_ALLOW))] },
        { permissionsBoundaryArn: BOUNDARY },
      ),
      'fail',
      ['high', 'low'],
    ],
    [
      'boundary with ec2:*',
      world(
        doc(allow(ALL)),
        { managedPolicies: [managed('a-vpc-boundary', doc(allow('ec2:*')))] },
        { permissionsBoundaryArn: BOUNDARY },
      ),
      'pass',
      [],
    ],
  ])('%s', (_name, s, status, severities) => {
    const out = VPC_ENI_PERMISSIONS.run({ snapshot: s, fn: f, now: NOW });
    expect(out.status).toBe(status);
    expect(out.findings.map((x) => x.severity)).toEqual(severities);
  });

  it('suggests the AWS managed policy in CDK', () => {
    const finding = VPC_ENI_PERMISSIONS.run({ snapshot: world(doc()), fn: f, now: NOW }).findings[0];
    expect(finding.fix?.cdk).toContain('AWSLambdaVPCAccessExecutionRole');
    expect(finding.fix?.cli).toContain('put-role-policy');
  });

  it.each<[string, FunctionInfo]>([
    ['no VPC', fn('a-vpc', 'a-vpc-role')],
    ['empty subnets', fn('a-vpc', 'a-vpc-role', { vpc: { subnetIds: [], securityGroupIds: [] } })],
  ])('not applicable: %s', (_name, target) => {
    expect(VPC_ENI_PERMISSIONS.run({ snapshot: world(doc()), fn: target, now: NOW }).status).toBe('not-applicable');
  });

  it.each<[string, number, string, string]>([
    [
      'core actions',
      0,
      'a-vpc は VPC のネットワークインターフェイスを管理できません',
      'AWS 管理ポリシー service-role/AWSLambdaVPCAccessExecutionRole をアタッチすれば、まさにこれらのアクションが許可されます。',
    ],
    [
      'rest of the managed policy',
      1,
      'a-vpc には AWSLambdaVPCAccessExecutionRole の残りの権限がありません',
      'IAM の変更が反映されるまで数秒かかることがあります。少し待ってから再試行してください。',
    ],
  ])('%s: rendered in ja, identifiers verbatim', (_n, index, title, note) => {
    const finding = VPC_ENI_PERMISSIONS.run({ snapshot: world(doc()), fn: f, now: NOW }).findings[index];
    const ja = localizeFinding(finding, 'ja');
    expect(ja.title).toBe(title);
    expect(ja.explanation.summary).toMatch(/^実行ロール a-vpc-role /);
    expect(ja.fix?.summary).toMatch(/^ロール a-vpc-role に ec2:\w+.* を許可してください/);
    expect(ja.fix?.notes).toContain(note);
    expect(ja.explanation.details.filter((d) => / on arn:| on \*:/.test(d))).toEqual([]);
    expect(renderEmailBody(finding, 'ja')).toContain(ja.explanation.summary);
  });
});
