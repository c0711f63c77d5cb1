import {
  EMPTY_CONTEXT,
  MATCH,
  NO_MATCH,
  UNRESOLVED,
  compileArn,
  compileArnPattern,
  contextFromRecord,
  isArnPatternWellFormed,
  splitArn,
} from '../../../../lambda/core/policy/match';

const ctx = contextFromRecord({ 'aws:username': 'alice', 'aws:PrincipalAccount': '111122223333' });
const fn = 'arn:aws:lambda:us-east-1:111122223333:function:my-fn';

describe('ARN patterns', () => {
  it.each([
    ['* alone matches any ARN', '*', fn, true],
    ['* alone matches a non-ARN value', '*', 'anything', true],
    ['exact ARN matches', fn, fn, true],
    ['ARN matching is case-sensitive', 'arn:aws:lambda:us-east-1:111122223333:function:My-Fn', fn, false],
    ['wildcard region part', 'arn:aws:lambda:*:111122223333:function:my-fn', fn, true],
    ['* in one part does not cross a colon', 'arn:aws:lambda:*:function:my-fn', fn, false],
    ['empty region part must be empty', 'arn:aws:s3:::bucket', 'arn:aws:s3:us-east-1::bucket', false],
    ['S3 ARN with empty region and account', 'arn:aws:s3:::bucket/*', 'arn:aws:s3:::bucket/key/a.txt', true],
    ['resource part may contain colons', 'arn:aws:lambda:us-east-1:111122223333:function:my-fn:*', `${fn}:prod`, true],
    ['resource * spans colons and slashes', 'arn:aws:lambda:us-east-1:111122223333:*', `${fn}:1`, true],
    ['qualified function ARN does not match unqualified pattern', fn, `${fn}:prod`, false],
    ['? matches one character in a part', 'arn:aws:lambda:us-east-?:111122223333:function:my-fn', fn, true],
    ['account part wildcard', 'arn:aws:lambda:us-east-1:*:function:*', fn, true],
    ['all six parts wildcarded', 'arn:*:*:*:*:*', fn, true],
    ['all six parts wildcarded need an ARN-shaped value', 'arn:*:*:*:*:*', 'not:an:arn', false],
    ['value with fewer than six parts never matches', 'arn:aws:s3:::*', 'arn:aws:s3', false],
    ['pattern with fewer than six parts never matches', 'arn:aws:lambda:*', fn, false],
    ['partition must match', 'arn:aws-cn:lambda:*:*:function:*', fn, false],
    ['service must match', 'arn:aws:sqs:*:*:*', fn, false],
    ['variable in the resource part', 'arn:aws:s3:::home/${aws:username}/*', 'arn:aws:s3:::home/alice/x', true],
    [
      'variable in the resource part must equal',
      'arn:aws:s3:::home/${aws:username}/*',
      'arn:aws:s3:::home/bob/x',
      false,
    ],
    [
      'variable in the account part with its colon',
      'arn:aws:iam::${aws:PrincipalAccount}:role/*',
      'arn:aws:iam::111122223333:role/r',
      true,
    ],
  ])('%s', (_rule, pattern, value, expected) => {
    expect(compileArnPattern(pattern, { variables: true })(value, ctx)).toBe(expected);
  });

  it('an unresolved variable makes the ARN comparison unresolved', () => {
    const p = compileArn('arn:aws:s3:::home/${aws:userid}/*', { variables: true });
    expect(p.outcome('arn:aws:s3:::home/x/y', EMPTY_CONTEXT)).toBe(UNRESOLVED);
  });

  it.each([
    ['splitArn keeps extra colons in the resource part', 'arn:aws:lambda:r:1:function:f:1', 6, 'function:f:1'],
    ['splitArn of a short text', 'arn:aws', 2, 'aws'],
  ])('%s', (_rule, text, count, last) => {
    const parts = splitArn(text);
    expect(parts).toHaveLength(count);
    expect(parts[parts.length - 1]).toBe(last);
  });

  it.each<[string, string, string[]]>([
    [
      'a colon inside a variable does not split',
      'arn:aws:iam::${aws:PrincipalAccount}:role/*',
      ['arn', 'aws', 'iam', '', '${aws:PrincipalAccount}', 'role/*'],
    ],
    [
      'a quoted default may hold } and :',
      "arn:aws:${aws:userid, 'x}:y'}:r:1:b",
      ['arn', 'aws', "${aws:userid, 'x}:y'}", 'r', '1', 'b'],
    ],
    ['an unclosed ${ is literal text', 'arn:aws:${oops:s3:r:1:b', ['arn', 'aws', '${oops', 's3', 'r', '1:b']],
  ])('splitArn with variables: %s', (_rule, text, parts) => {
    expect(splitArn(text, true)).toEqual(parts);
  });

  it('a default holding } and : is matched as the tokenizer reads it', () => {
    const p = compileArn("arn:aws:s3:::${aws:userid, 'x}:y'}", { variables: true });
    expect(p.outcome('arn:aws:s3:::x}:y', EMPTY_CONTEXT)).toBe(MATCH);
    expect(p.outcome("arn:aws:s3:::${aws:userid, 'x}:y'}", EMPTY_CONTEXT)).toBe(NO_MATCH);
  });

  it.each([
    ['well-formed: six parts', 'arn:aws:s3:::b', true],
    ['well-formed: *', '*', true],
    ['malformed: five parts', 'arn:aws:s3::b', false],
  ])('isArnPatternWellFormed %s', (_rule, pattern, expected) => {
    expect(isArnPatternWellFormed(pattern)).toBe(expected);
  });
});
