import { readConfig } from '../../lambda/handlers/config';

const ENV = { TOPIC_ARN: 'arn:aws:sns:us-east-1:111122223333:t', TABLE_NAME: 'laa-dedup', AWS_REGION: 'us-east-1' };

describe('readConfig: central deployment', () => {
  it.each([
    ['single account (no member role)', {}, undefined],
    [
      'central account',
      { MEMBER_ROLE_NAME: 'LambdaAccessAuditorMember', AUDITOR_ACCOUNT_ID: '111122223333' },
      { roleName: 'LambdaAccessAuditorMember', homeAccount: '111122223333' },
    ],
  ])('%s', (_label, extra, expected) => {
    expect(readConfig({ ...ENV, ...extra }).memberAccess).toEqual(expected);
  });

  it('requires the auditor account with a member role', () => {
    expect(() => readConfig({ ...ENV, MEMBER_ROLE_NAME: 'R' })).toThrow('AUDITOR_ACCOUNT_ID is not set');
  });
});
