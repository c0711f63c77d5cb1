import { evaluate, problemsOf } from './helpers';

const ctx = { 'aws:SecureTransport': 'false', 'aws:MultiFactorAuthPresent': 'true', 'custom:flag': 'TRUE' };

describe('Bool condition operator', () => {
  it.each([
    ['Bool matches false', 'Bool', 'aws:SecureTransport', 'false', true],
    ['Bool does not match the other value', 'Bool', 'aws:SecureTransport', 'true', false],
    ['Bool compares true/false case-insensitively', 'Bool', 'custom:flag', 'true', true],
    ['Bool on a missing key is false', 'Bool', 'aws:ViaAWSService', 'false', false],
    ['BoolIfExists on a missing key is true', 'BoolIfExists', 'aws:MultiFactorAuthPresent-x', 'false', true],
    ['BoolIfExists on a present key compares', 'BoolIfExists', 'aws:MultiFactorAuthPresent', 'false', false],
    ['Bool accepts a policy variable', 'Bool', 'aws:SecureTransport', "${custom:missing, 'false'}", true],
    ['Bool: several values are ORed', 'Bool', 'aws:SecureTransport', ['true', 'false'], true],
  ])('%s', (_rule, operator, key, values, expected) => {
    expect(evaluate(operator, key, values, ctx)).toBe(expected);
  });

  it.each([
    ['Bool value that is not true/false is an error', 'yes'],
    ['Bool value 1 is an error', '1'],
  ])('%s', (_rule, value) => {
    expect(problemsOf('Bool', value)).toEqual([expect.objectContaining({ severity: 'error' })]);
  });
});
