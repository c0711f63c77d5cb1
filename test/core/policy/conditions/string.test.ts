import { evaluate } from './helpers';

const ctx = { 'aws:username': 'Alice', 'aws:PrincipalTag/team': 'red', 's3:prefix': 'home/Alice/docs' };

describe('String condition operators', () => {
  it.each([
    ['StringEquals matches an exact value', 'StringEquals', 'aws:username', 'Alice', true],
    ['StringEquals is case-sensitive', 'StringEquals', 'aws:username', 'alice', false],
    ['StringEquals treats * as a literal', 'StringEquals', 'aws:username', 'A*', false],
    ['StringEquals: several values are ORed', 'StringEquals', 'aws:username', ['Bob', 'Alice'], true],
    ['StringEquals: condition key is case-insensitive', 'StringEquals', 'AWS:USERNAME', 'Alice', true],
    ['StringEquals on a missing key is false', 'StringEquals', 'aws:userid', 'x', false],
    ['StringNotEquals is true when no value equals', 'StringNotEquals', 'aws:username', ['Bob', 'Carol'], true],
    ['StringNotEquals is false when a value equals', 'StringNotEquals', 'aws:username', ['Bob', 'Alice'], false],
    ['StringNotEquals on a missing key is true', 'StringNotEquals', 'aws:userid', 'x', true],
    ['StringEqualsIgnoreCase ignores case', 'StringEqualsIgnoreCase', 'aws:username', 'ALICE', true],
    ['StringEqualsIgnoreCase still compares text', 'StringEqualsIgnoreCase', 'aws:username', 'ALICIA', false],
    [
      'StringNotEqualsIgnoreCase is false for a case variant',
      'StringNotEqualsIgnoreCase',
      'aws:username',
      'alice',
      false,
    ],
    ['StringNotEqualsIgnoreCase is true for other text', 'StringNotEqualsIgnoreCase', 'aws:username', 'bob', true],
    ['StringLike supports * wildcards', 'StringLike', 's3:prefix', 'home/*', true],
    ['StringLike supports ? wildcards', 'StringLike', 'aws:username', 'Alic?', true],
    ['StringLike is case-sensitive', 'StringLike', 's3:prefix', 'HOME/*', false],
    ['StringLike without a wildcard is an exact match', 'StringLike', 's3:prefix', 'home/', false],
    ['StringNotLike is false when a pattern matches', 'StringNotLike', 's3:prefix', 'home/*', false],
    ['StringNotLike is true when no pattern matches', 'StringNotLike', 's3:prefix', ['tmp/*', 'var/*'], true],
    ['StringNotLike on a missing key is true', 'StringNotLike', 's3:delimiter', 'x*', true],
    ['StringLike with a policy variable', 'StringLike', 's3:prefix', 'home/${aws:username}/*', true],
    [
      'StringEquals with a tag policy variable',
      'StringEquals',
      'aws:username',
      "${aws:PrincipalTag/missing, 'Alice'}",
      true,
    ],
    ['StringEquals with an unresolved variable is false', 'StringEquals', 'aws:username', '${aws:userid}', false],
    ['StringNotEquals with an unresolved variable is false', 'StringNotEquals', 'aws:username', '${aws:userid}', false],
    ['StringLikeIfExists on a missing key is true', 'StringLikeIfExists', 'ec2:InstanceType', 't2.*', true],
    ['StringLikeIfExists on a present key still compares', 'StringLikeIfExists', 'aws:username', 'B*', false],
    ['StringNotEqualsIfExists on a missing key is true', 'StringNotEqualsIfExists', 'aws:userid', 'x', true],
    ['StringEquals: empty-string value matches empty context value', 'StringEquals', 'empty:key', '', true],
  ])('%s', (_rule, operator, key, values, expected) => {
    expect(evaluate(operator, key, values, { ...ctx, 'empty:key': '' })).toBe(expected);
  });

  it('variables are literal text when the policy Version does not support them', () => {
    expect(evaluate('StringEquals', 'k', '${aws:username}', { k: '${aws:username}' }, false)).toBe(true);
  });
});
