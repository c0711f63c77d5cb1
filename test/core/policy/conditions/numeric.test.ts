import { evaluate, problemsOf } from './helpers';

const ctx = { 's3:max-keys': '10', 'custom:ratio': '2.5', 'custom:bad': 'ten' };

describe('Numeric condition operators', () => {
  it.each([
    ['NumericEquals matches the same number', 'NumericEquals', 's3:max-keys', '10', true],
    ['NumericEquals compares numbers, not text', 'NumericEquals', 's3:max-keys', '10.0', true],
    ['NumericEquals rejects another number', 'NumericEquals', 's3:max-keys', '11', false],
    ['NumericNotEquals is true for another number', 'NumericNotEquals', 's3:max-keys', '11', true],
    ['NumericNotEquals is false for the same number', 'NumericNotEquals', 's3:max-keys', '10', false],
    ['NumericNotEquals on a missing key is true', 'NumericNotEquals', 'custom:none', '1', true],
    ['NumericLessThan is strict', 'NumericLessThan', 's3:max-keys', '10', false],
    ['NumericLessThan holds below the value', 'NumericLessThan', 's3:max-keys', '11', true],
    ['NumericLessThanEquals includes equality', 'NumericLessThanEquals', 's3:max-keys', '10', true],
    ['NumericGreaterThan is strict', 'NumericGreaterThan', 's3:max-keys', '10', false],
    ['NumericGreaterThan holds above the value', 'NumericGreaterThan', 's3:max-keys', '9', true],
    ['NumericGreaterThanEquals includes equality', 'NumericGreaterThanEquals', 's3:max-keys', '10', true],
    ['Numeric decimals compare as decimals', 'NumericGreaterThan', 'custom:ratio', '2.25', true],
    ['Numeric negative numbers', 'NumericGreaterThan', 's3:max-keys', '-5', true],
    ['Numeric: several values are ORed', 'NumericEquals', 's3:max-keys', ['1', '10'], true],
    ['Numeric on a missing key is false', 'NumericLessThan', 'custom:none', '100', false],
    ['NumericLessThanIfExists on a missing key is true', 'NumericLessThanIfExists', 'custom:none', '100', true],
    ['Numeric: a non-numeric context value never matches', 'NumericLessThan', 'custom:bad', '100', false],
  ])('%s', (_rule, operator, key, values, expected) => {
    expect(evaluate(operator, key, values, ctx)).toBe(expected);
  });

  it.each([
    ['Numeric value that is not a number is an error', 'NumericEquals', 'ten'],
    ['Numeric value with a policy variable is an error (no variables in Numeric)', 'NumericEquals', '${s3:max-keys}'],
    ['Numeric empty value is an error', 'NumericLessThan', ''],
    ['Numeric wildcard is an error', 'NumericEquals', '1*'],
  ])('%s', (_rule, operator, value) => {
    const problems = problemsOf(operator, value);
    expect(problems).toEqual([expect.objectContaining({ severity: 'error', path: 'Statement[0].Condition[0]' })]);
  });

  it.each([
    ['an invalid Numeric value makes the condition never match', 'NumericEquals'],
    ['an invalid value makes even a negated Numeric operator never match', 'NumericNotEquals'],
  ])('%s', (_rule, operator) => {
    expect(evaluate(operator, 's3:max-keys', ['10', 'x'], ctx)).toBe(false);
    expect(evaluate(operator, 'custom:none', ['10', 'x'], ctx)).toBe(false);
  });
});
