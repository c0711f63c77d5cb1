import { EMPTY_CONTEXT, compileGlob, compileStringPattern, matchGlob } from '../../../../lambda/core/policy/match';

const like = { ignoreCase: false, wildcards: true, variables: false };
const likeIc = { ignoreCase: true, wildcards: true, variables: false };
const exact = { ignoreCase: false, wildcards: false, variables: false };

describe('wildcard patterns', () => {
  it.each([
    ['* matches the empty string', '*', '', true],
    ['* matches any run', '*', 'anything/at:all', true],
    ['* matches an empty run in the middle', 'a*b', 'ab', true],
    ['* matches a long run in the middle', 'a*b', 'a-x-y-z-b', true],
    ['trailing * is a prefix match', 'logs:*', 'logs:CreateLogGroup', true],
    ['trailing * prefix must match', 'logs:*', 'log:Create', false],
    ['leading * is a suffix match', '*Object', 's3:GetObject', true],
    ['leading * suffix must match', '*Object', 's3:GetObjects', false],
    ['? matches exactly one character', 'a?c', 'abc', true],
    ['? does not match zero characters', 'a?c', 'ac', false],
    ['? does not match two characters', 'a?c', 'abbc', false],
    ['?? needs two characters', 'x??', 'xab', true],
    ['several stars in order', 'a*b*c', 'a1b2c', true],
    ['several stars: segments must keep their order', 'a*b*c', 'a1c2b', false],
    ['middle segment found leftmost without backtracking', '*ab*ab', 'xabyab', true],
    ['overlapping segments need a real second occurrence', '*aba*aba', 'abab', false],
    ['? inside a middle segment', '*a?c*', 'zzabczz', true],
    ['? inside a middle segment must fit', '*a?c*', 'zzacz', false],
    ['head and tail may not overlap', 'ab*ba', 'aba', false],
    ['head and tail adjacent', 'ab*ba', 'abba', true],
    ['literal pattern is an equality test', 'exact', 'exact', true],
    ['literal pattern rejects a longer value', 'exact', 'exactly', false],
    ['matching is case-sensitive by default', 'Bucket*', 'bucket-1', false],
    ['regex metacharacters are literal', 'a.b+(c)[d]', 'a.b+(c)[d]', true],
    ['regex metacharacters do not act as regex', 'a.b', 'axb', false],
    ['consecutive ** behave like one *', 'a**b', 'axyb', true],
    ['consecutive ** still need the tail', 'a**b', 'axy', false],
    ['empty pattern matches only the empty string', '', '', true],
    ['empty pattern rejects text', '', 'x', false],
  ])('%s', (_rule, pattern, value, expected) => {
    expect(compileStringPattern(pattern, like)(value, EMPTY_CONTEXT)).toBe(expected);
  });

  it.each([
    ['IgnoreCase folds the pattern', 'BUCKET-*', 'bucket-1', true],
    ['IgnoreCase folds the value', 'bucket-?', 'BUCKET-A', true],
    ['IgnoreCase still needs the same text', 'bucket-*', 'BUCKT-1', false],
  ])('%s', (_rule, pattern, value, expected) => {
    expect(compileStringPattern(pattern, likeIc)(value, EMPTY_CONTEXT)).toBe(expected);
  });

  it.each([
    ['without wildcards * is a literal character', 'a*', 'a*', true],
    ['without wildcards * does not match a run', 'a*', 'abc', false],
    ['without wildcards ? does not match a character', 'a?', 'ab', false],
  ])('%s', (_rule, pattern, value, expected) => {
    expect(compileStringPattern(pattern, exact)(value, EMPTY_CONTEXT)).toBe(expected);
  });

  it.each([
    ['range matching ignores text outside the range', 'b*d', 'abcde', 1, 4, true],
    ['range matching anchors at the range start', 'c*', 'abcde', 1, 5, false],
  ])('%s', (_rule, pattern, value, start, end, expected) => {
    expect(matchGlob(compileGlob(pattern), value, start, end)).toBe(expected);
  });
});
