import { evaluate, problemsOf } from './helpers';

const ctx = { 'aws:TokenIssueTime': '2026-01-01T00:00:00Z', 'aws:TagKeys': [] as string[], 'custom:empty': '' };

describe('Null condition operator', () => {
  it.each([
    ['Null true holds when the key is absent', 'aws:MultiFactorAuthAge', 'true', true],
    ['Null true fails when the key is present', 'aws:TokenIssueTime', 'true', false],
    ['Null false holds when the key is present', 'aws:TokenIssueTime', 'false', true],
    ['Null false fails when the key is absent', 'aws:MultiFactorAuthAge', 'false', false],
    ['Null: an empty value list counts as absent', 'aws:TagKeys', 'true', true],
    ['Null: an empty string is a present value', 'custom:empty', 'false', true],
    ['Null key lookup is case-insensitive', 'AWS:TOKENISSUETIME', 'false', true],
    ['Null values are case-insensitive', 'aws:TokenIssueTime', 'FALSE', true],
    ['Null with both values always holds (OR)', 'aws:MultiFactorAuthAge', ['true', 'false'], true],
  ])('%s', (_rule, key, values, expected) => {
    expect(evaluate('Null', key, values, ctx)).toBe(expected);
  });

  it.each([
    ['Null value other than true/false is an error', 'Null', 'maybe', 'error'],
    ['NullIfExists is not an operator (error)', 'NullIfExists', 'true', 'error'],
    ['ForAllValues:Null is only a warning', 'ForAllValues:Null', 'true', 'warning'],
  ])('%s', (_rule, operator, value, severity) => {
    expect(problemsOf(operator, value)).toEqual([expect.objectContaining({ severity })]);
  });
});
