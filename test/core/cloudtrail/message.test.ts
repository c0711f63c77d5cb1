import { parseDenialMessage, policyTypeFromText } from '../../../lambda/core/cloudtrail';

const P = 'arn:aws:sts::111122223333:assumed-role/r/fn';

describe('parseDenialMessage', () => {
  it.each([
    [
      'implicit identity',
      `User: ${P} is not authorized to perform: lambda:GetFunction on resource: arn:aws:lambda:us-east-1:111122223333:function:f because no identity-based policy allows the lambda:GetFunction action`,
      {
        action: 'lambda:GetFunction',
        resource: 'arn:aws:lambda:us-east-1:111122223333:function:f',
        reason: { kind: 'implicit', policyType: 'identity' },
      },
    ],
    [
      'no resource clause',
      `User: ${P} is not authorized to perform: codecommit:ListRepositories because no session policy allows the codecommit:ListRepositories action`,
      { action: 'codecommit:ListRepositories', reason: { kind: 'implicit', policyType: 'session' } },
    ],
    [
      'explicit boundary with ARN',
      `User: ${P} is not authorized to perform: s3:GetObject on resource: arn:aws:s3:::b/k with an explicit deny in a permissions boundary: arn:aws:iam::111122223333:policy/B`,
      {
        resource: 'arn:aws:s3:::b/k',
        reason: {
          kind: 'explicit',
          policyType: 'permissions-boundary',
          policyArn: 'arn:aws:iam::111122223333:policy/B',
        },
      },
    ],
    [
      'SCP with ARN and final dot',
      `User: ${P} is not authorized to perform: iam:ListRoles on resource: arn:aws:iam::111122223333:role/* with an explicit deny in a service control policy: arn:aws:organizations::999988887777:policy/o-abc/service_control_policy/p-1.`,
      {
        reason: {
          kind: 'explicit',
          policyType: 'scp',
          policyArn: 'arn:aws:organizations::999988887777:policy/o-abc/service_control_policy/p-1',
        },
      },
    ],
    [
      'RCP',
      `User: ${P} is not authorized to perform: s3:PutObject on resource: arn:aws:s3:::b/k with an explicit deny in a resource control policy`,
      { reason: { kind: 'explicit', policyType: 'rcp' } },
    ],
    [
      'VPC endpoint explicit',
      `User: ${P} is not authorized to perform: sqs:SendMessage with an explicit deny in a VPC endpoint policy`,
      { reason: { kind: 'explicit', policyType: 'vpc-endpoint' } },
    ],
    [
      'trust policy',
      `User: ${P} is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::1:role/x with an explicit deny in the role trust policy`,
      { reason: { kind: 'explicit', policyType: 'trust' } },
    ],
    [
      'trust policy sic wording',
      `User: ${P} is not authorized to perform: sts:AssumeRole because the role trust policy allows the sts:AssumeRole action`,
      { reason: { kind: 'implicit', policyType: 'trust' } },
    ],
    [
      'resource-based explicit',
      `User: ${P} is not authorized to perform: secretsmanager:GetSecretValue on resource: arn:aws:secretsmanager:us-east-1:1:secret:* with an explicit deny in a resource-based policy`,
      { reason: { kind: 'explicit', policyType: 'resource' } },
    ],
    [
      'S3 quoted resource',
      `User: ${P} is not authorized to perform: s3:ListBucket on "arn:aws:s3:::my-bucket" because no identity-based policy allows the s3:ListBucket action`,
      { action: 's3:ListBucket', resource: 'arn:aws:s3:::my-bucket' },
    ],
    [
      'KMS on this resource',
      `User: ${P} is not authorized to perform: kms:GenerateDataKey on this resource because no identity-based policy allows the kms:GenerateDataKey action`,
      { action: 'kms:GenerateDataKey', reason: { kind: 'implicit' } },
    ],
    [
      'EC2 prefix and encoded message',
      `You are not authorized to perform this operation. User: ${P} is not authorized to perform: ec2:RunInstances on resource: arn:aws:ec2:us-east-1:1:instance/* because no identity-based policy allows the ec2:RunInstances action. Encoded authorization failure message: aB3-_x`,
      { principal: P, action: 'ec2:RunInstances', resource: 'arn:aws:ec2:us-east-1:1:instance/*' },
    ],
    [
      'old style, no clause',
      `User: ${P} is not authorized to perform: iam:PassRole on resource: arn:aws:iam::1:role/r`,
      { resource: 'arn:aws:iam::1:role/r', reason: { kind: 'unknown' } },
    ],
    [
      'SQS old style',
      'Access to the resource https://sqs.eu-west-1.amazonaws.com/111122223333/q-1 is denied.',
      { resource: 'arn:aws:sqs:eu-west-1:111122223333:q-1', reason: { kind: 'unknown' } },
    ],
    [
      'SQS legacy host',
      'Access to the resource https://queue.amazonaws.com/111122223333/q is denied.',
      { resource: 'arn:aws:sqs:us-west-2:111122223333:q' },
    ],
    ['plain Access Denied', 'Access Denied', { reason: { kind: 'unknown' } }],
  ])('%s', (_name, message, expected) => {
    expect(parseDenialMessage(message, 'us-west-2')).toMatchObject(expected);
  });

  it.each([undefined, '', 'Access Denied', 'User: x is not'])('yields no action for %p', (message) => {
    expect(parseDenialMessage(message).action).toBeUndefined();
  });
});

describe('policyTypeFromText', () => {
  it.each([
    ['identity-based policy', 'identity'],
    ['resource-based policy', 'resource'],
    ['permissions boundary', 'permissions-boundary'],
    ['session policy', 'session'],
    ['sessions policy', 'session'],
    ['service control policy', 'scp'],
    ['resource control policy', 'rcp'],
    ['VPC endpoint policy', 'vpc-endpoint'],
    ['VPC endpoint policy transitively through a service control policy', 'vpc-endpoint'],
    ['role trust policy', 'trust'],
    ['mystery policy', undefined],
  ])('%s → %s', (text, type) => {
    expect(policyTypeFromText(text)).toBe(type);
  });
});
