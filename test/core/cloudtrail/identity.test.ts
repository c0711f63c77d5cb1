import { parseCaller } from '../../../lambda/core/cloudtrail/identity';

const H = 'HIDDEN_DUE_TO_SECURITY_REASONS';

describe('parseCaller', () => {
  it.each([
    [
      'assumed role with path',
      {
        userIdentity: {
          type: 'AssumedRole',
          arn: 'arn:aws:sts::1:assumed-role/r/fn',
          principalId: 'AROA:fn',
          accountId: '111122223333',
          sessionContext: {
            sessionIssuer: { arn: 'arn:aws:iam::1:role/hq/r', userName: 'r' },
            attributes: { mfaAuthenticated: 'false' },
          },
        },
      },
      {
        type: 'AssumedRole',
        roleArn: 'arn:aws:iam::1:role/hq/r',
        roleName: 'r',
        sessionName: 'fn',
        mfaAuthenticated: false,
        viaConsole: false,
      },
    ],
    [
      'assumed role without sessionContext',
      { userIdentity: { type: 'AssumedRole', arn: 'arn:aws:sts::1:assumed-role/r/fn' } },
      { roleName: 'r', sessionName: 'fn' },
    ],
    [
      'SSO role',
      { userIdentity: { type: 'AssumedRole', arn: 'arn:aws:sts::1:assumed-role/AWSReservedSSO_Admin_abc/me@x.com' } },
      { identityCenter: true, sessionName: 'me@x.com' },
    ],
    [
      'IAM user name from ARN',
      { userIdentity: { type: 'IAMUser', arn: 'arn:aws:iam::111122223333:user/ops/bob' } },
      { userName: 'bob', accountId: '111122223333' },
    ],
    [
      'root',
      { userIdentity: { type: 'Root', arn: 'arn:aws:iam::111122223333:root', principalId: '111122223333' } },
      { type: 'Root', accountId: '111122223333' },
    ],
    [
      'AWS service',
      { userIdentity: { type: 'AWSService', invokedBy: 'lambda.amazonaws.com' } },
      { type: 'AWSService', invokedBy: 'lambda.amazonaws.com' },
    ],
    ['missing identity', {}, { type: 'Unknown', viaConsole: false }],
    [
      'hidden fields dropped',
      { userIdentity: { type: 'Unknown', arn: H, principalId: H, accountId: H } },
      { type: 'Unknown' },
    ],
    [
      'console via flag',
      { userIdentity: { type: 'IAMUser' }, sessionCredentialFromConsole: 'true' },
      { viaConsole: true },
    ],
    [
      'console via user agent',
      { userIdentity: { type: 'IAMUser' }, userAgent: 'signin.amazonaws.com' },
      { viaConsole: true },
    ],
    [
      'CLI is not console',
      { userIdentity: { type: 'IAMUser' }, userAgent: 'aws-cli/2.27.50 md/command#console' },
      { viaConsole: false },
    ],
  ])('%s', (_name, detail, expected) => {
    expect(parseCaller(detail as Record<string, unknown>)).toMatchObject(expected);
  });

  it('never keeps hidden placeholders', () => {
    const c = parseCaller({
      userIdentity: { type: 'AssumedRole', arn: H, principalId: H, accountId: H, accessKeyId: H },
    });
    expect(JSON.stringify(c)).not.toContain(H);
  });
});
