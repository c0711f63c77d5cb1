import { parseDenial, sessionLooksLikeFunction } from '../../../lambda/core/cloudtrail';

describe('sessionLooksLikeFunction', () => {
  it.each([
    ['orders-api', true],
    ['My_Function-01', true],
    ['aws-go-sdk-1722587398902687000', false],
    ['botocore-session-1700000000', false],
    ['i-0a12b34c56d78e9f0', false],
    ['1700000000123', false],
    ['maria@example.com', false],
    ['GitHubActions', false],
    ['a'.repeat(65), false],
    [undefined, false],
  ])('%p → %p', (session, expected) => {
    expect(sessionLooksLikeFunction(session)).toBe(expected);
  });
});

function assumed(role: string, session: string, userAgent: string, sourceIp = '3.3.3.3') {
  return {
    eventID: 'e',
    eventTime: '2026-11-21T14:03:27Z',
    eventSource: 'dynamodb.amazonaws.com',
    eventName: 'GetItem',
    awsRegion: 'eu-central-1',
    sourceIPAddress: sourceIp,
    userAgent,
    errorCode: 'AccessDeniedException',
    recipientAccountId: '111122223333',
    requestParameters: { tableName: 'T' },
    userIdentity: {
      type: 'AssumedRole',
      arn: `arn:aws:sts::111122223333:assumed-role/${role}/${session}`,
      accountId: '111122223333',
      sessionContext: {
        sessionIssuer: { type: 'Role', arn: `arn:aws:iam::111122223333:role/${role}`, userName: role },
      },
    },
  };
}

describe('execution-role evidence', () => {
  it.each([
    [
      'exec-env user agent alone',
      assumed('app', 'worker', 'aws-sdk-js/3 exec-env/AWS_Lambda_nodejs22.x'),
      'execution-role',
      'worker',
    ],
    [
      'Lambda-looking role + function-like session',
      assumed('worker-lambda-role', 'worker', 'aws-sdk-js/3'),
      'execution-role',
      'worker',
    ],
    [
      'function-like session, generic role, laptop agent',
      assumed('app', 'worker', 'aws-sdk-js/3'),
      'unrelated',
      undefined,
    ],
    ['SDK default session name', assumed('worker-lambda-role', 'aws-go-sdk-1', 'aws-sdk-go/1'), 'unrelated', undefined],
    [
      'Lambda itself, any session',
      assumed('r', 'fn-1', 'lambda.amazonaws.com', 'lambda.amazonaws.com'),
      'execution-role',
      'fn-1',
    ],
    [
      'service-linked role',
      assumed('AWSServiceRoleForLambdaReplicator', 'replicator', 'lambda.amazonaws.com', 'lambda.amazonaws.com'),
      'unrelated',
      undefined,
    ],
    [
      'SSO role never an execution role',
      assumed('AWSReservedSSO_Dev_1', 'dev', 'exec-env/AWS_Lambda_python3.12'),
      'unrelated',
      undefined,
    ],
  ])('%s', (_name, record, cls, fn) => {
    const r = parseDenial(record);
    if (!r.ok) throw new Error(r.error.message);
    expect(r.value.classification.class).toBe(cls);
    expect(r.value.classification.functionName).toBe(fn);
    if (fn) expect(r.value.classification.functionArn).toBe(`arn:aws:lambda:eu-central-1:111122223333:function:${fn}`);
  });
});
