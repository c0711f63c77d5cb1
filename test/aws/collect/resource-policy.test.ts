import { logGroups, revealsFunctionUrl, s3Buckets, serviceGrants } from '../../../lambda/aws/collect/resource-policy';

const stmt = (extra: Record<string, unknown>) => ({
  Effect: 'Allow',
  Action: 'lambda:InvokeFunction',
  Resource: '*',
  ...extra,
});
const policy = (...statements: unknown[]) => ({ Version: '2012-10-17', Statement: statements });

describe('resource policy hints', () => {
  it.each([
    [
      'ArnLike + StringEquals',
      { ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::b1' }, StringEquals: { 'AWS:SourceAccount': '1' } },
      [{ bucket: 'b1', sourceAccount: '1' }],
    ],
    [
      'lower-case key, ArnEquals, array',
      { ArnEquals: { 'aws:sourcearn': ['arn:aws:s3:::b1', 'arn:aws:s3:::b2'] } },
      [{ bucket: 'b1' }, { bucket: 'b2' }],
    ],
    ['wildcard bucket is skipped', { ArnLike: { 'AWS:SourceArn': 'arn:aws:s3:::logs-*' } }, []],
    ['no condition', undefined, []],
  ])('finds S3 buckets: %s', (_label, condition, expected) => {
    const p = policy(
      stmt({ Principal: { Service: 's3.amazonaws.com' }, ...(condition ? { Condition: condition } : {}) }),
    );
    expect(s3Buckets(p)).toEqual(expected);
  });

  it.each([
    ['logs.amazonaws.com', 'arn:aws:logs:us-east-1:1:log-group:/app/a:*', ['/app/a']],
    ['logs.eu-west-1.amazonaws.com', 'arn:aws:logs:eu-west-1:1:log-group:/app/b', ['/app/b']],
    ['s3.amazonaws.com', 'arn:aws:logs:us-east-1:1:log-group:/app/a:*', []],
  ])('finds log groups granted to %s', (service, sourceArn, expected) => {
    const p = policy(stmt({ Principal: { Service: service }, Condition: { ArnLike: { 'AWS:SourceArn': sourceArn } } }));
    expect(logGroups(p)).toEqual(expected);
  });

  it('ignores Deny statements and non-service principals', () => {
    const p = policy(
      stmt({ Effect: 'Deny', Principal: { Service: 's3.amazonaws.com' } }),
      stmt({ Principal: { AWS: 'arn:aws:iam::2:root' } }),
      stmt({ Principal: { Service: ['sns.amazonaws.com', 'events.amazonaws.com'] } }),
    );
    expect(serviceGrants(p).map((g) => g.servicePrincipal)).toEqual(['sns.amazonaws.com', 'events.amazonaws.com']);
    expect(serviceGrants(null)).toEqual([]);
    expect(serviceGrants({ Statement: stmt({ Principal: { Service: 'x.amazonaws.com' } }) })).toHaveLength(1);
  });

  it.each([
    ['InvokeFunctionUrl action', stmt({ Principal: '*', Action: 'lambda:InvokeFunctionUrl' }), true],
    [
      'InvokedViaFunctionUrl condition',
      stmt({ Principal: '*', Condition: { Bool: { 'lambda:InvokedViaFunctionUrl': 'true' } } }),
      true,
    ],
    [
      'FunctionUrlAuthType condition',
      stmt({ Principal: '*', Condition: { StringEquals: { 'lambda:FunctionUrlAuthType': 'AWS_IAM' } } }),
      true,
    ],
    ['lambda:* action', stmt({ Principal: { AWS: 'arn:aws:iam::2:root' }, Action: 'lambda:*' }), true],
    ['plain InvokeFunction', stmt({ Principal: { Service: 'sns.amazonaws.com' } }), false],
  ])('revealsFunctionUrl: %s → %s', (_label, statement, expected) => {
    expect(revealsFunctionUrl(policy(statement))).toBe(expected);
  });
});
