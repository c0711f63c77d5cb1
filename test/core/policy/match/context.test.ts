import { contextFromRecord } from '../../../../lambda/core/policy/match';

describe('request context view', () => {
  const ctx = contextFromRecord({ 'aws:SourceIp': '10.0.0.1', 'aws:TagKeys': ['a', 'b'], 'S3:Prefix': '' });
  it.each([
    ['condition keys are case-insensitive (lower)', 'aws:sourceip', ['10.0.0.1']],
    ['condition keys are case-insensitive (upper)', 'AWS:SOURCEIP', ['10.0.0.1']],
    ['a string value becomes a one-element list', 'aws:SourceIp', ['10.0.0.1']],
    ['a list value stays a list', 'aws:tagkeys', ['a', 'b']],
    ['an empty string is a present value', 's3:prefix', ['']],
    ['an absent key is undefined', 'aws:username', undefined],
  ])('%s', (_rule, key, expected) => {
    expect(ctx.get(key)).toEqual(expected);
  });
});
