import { evaluate, problemsOf } from './helpers';

const hello = Buffer.from('hello').toString('base64'); // aGVsbG8=
const ctx = { 'custom:bin': hello, 'custom:nopad': 'aGVsbG8' };

describe('BinaryEquals condition operator', () => {
  it.each([
    ['BinaryEquals matches the same bytes', 'BinaryEquals', 'custom:bin', hello, true],
    ['BinaryEquals rejects other bytes', 'BinaryEquals', 'custom:bin', Buffer.from('world').toString('base64'), false],
    ['BinaryEquals compares bytes, not padding', 'BinaryEquals', 'custom:nopad', hello, true],
    ['BinaryEquals on a missing key is false', 'BinaryEquals', 'custom:none', hello, false],
    ['BinaryEqualsIfExists on a missing key is true', 'BinaryEqualsIfExists', 'custom:none', hello, true],
    ['BinaryEquals is case-sensitive (base64 is)', 'BinaryEquals', 'custom:bin', hello.toUpperCase(), false],
  ])('%s', (_rule, operator, key, values, expected) => {
    expect(evaluate(operator, key, values, ctx)).toBe(expected);
  });

  it.each([
    ['BinaryEquals value that is not base64 is an error', 'not base64!'],
    ['BinaryEquals truncated base64 is an error', 'aGVsb'],
  ])('%s', (_rule, value) => {
    expect(problemsOf('BinaryEquals', value)).toEqual([expect.objectContaining({ severity: 'error' })]);
  });
});
