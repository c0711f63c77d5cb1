/**
 * Flags and fix direction (issue 9 §1, §3) for records built here, one behaviour per row.
 */
import { parseDenial } from '../../../lambda/core/cloudtrail';
import type { DenialFlagCode } from '../../../lambda/core/cloudtrail';

const ACCT = '111122223333';
const OTHER = '444455556666';
const ROLE = `arn:aws:iam::${ACCT}:role/service-role/fn-role`;

function exec(over: Record<string, unknown>) {
  return {
    eventID: 'e',
    eventTime: '2026-12-01T10:00:00Z',
    eventSource: 'sqs.amazonaws.com',
    eventName: 'SendMessage',
    awsRegion: 'eu-west-1',
    userAgent: 'aws-sdk-js/3 exec-env/AWS_Lambda_nodejs20.x',
    errorCode: 'AccessDenied',
    recipientAccountId: ACCT,
    userIdentity: {
      type: 'AssumedRole',
      arn: `arn:aws:sts::${ACCT}:assumed-role/fn-role/worker`,
      accountId: ACCT,
      sessionContext: { sessionIssuer: { type: 'Role', arn: ROLE, userName: 'fn-role' } },
    },
    ...over,
  };
}

function user(over: Record<string, unknown>) {
  return exec({
    userAgent: 'aws-cli/2',
    userIdentity: { type: 'IAMUser', arn: `arn:aws:iam::${ACCT}:user/dev`, accountId: ACCT, userName: 'dev' },
    ...over,
  });
}

const msg = (who: string, action: string, tail: string) =>
  `User: ${who} is not authorized to perform: ${action}${tail}`;
const SESSION = `arn:aws:sts::${ACCT}:assumed-role/fn-role/worker`;

function codes(record: unknown): DenialFlagCode[] {
  const r = parseDenial(record);
  if (!r.ok) throw new Error(r.error.message);
  return (r.value.classification.flags ?? []).map((f) => f.code);
}

describe('flags', () => {
  it.each<[string, unknown, DenialFlagCode[]]>([
    [
      'resource in another account',
      exec({ errorMessage: msg(SESSION, 'sqs:sendmessage', ` on resource: arn:aws:sqs:eu-west-1:${OTHER}:q`) }),
      ['cross-account-resource'],
    ],
    [
      'same-account resource: none',
      exec({ errorMessage: msg(SESSION, 'sqs:sendmessage', ` on resource: arn:aws:sqs:eu-west-1:${ACCT}:q`) }),
      [],
    ],
    [
      "another account's layer at deploy",
      user({
        eventSource: 'lambda.amazonaws.com',
        eventName: 'CreateFunction20150331',
        errorCode: 'AccessDeniedException',
        errorMessage: msg(
          `arn:aws:iam::${ACCT}:user/dev`,
          'lambda:GetLayerVersion',
          ` on resource: arn:aws:lambda:eu-west-1:${OTHER}:layer:l:3`,
        ),
      }),
      ['cross-account-resource', 'cross-account-layer'],
    ],
    [
      'user denied InvokeFunction',
      user({
        eventSource: 'lambda.amazonaws.com',
        eventName: 'Invoke',
        errorCode: 'AccessDeniedException',
        requestParameters: { functionName: 'f' },
      }),
      ['identity-invoke'],
    ],
    [
      'console GetFunction',
      user({
        userAgent: 'console.amazonaws.com',
        eventSource: 'lambda.amazonaws.com',
        eventName: 'GetFunction20150331v2',
        errorCode: 'AccessDeniedException',
        readOnly: true,
      }),
      ['identity-invoke', 'console-read'],
    ],
    [
      'role assuming itself',
      exec({ eventSource: 'sts.amazonaws.com', eventName: 'AssumeRole', requestParameters: { roleArn: ROLE } }),
      ['self-assume-execution-role'],
    ],
    [
      'role assuming another role: none',
      exec({
        eventSource: 'sts.amazonaws.com',
        eventName: 'AssumeRole',
        requestParameters: { roleArn: `arn:aws:iam::${ACCT}:role/other` },
      }),
      [],
    ],
    [
      'Lambda service assuming a role',
      exec({
        userIdentity: { type: 'AWSService', invokedBy: 'lambda.amazonaws.com' },
        eventSource: 'sts.amazonaws.com',
        eventName: 'AssumeRole',
        requestParameters: { roleArn: ROLE },
      }),
      ['lambda-cannot-assume-role'],
    ],
    [
      'short PassRole form',
      user({
        eventSource: 'lambda.amazonaws.com',
        eventName: 'CreateFunction20150331',
        errorCode: 'AccessDeniedException',
        errorMessage: msg(`arn:aws:iam::${ACCT}:user/dev`, 'iam:PassRole', ''),
        requestParameters: { functionName: 'f', role: ROLE },
      }),
      ['pass-role-short-form'],
    ],
    [
      'truncated message',
      exec({
        errorMessage: `${msg(SESSION, 'sqs:sendmessage', ` on resource: arn:aws:sqs:eu-west-1:${ACCT}:q`)} ${'z'.repeat(9000)}`,
      }),
      ['message-truncated'],
    ],
  ])('%s', (_n, record, expected) => {
    expect(codes(record)).toEqual(expected);
  });
});

describe('short PassRole form', () => {
  it.each([
    ['role (CreateFunction)', { functionName: 'f', role: ROLE }],
    ['roleArn (other APIs)', { roleArn: ROLE }],
  ])('the passed role from %s is the resource, never the function', (_n, params) => {
    const r = parseDenial(
      user({
        eventSource: 'lambda.amazonaws.com',
        eventName: 'CreateFunction20150331',
        errorCode: 'AccessDeniedException',
        errorMessage: msg(`arn:aws:iam::${ACCT}:user/dev`, 'iam:PassRole', ''),
        requestParameters: params,
      }),
    );
    expect(r.ok && r.value).toMatchObject({
      action: 'iam:PassRole',
      resource: ROLE,
      resourceSource: 'request-parameters',
      classification: { class: 'pass-role', roleArn: ROLE },
    });
  });

  it('without a role parameter there is no resource (not the function ARN)', () => {
    const r = parseDenial(
      user({
        eventSource: 'lambda.amazonaws.com',
        eventName: 'CreateFunction20150331',
        errorCode: 'AccessDeniedException',
        errorMessage: msg(`arn:aws:iam::${ACCT}:user/dev`, 'iam:PassRole', ''),
        requestParameters: { functionName: 'f' },
      }),
    );
    expect(r.ok && r.value.resource).toBeUndefined();
  });
});

describe('fix direction', () => {
  const sqs = (tail: string, over: Record<string, unknown> = {}) =>
    exec({
      errorMessage: msg(SESSION, 'sqs:sendmessage', ` on resource: arn:aws:sqs:eu-west-1:${ACCT}:q ${tail}`),
      ...over,
    });
  it.each([
    [
      'identity implicit',
      sqs('because no identity-based policy allows the sqs:sendmessage action'),
      'identity',
      ROLE,
      'message',
    ],
    [
      'resource explicit',
      sqs('with an explicit deny in a resource-based policy'),
      'resource',
      `arn:aws:sqs:eu-west-1:${ACCT}:q`,
      'message',
    ],
    [
      'boundary',
      sqs('with an explicit deny in a permissions boundary: arn:aws:iam::111122223333:policy/B'),
      'boundary',
      ROLE,
      'message',
    ],
    ['session', sqs('because no session policy allows the sqs:sendmessage action'), 'session', SESSION, 'message'],
    ['SCP without ARN: the account', sqs('with an explicit deny in a service control policy'), 'scp', ACCT, 'message'],
    [
      'RCP with ARN',
      sqs(
        'with an explicit deny in a resource control policy: arn:aws:organizations::9:policy/o-1/resource_control_policy/p-1',
      ),
      'rcp',
      'arn:aws:organizations::9:policy/o-1/resource_control_policy/p-1',
      'message',
    ],
    [
      'VPC endpoint',
      sqs('because no VPC endpoint policy allows the sqs:sendmessage action', { vpcEndpointId: 'vpce-1' }),
      'vpc-endpoint',
      'vpce-1',
      'message',
    ],
    ['no policy type: identity, inferred', sqs(''), 'identity', ROLE, 'inferred'],
    [
      'service denied invoke, no type: the function policy',
      exec({
        userIdentity: { type: 'AWSService', invokedBy: 'events.amazonaws.com' },
        eventSource: 'lambda.amazonaws.com',
        eventName: 'Invoke',
        errorCode: 'AccessDeniedException',
        requestParameters: { functionName: `arn:aws:lambda:eu-west-1:${ACCT}:function:f` },
      }),
      'resource',
      `arn:aws:lambda:eu-west-1:${ACCT}:function:f`,
      'inferred',
    ],
  ])('%s', (_n, record, target, principal, source) => {
    const r = parseDenial(record);
    expect(r.ok && r.value.classification.fix).toMatchObject({ target, principal, source });
  });

  it('self-assume goes to the function code even when AWS names a layer', () => {
    const r = parseDenial(
      exec({
        eventSource: 'sts.amazonaws.com',
        eventName: 'AssumeRole',
        errorMessage: msg(
          SESSION,
          'sts:AssumeRole',
          ` on resource: ${ROLE} because no identity-based policy allows the sts:AssumeRole action`,
        ),
      }),
    );
    expect(r.ok && r.value.classification.fix).toMatchObject({ target: 'function-code', source: 'inferred' });
    expect(r.ok && r.value.classification.fix?.reasons.join(' ')).toContain('identity-based policy');
  });
});
