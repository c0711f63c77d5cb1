import { OVER_BROAD_ROLE as CHECK } from '../../../../lambda/core/checks/execution-role/over-broad-role';
import { fullAccessCopyOf } from '../../../../lambda/core/checks/shared/full-access-copies';
import type { ManagedPolicyInfo, PolicyDocument, Snapshot } from '../../../../lambda/core/snapshot/types';
import { ACCOUNT, LOGS_ALLOW, NOW, allow, doc, fn, managed, role, snapshot } from '../../../support/factory';

const TABLE = `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/orders`;
const FULL_DOC = doc(allow(['lambda:*', 'cloudformation:DescribeStacks', 's3:*'], '*'));
const AWS_FULL: ManagedPolicyInfo = {
  arn: 'arn:aws:iam::aws:policy/AWSLambdaFullAccess',
  name: 'AWSLambdaFullAccess',
  awsManaged: true,
  document: FULL_DOC,
};

function account(policy: PolicyDocument, attached: ManagedPolicyInfo[] = []): Snapshot {
  const r = role(
    'app-role',
    { app: policy },
    { attachedPolicies: attached.map((p) => ({ arn: p.arn, name: p.name })) },
  );
  return snapshot({ roles: [r], functions: [fn('app', 'app-role')], managedPolicies: [...attached, AWS_FULL] });
}

describe('LAA-ROLE-OVER-BROAD', () => {
  it.each([
    ['least privilege', doc(LOGS_ALLOW, allow('dynamodb:GetItem', TABLE)), [], 'pass', undefined],
    ['Action *', doc(allow('*')), [], 'fail', 'high'],
    ['iam:*', doc(LOGS_ALLOW, allow('iam:*')), [], 'fail', 'high'],
    ['iam:PassRole on *', doc(LOGS_ALLOW, allow('iam:PassRole')), [], 'fail', 'high'],
    [
      'iam:PassRole on one role',
      doc(LOGS_ALLOW, allow('iam:PassRole', `arn:aws:iam::${ACCOUNT}:role/x`)),
      [],
      'pass',
      undefined,
    ],
    ['NotAction including IAM', doc({ Effect: 'Allow', NotAction: 's3:*', Resource: '*' }), [], 'fail', 'high'],
    [
      'NotAction excluding IAM (power user)',
      doc({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' }),
      [],
      'fail',
      'low',
    ],
    ['s3:* on *', doc(LOGS_ALLOW, allow('s3:*')), [], 'fail', 'low'],
    ['s3:* on one bucket', doc(LOGS_ALLOW, allow('s3:*', 'arn:aws:s3:::b/*')), [], 'pass', undefined],
    [
      'customer-managed copy of AWSLambdaFullAccess',
      doc(LOGS_ALLOW),
      [managed('MyLambdaFull', FULL_DOC)],
      'fail',
      'low',
    ],
    [
      'customer-managed policy with another document',
      doc(LOGS_ALLOW),
      [managed('Mine', doc(allow('lambda:GetFunction')))],
      'pass',
      undefined,
    ],
  ] as [string, PolicyDocument, ManagedPolicyInfo[], string, string | undefined][])(
    '%s',
    (_n, policy, attached, status, severity) => {
      const out = CHECK.run({ snapshot: account(policy, attached), now: NOW });
      expect(out.status).toBe(status);
      expect(out.findings).toHaveLength(status === 'fail' ? 1 : 0);
      if (status !== 'fail') return;
      expect(out.findings[0].severity).toBe(severity);
      expect(out.findings[0].fix?.kind).toBe('remove-statement');
    },
  );

  it('is not applicable without functions', () => {
    expect(CHECK.run({ snapshot: snapshot(), now: NOW }).status).toBe('not-applicable');
  });
});

describe('fullAccessCopyOf', () => {
  const snap = snapshot({ managedPolicies: [AWS_FULL] });
  it.each([
    [
      'same statements, other order and key order',
      doc(allow(['s3:*', 'cloudformation:DescribeStacks', 'lambda:*'], '*')),
      'AWSLambdaFullAccess',
    ],
    ['one action fewer', doc(allow(['lambda:*', 's3:*'], '*')), undefined],
    ['empty', doc(), undefined],
  ])('%s', (_n, document, want) => {
    expect(fullAccessCopyOf(managed('copy', document), snap)).toBe(want);
  });
  it('never calls the AWS managed original a copy', () => {
    expect(fullAccessCopyOf(AWS_FULL, snap)).toBeUndefined();
  });
});
