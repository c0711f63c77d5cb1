import { environmentResources, resourceArnOf } from '../../../lambda/aws/collect/env-resources';
import { mapFunction } from '../../../lambda/aws/collect/map-lambda';
import { canaryValue, findCanaries, SECRET_LOOKING_CANARIES } from '../../examples/fixtures/env-canary';

const QUEUE_ARN = 'arn:aws:sqs:eu-west-1:111122223333:orders.fifo';

describe('resourceArnOf', () => {
  it.each([
    [
      'an ARN',
      'arn:aws:dynamodb:eu-west-1:111122223333:table/orders',
      'arn:aws:dynamodb:eu-west-1:111122223333:table/orders',
    ],
    ['an S3 bucket ARN', 'arn:aws:s3:::orders-uploads', 'arn:aws:s3:::orders-uploads'],
    ['an SQS queue URL', 'https://sqs.eu-west-1.amazonaws.com/111122223333/orders.fifo', QUEUE_ARN],
    [
      'a China queue URL',
      'https://sqs.cn-north-1.amazonaws.com.cn/111122223333/q',
      'arn:aws-cn:sqs:cn-north-1:111122223333:q',
    ],
    ['a bare table name (could be a secret)', 'orders', undefined],
    ['an ARN of an unknown service', 'arn:aws:iam::111122223333:role/x', undefined],
    ['a URL with a secret in it', 'https://user:pass@sqs.eu-west-1.amazonaws.com/111122223333/q', undefined],
    ...SECRET_LOOKING_CANARIES.map((c) => [`secret-looking ${c.slice(0, 12)}…`, c, undefined] as const),
  ] as const)('%s', (_n, value, arn) => {
    expect(resourceArnOf(value)).toBe(arn);
  });
});

describe('environment values in a mapped function', () => {
  it('keep only derived ARNs by variable name; no other value survives', () => {
    const variables: Record<string, string> = {
      QUEUE_URL: 'https://sqs.eu-west-1.amazonaws.com/111122223333/orders.fifo',
      TABLE_ARN: 'arn:aws:dynamodb:eu-west-1:111122223333:table/orders',
      TABLE_NAME: canaryValue('orders', 'TABLE_NAME'),
      ...Object.fromEntries(SECRET_LOOKING_CANARIES.map((c, i) => [`SECRET_${i}`, c])),
    };
    const fn = mapFunction({
      FunctionName: 'orders',
      FunctionArn: 'arn:aws:lambda:eu-west-1:111122223333:function:orders',
      Role: 'arn:aws:iam::111122223333:role/orders-role',
      Environment: { Variables: variables },
    });
    expect(fn.environmentResources).toEqual([
      { variable: 'QUEUE_URL', arn: QUEUE_ARN },
      { variable: 'TABLE_ARN', arn: variables.TABLE_ARN },
    ]);
    const canaries = [canaryValue('orders', 'TABLE_NAME'), ...SECRET_LOOKING_CANARIES, variables.QUEUE_URL];
    // The search can find things: it finds a planted canary.
    expect(findCanaries({ planted: canaries[0] }, canaries)).toEqual(['$.planted']);
    expect(findCanaries(fn, canaries)).toEqual([]);
  });

  it('leaves the field out when no value names a resource', () => {
    expect(environmentResources({ A: 'x' })).toEqual([]);
    expect(
      mapFunction({ FunctionArn: 'arn:aws:lambda:eu-west-1:111122223333:function:f' }).environmentResources,
    ).toBeUndefined();
  });
});
