import { evaluate, problemsOf } from './helpers';

const topic = 'arn:aws:sns:us-east-1:111122223333:my-topic';
const ctx = {
  'aws:SourceArn': topic,
  'aws:username': 'alice',
  'custom:odd': 'arn:aws:someservice:us-east-2:999999999999:store/abc:111122223333:finance/document.txt',
};

describe('ARN condition operators', () => {
  it.each([
    ['ArnEquals matches the exact ARN', 'ArnEquals', 'aws:SourceArn', topic, true],
    ['ArnEquals accepts wildcards like ArnLike', 'ArnEquals', 'aws:SourceArn', 'arn:aws:sns:*:111122223333:*', true],
    ['ArnLike matches part by part', 'ArnLike', 'aws:SourceArn', 'arn:aws:sns:us-east-?:*:my-*', true],
    ['ArnLike is case-sensitive', 'ArnLike', 'aws:SourceArn', 'arn:aws:sns:us-east-1:111122223333:My-Topic', false],
    [
      'ArnLike: * does not cross a colon (doc example)',
      'ArnLike',
      'custom:odd',
      'arn:aws:someservice:*:111122223333:finance/*',
      false,
    ],
    [
      'StringLike: * crosses colons (same doc example)',
      'StringLike',
      'custom:odd',
      'arn:aws:someservice:*:111122223333:finance/*',
      true,
    ],
    ['ArnLike rejects another account', 'ArnLike', 'aws:SourceArn', 'arn:aws:sns:*:444455556666:*', false],
    [
      'ArnNotEquals is true for another ARN',
      'ArnNotEquals',
      'aws:SourceArn',
      'arn:aws:sns:us-east-1:111122223333:other',
      true,
    ],
    ['ArnNotLike is false when a pattern matches', 'ArnNotLike', 'aws:SourceArn', 'arn:aws:sns:*:*:*', false],
    ['ArnNotLike on a missing key is true', 'ArnNotLike', 'aws:PrincipalArn', 'arn:aws:iam::*:role/x', true],
    ['ArnLike on a missing key is false', 'ArnLike', 'aws:PrincipalArn', '*', false],
    ['ArnLikeIfExists on a missing key is true', 'ArnLikeIfExists', 'aws:PrincipalArn', 'arn:aws:iam::*:role/x', true],
    ['ArnLike * alone matches any ARN', 'ArnLike', 'aws:SourceArn', '*', true],
    ['ArnLike with a policy variable', 'ArnLike', 'aws:SourceArn', "arn:aws:sns:*:*:${custom:none, 'my-topic'}", true],
    [
      'ArnLike with an unresolved policy variable is false',
      'ArnLike',
      'aws:SourceArn',
      'arn:aws:sns:*:*:${custom:none}',
      false,
    ],
    [
      'ArnNotLike with an unresolved policy variable is false',
      'ArnNotLike',
      'aws:SourceArn',
      'arn:aws:sns:*:*:${custom:none}',
      false,
    ],
    ['ArnLike pattern with fewer than six parts matches nothing', 'ArnLike', 'aws:SourceArn', 'arn:aws:sns:*', false],
  ])('%s', (_rule, operator, key, values, expected) => {
    expect(evaluate(operator, key, values, ctx)).toBe(expected);
  });

  it.each([
    ['ArnLike pattern with fewer than six parts is a warning', 'arn:aws:sns:*', 1],
    ['ArnLike well-formed pattern has no problem', 'arn:aws:sns:*:*:*', 0],
  ])('%s', (_rule, value, count) => {
    const problems = problemsOf('ArnLike', value);
    expect(problems).toHaveLength(count);
    problems.forEach((p) => expect(p.severity).toBe('warning'));
  });
});
