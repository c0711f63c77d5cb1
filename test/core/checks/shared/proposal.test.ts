import { renderProposal } from '../../../../lambda/core/checks/shared/proposal';
import { fixPolicyName, shellQuote } from '../../../../lambda/core/fix';
import { executionRoleCdk, policyStatementCdk, putPolicyCli } from '../../../../lambda/core/fix/identity-statement';
import type { FixProposal, PolicySourceRef, PolicyStatementJson } from '../../../../lambda/core/policy/model';

const stmt = (
  action: string | string[],
  resource: string,
  extra: Partial<PolicyStatementJson> = {},
): PolicyStatementJson => ({
  Effect: 'Allow',
  Action: action,
  Resource: resource,
  ...extra,
});

const denyIn = (policy: PolicySourceRef): FixProposal => ({
  kind: 'edit-explicit-deny',
  layer: policy.type,
  target: { policy, index: 0, effect: 'Deny', statement: { Effect: 'Deny', Action: '*', Resource: '*' } },
  summary: 's',
  notes: [],
});

describe('fix rendering', () => {
  it.each<[string, PolicyStatementJson, string]>([
    [
      'SQS consume',
      stmt(['sqs:ReceiveMessage', 'sqs:DeleteMessage'], 'arn:aws:sqs:us-east-1:1:q'),
      'queue.grantConsumeMessages(fn)',
    ],
    ['SQS send', stmt('sqs:SendMessage', 'arn:aws:sqs:us-east-1:1:q'), 'queue.grantSendMessages(fn)'],
    ['SNS publish (any case)', stmt('SNS:Publish', 'arn:aws:sns:us-east-1:1:t'), 'topic.grantPublish(fn)'],
    [
      'DynamoDB stream',
      stmt(['dynamodb:GetRecords'], 'arn:aws:dynamodb:us-east-1:1:table/T/stream/x'),
      "tableName: 'T'",
    ],
    ['KMS decrypt', stmt('kms:Decrypt', 'arn:aws:kms:us-east-1:1:key/k'), 'key.grantDecrypt(fn)'],
    ['S3 read', stmt('s3:GetObject', 'arn:aws:s3:::b/*'), 'bucket.grantRead(fn)'],
    ['S3 write is not grantRead', stmt('s3:DeleteObject', 'arn:aws:s3:::b/*'), 'fn.addToRolePolicy'],
    ['wildcard resource', stmt('sqs:SendMessage', '*'), 'fn.addToRolePolicy'],
    [
      'conditions keep addToRolePolicy',
      stmt('sqs:SendMessage', 'arn:aws:sqs:us-east-1:1:q', { Condition: { Bool: { 'aws:SecureTransport': 'true' } } }),
      'conditions:',
    ],
  ])('%s', (_name, statement, expected) => {
    expect(executionRoleCdk([statement])).toContain(expected);
  });

  it('quotes JSON safely for a POSIX shell', () => {
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
    const cli = putPolicyCli({ kind: 'role', name: 'r' }, 'p', [stmt('s3:GetObject', "arn:aws:s3:::o'brien/*")]);
    expect(cli).toContain(`--policy-document '{`);
    expect(cli).toContain(`o'\\''brien`);
  });

  it.each([
    ['sqs:SendMessage', 'laa-fix-sqs-sendmessage'],
    ['logs:PutLogEvents', 'laa-fix-logs-putlogevents'],
  ])('policy name for %s', (action, name) => {
    expect(fixPolicyName(action)).toBe(name);
  });

  it.each<[string, FixProposal, RegExp]>([
    [
      'identity allow',
      {
        kind: 'add-identity-allow',
        statement: stmt('sqs:SendMessage', 'arn:aws:sqs:us-east-1:1:q'),
        summary: 's',
        notes: [],
      },
      /^aws iam put-role-policy --role-name r --policy-name p /,
    ],
    [
      'boundary',
      { kind: 'change-permissions-boundary', layer: 'permissions-boundary', summary: 's', notes: [] },
      /get-role --role-name r/,
    ],
    ['scp', { kind: 'change-scp', layer: 'scp', summary: 's', notes: [] }, /aws organizations update-policy/],
    [
      'deny in an AWS managed policy (detach, never edit)',
      denyIn({ type: 'identity', name: 'M', arn: 'arn:aws:iam::aws:policy/M', origin: 'aws-managed' }),
      /^aws iam detach-role-policy --role-name r --policy-arn arn:aws:iam::aws:policy\/M /,
    ],
    [
      'deny in a customer managed policy',
      denyIn({ type: 'identity', name: 'C', arn: 'arn:aws:iam::1:policy/C', origin: 'customer-managed' }),
      /^aws iam get-policy-version --policy-arn arn:aws:iam::1:policy\/C /,
    ],
    [
      'deny in an inline policy',
      denyIn({ type: 'identity', name: 'role r inline policy p1', origin: 'inline' }),
      /^aws iam get-role-policy --role-name r --policy-name p1 /,
    ],
  ])('renders a %s proposal', (_name, proposal, cli) => {
    const fix = renderProposal(proposal, { target: { kind: 'role', name: 'r' }, policyName: 'p' });
    expect(fix.cli).toMatch(cli);
    expect(fix.notes.join(' ')).toMatch(/propagate/);
  });
});

describe('policyStatementCdk emits string arrays (CDK PolicyStatement takes string[])', () => {
  it.each([
    [
      { Effect: 'Allow', Action: 'xray:PutTraceSegments', Resource: '*' },
      "actions: ['xray:PutTraceSegments']",
      "resources: ['*']",
    ],
    [
      {
        Effect: 'Allow',
        Action: ['sqs:SendMessage', 'sqs:GetQueueUrl'],
        Resource: 'arn:aws:sqs:us-east-1:111122223333:q',
      },
      "actions: ['sqs:SendMessage', 'sqs:GetQueueUrl']",
      "resources: ['arn:aws:sqs:us-east-1:111122223333:q']",
    ],
  ] as const)('%j', (statement, actions, resources) => {
    const cdk = policyStatementCdk(statement, 'fn', 'addToRolePolicy');
    expect(cdk).toContain(actions);
    expect(cdk).toContain(resources);
  });
});
