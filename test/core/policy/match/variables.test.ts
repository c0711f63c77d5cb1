import {
  EMPTY_CONTEXT,
  MATCH,
  NO_MATCH,
  UNRESOLVED,
  compilePattern,
  compileStringPattern,
  contextFromRecord,
  hasPolicyVariables,
} from '../../../../lambda/core/policy/match';

const ctx = contextFromRecord({
  'aws:username': 'alice',
  'aws:PrincipalTag/team': 'Red',
  'aws:TagKeys': ['a', 'b'],
  'custom:star': 'x*y',
});
const like = { ignoreCase: false, wildcards: true, variables: true };

describe('policy variables', () => {
  it.each([
    ['variable is substituted', 'home/${aws:username}/*', 'home/alice/docs', true],
    ['variable must equal the context value', 'home/${aws:username}/*', 'home/bob/docs', false],
    ['variable key lookup is case-insensitive', 'home/${AWS:UserName}', 'home/alice', true],
    ['tag variable is substituted', 'team-${aws:PrincipalTag/team}', 'team-Red', true],
    ['substituted values stay case-sensitive', 'team-${aws:PrincipalTag/team}', 'team-red', false],
    ['substituted * is literal, not a wildcard', 'v/${custom:star}', 'v/x*y', true],
    ['substituted * does not match a run', 'v/${custom:star}', 'v/xzzy', false],
    ['${*} is a literal asterisk', 'a${*}b', 'a*b', true],
    ['${*} does not act as wildcard', 'a${*}b', 'axb', false],
    ['${?} is a literal question mark', 'q${?}', 'q?', true],
    ['${$} is a literal dollar sign', 'cost${$}', 'cost$', true],
    ['default used when the key is missing', "${aws:userid, 'anonymous'}", 'anonymous', true],
    ['default ignored when the key is present', "${aws:username, 'guest'}", 'alice', true],
    ['default is not used when the key is present', "${aws:username, 'guest'}", 'guest', false],
    ['default with a doubled quote stands for one quote', "${aws:userid, 'it''s'}", "it's", true],
    ['multivalued key cannot be a variable (uses default)', "${aws:TagKeys, 'none'}", 'none', true],
    ['default may contain a closing brace', "${aws:userid, 'a}b'}", 'a}b', true],
    ['default text is not re-expanded', "${aws:userid, '${aws:username}'}", '${aws:username}', true],
    ['unterminated ${ is literal text', 'a${b', 'a${b', true],
  ])('%s', (_rule, pattern, value, expected) => {
    expect(compileStringPattern(pattern, like)(value, ctx)).toBe(expected);
  });

  it.each([
    ['missing variable without default is unresolved', '${aws:userid}', 'x', UNRESOLVED],
    ['multivalued key without default is unresolved', '${aws:TagKeys}', 'a', UNRESOLVED],
    ['resolved variable that differs is a plain no-match', '${aws:username}', 'x', NO_MATCH],
    ['resolved variable that equals is a match', '${aws:username}', 'alice', MATCH],
  ])('%s', (_rule, pattern, value, expected) => {
    expect(compilePattern(pattern, like).outcome(value, ctx)).toBe(expected);
  });

  it.each([
    ['variables off (Version 2008-10-17): ${…} is literal', 'home/${aws:username}', 'home/${aws:username}', true],
    ['variables off: no substitution happens', 'home/${aws:username}', 'home/alice', false],
  ])('%s', (_rule, pattern, value, expected) => {
    expect(compileStringPattern(pattern, { ...like, variables: false })(value, ctx)).toBe(expected);
  });

  it.each([
    ['IgnoreCase folds substituted values', 'TEAM-${aws:PrincipalTag/team}', 'team-red', true],
    ['IgnoreCase folds defaults', "${aws:userid, 'ANON'}", 'anon', true],
  ])('%s', (_rule, pattern, value, expected) => {
    expect(compileStringPattern(pattern, { ...like, ignoreCase: true })(value, ctx)).toBe(expected);
  });

  it.each([
    ['detects a plain variable', 'a/${aws:username}', true],
    ['detects a special character variable', '${*}', true],
    ['plain text has no variables', 'arn:aws:s3:::b/*', false],
    ['a lone $ is not a variable', 'cost$', false],
  ])('hasPolicyVariables: %s', (_rule, text, expected) => {
    expect(hasPolicyVariables(text)).toBe(expected);
  });

  it('a missing variable never matches through the boolean matcher', () => {
    expect(compileStringPattern('${aws:userid}', like)('', EMPTY_CONTEXT)).toBe(false);
  });
});
