import { parseDate } from '../../../../lambda/core/policy/conditions/date';
import { evaluate, problemsOf } from './helpers';

const ctx = { 'aws:CurrentTime': '2026-03-15T12:00:00Z', 'aws:EpochTime': '1773576000' };

describe('Date condition operators', () => {
  it.each([
    ['DateLessThan holds before the policy date', 'DateLessThan', 'aws:CurrentTime', '2026-12-31T00:00:00Z', true],
    ['DateLessThan is false after the policy date', 'DateLessThan', 'aws:CurrentTime', '2026-01-01T00:00:00Z', false],
    ['DateGreaterThan holds after the policy date', 'DateGreaterThan', 'aws:CurrentTime', '2026-01-01', true],
    ['DateEquals compares instants across zones', 'DateEquals', 'aws:CurrentTime', '2026-03-15T14:00:00+02:00', true],
    ['DateNotEquals is true for another instant', 'DateNotEquals', 'aws:CurrentTime', '2026-03-15T12:00:01Z', true],
    ['DateNotEquals on a missing key is true', 'DateNotEquals', 'aws:TokenIssueTime', '2026-01-01', true],
    [
      'DateLessThanEquals includes the same instant',
      'DateLessThanEquals',
      'aws:CurrentTime',
      '2026-03-15T12:00:00Z',
      true,
    ],
    [
      'DateGreaterThanEquals includes the same instant',
      'DateGreaterThanEquals',
      'aws:CurrentTime',
      '2026-03-15T12:00:00.000Z',
      true,
    ],
    ['Date policy value in epoch seconds', 'DateEquals', 'aws:CurrentTime', '1773576000', true],
    ['Date context value in epoch seconds', 'DateEquals', 'aws:EpochTime', '2026-03-15T12:00:00Z', true],
    ['Date on a missing key is false', 'DateGreaterThan', 'aws:TokenIssueTime', '2020-01-01T00:00:01Z', false],
    [
      'DateGreaterThanIfExists on a missing key is true',
      'DateGreaterThanIfExists',
      'aws:TokenIssueTime',
      '2020-01-01',
      true,
    ],
    ['Date minute precision without seconds', 'DateLessThan', 'aws:CurrentTime', '2026-03-15T12:01Z', true],
  ])('%s', (_rule, operator, key, values, expected) => {
    expect(evaluate(operator, key, values, ctx)).toBe(expected);
  });

  it.each([
    ['Date value that is not a date is an error', 'yesterday'],
    ['Date with an impossible day is an error', '2026-02-30'],
    ['Date with an impossible month is an error', '2026-13-01'],
    ['Date wildcards are not permitted', '2026-*'],
  ])('%s', (_rule, value) => {
    expect(problemsOf('DateLessThan', value)).toEqual([expect.objectContaining({ severity: 'error' })]);
  });

  it.each([
    ['ISO date at midnight UTC', '2026-01-02', Date.UTC(2026, 0, 2)],
    ['ISO time without zone is UTC', '2026-01-02T03:04:05', Date.UTC(2026, 0, 2, 3, 4, 5)],
    ['ISO negative zone offset', '2026-01-02T03:04:05-01:30', Date.UTC(2026, 0, 2, 4, 34, 5)],
    ['ISO fractional seconds', '2026-01-02T03:04:05.25Z', Date.UTC(2026, 0, 2, 3, 4, 5, 250)],
    ['epoch seconds', '86400', 86_400_000],
  ])('parseDate: %s', (_rule, text, expected) => {
    expect(parseDate(text)).toBe(expected);
  });
});
