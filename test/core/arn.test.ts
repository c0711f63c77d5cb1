import {
  accountOf,
  arnAccount,
  assumedRoleArn,
  ecrImage,
  functionNameOf,
  functionQualifier,
  iamPath,
  iamRoleArn,
  lastSegment,
  parseArn,
  parseSessionArn,
  partitionOf,
  resourcePattern,
  roleNameOf,
  serviceOf,
  unqualifiedFunctionArn,
} from '../../lambda/core/arn';

const FN = 'arn:aws:lambda:eu-west-1:111122223333:function:orders';

describe('parseArn', () => {
  it.each([
    [
      'arn:aws:sqs:eu-west-1:111122223333:q',
      { partition: 'aws', service: 'sqs', region: 'eu-west-1', accountId: '111122223333', resource: 'q' },
    ],
    [
      `${FN}:PROD`,
      {
        partition: 'aws',
        service: 'lambda',
        region: 'eu-west-1',
        accountId: '111122223333',
        resource: 'function:orders:PROD',
      },
    ],
    [
      'arn:aws-cn:s3:::bucket/key',
      { partition: 'aws-cn', service: 's3', region: '', accountId: '', resource: 'bucket/key' },
    ],
    ['not-an-arn', undefined],
    ['arn:aws:sqs', undefined],
  ])('%s', (arn, parts) => expect(parseArn(arn)).toEqual(parts));
});

describe('small accessors', () => {
  it.each([
    ['arn:aws-us-gov:iam::111122223333:role/a/b', 'aws-us-gov', '111122223333', 'iam', 'b', '/a/'],
    ['arn:aws:s3:::bucket', 'aws', undefined, 's3', 'bucket', '/'],
    [
      'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
      'aws',
      'aws',
      'iam',
      'AWSLambdaBasicExecutionRole',
      '/service-role/',
    ],
    ['garbage', 'aws', undefined, undefined, 'garbage', '/'],
  ])('%s', (arn, partition, account, service, last, path) => {
    expect(partitionOf(arn)).toBe(partition);
    expect(accountOf(arn)).toBe(account);
    expect(serviceOf(arn)).toBe(service);
    expect(lastSegment(arn)).toBe(last);
    expect(iamPath(arn)).toBe(path);
  });
});

describe('function ARNs and qualifiers', () => {
  it.each([
    [FN, FN, undefined, 'orders'],
    [`${FN}:PROD`, FN, 'PROD', 'orders'],
    [`${FN}:$LATEST`, FN, '$LATEST', 'orders'],
    [`${FN}:7`, FN, '7', 'orders'],
    [
      'arn:aws:sqs:eu-west-1:111122223333:function:x:y',
      'arn:aws:sqs:eu-west-1:111122223333:function:x:y',
      undefined,
      undefined,
    ],
    ['orders', 'orders', undefined, undefined],
  ])('%s', (arn, unqualified, qualifier, name) => {
    expect(unqualifiedFunctionArn(arn)).toBe(unqualified);
    expect(functionQualifier(arn)).toBe(qualifier);
    expect(functionNameOf(arn)).toBe(name);
  });
});

describe('roles and sessions', () => {
  it('formats a role ARN and a session ARN, and parses the session back', () => {
    expect(iamRoleArn('aws', '111122223333', 'r')).toBe('arn:aws:iam::111122223333:role/r');
    const session = assumedRoleArn('aws', '111122223333', 'r', 'orders');
    expect(session).toBe('arn:aws:sts::111122223333:assumed-role/r/orders');
    expect(parseSessionArn(session)).toEqual({
      partition: 'aws',
      accountId: '111122223333',
      roleName: 'r',
      sessionName: 'orders',
    });
  });
  it.each(['arn:aws:iam::111122223333:role/r', 'arn:aws:sts::111122223333:federated-user/bob', 'x'])(
    '%s is not a session',
    (arn) => expect(parseSessionArn(arn)).toBeUndefined(),
  );
  it.each<[string, string, string]>([
    ['arn:aws:sts::1:assumed-role/r/fn', 'r', 'fn'],
    [
      'arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_Admin_abc/me@x.com',
      'AWSReservedSSO_Admin_abc',
      'me@x.com',
    ],
    ['arn:aws:sts::111122223333:assumed-role/r/a/b', 'r', 'a/b'],
  ])('%s: role %s, session %s', (arn, roleName, sessionName) => {
    expect(parseSessionArn(arn)).toMatchObject({ roleName, sessionName });
  });
});

describe('resourcePattern and ecrImage', () => {
  it.each([
    ['arn:aws:s3:::b/some/key.json', 'arn:aws:s3:::b/some/*'],
    ['arn:aws:s3:::b/key.json', 'arn:aws:s3:::b/*'],
    [
      'arn:aws:logs:eu-west-1:1:log-group:/aws/lambda/f:log-stream:2026/x',
      'arn:aws:logs:eu-west-1:1:log-group:/aws/lambda/f:log-stream:*',
    ],
    ['arn:aws:sqs:eu-west-1:1:q', 'arn:aws:sqs:eu-west-1:1:q'],
    [undefined, undefined],
  ])('%s', (resource, pattern) => expect(resourcePattern(resource)).toBe(pattern));
  it.each([
    [
      '111122223333.dkr.ecr.eu-west-1.amazonaws.com/app:1',
      { account: '111122223333', region: 'eu-west-1', repository: 'app' },
    ],
    [
      '111122223333.dkr.ecr.cn-north-1.amazonaws.com.cn/team/app@sha256:ab',
      { account: '111122223333', region: 'cn-north-1', repository: 'team/app' },
    ],
    ['public.ecr.aws/x/y', undefined],
    [undefined, undefined],
  ])('%s', (uri, image) => expect(ecrImage(uri)).toEqual(image));
});

describe('arnAccount (12-digit account of an ARN, allocation-free on a miss)', () => {
  it.each<[string | undefined, string | undefined]>([
    ['arn:aws:iam::111122223333:role/app', '111122223333'],
    ['arn:aws:sts::111122223333:assumed-role/app/s', '111122223333'],
    [`${FN}:PROD`, '111122223333'],
    ['arn:aws:s3:::bucket/key', undefined],
    ['arn:aws:iam::aws:policy/ReadOnlyAccess', undefined],
    ['arn:aws:sqs:eu-west-1:1111222233334:q', undefined],
    ['arn:aws:sqs:eu-west-1:11112222333a:q', undefined],
    ['111122223333:role/app', undefined],
    ['arn:aws:sqs', undefined],
    [undefined, undefined],
  ])('%s → %s', (arn, account) => {
    expect(arnAccount(arn)).toBe(account);
  });
});

describe('roleNameOf (role of a role ARN or a session ARN)', () => {
  it.each<[string | undefined, string | undefined]>([
    ['arn:aws:iam::111122223333:role/app', 'app'],
    ['arn:aws:iam::111122223333:role/service-role/team/app', 'app'],
    ['arn:aws:sts::111122223333:assumed-role/app/session-1', 'app'],
    ['arn:aws-cn:sts::111122223333:assumed-role/app/a/b', 'app'],
    ['arn:aws:iam::111122223333:user/alice', undefined],
    [FN, undefined],
    [undefined, undefined],
  ])('%s → %s', (arn, name) => {
    expect(roleNameOf(arn)).toBe(name);
  });

  it('accountOf takes a missing ARN', () => {
    expect(accountOf(undefined)).toBeUndefined();
  });
});
