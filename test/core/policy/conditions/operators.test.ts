import { compileCondition, isKnownOperator, parseOperator } from '../../../../lambda/core/policy/conditions';
import { evaluate, problemsOf } from './helpers';

describe('set operators ForAllValues / ForAnyValue', () => {
  const tags = { 'aws:TagKeys': ['env', 'team'], 'aws:Empty': [] as string[], 'aws:Blank': '' };
  it.each([
    [
      'ForAllValues is true when every context value matches',
      'ForAllValues:StringEquals',
      'aws:TagKeys',
      ['env', 'team', 'cost'],
      true,
    ],
    [
      'ForAllValues is false when one context value matches nothing',
      'ForAllValues:StringEquals',
      'aws:TagKeys',
      ['env'],
      false,
    ],
    ['ForAllValues on missing key is true', 'ForAllValues:StringEquals', 'aws:Missing', ['env'], true],
    ['ForAllValues on an empty list is true', 'ForAllValues:StringEquals', 'aws:Empty', ['env'], true],
    [
      'ForAllValues on an empty string is true (null data set)',
      'ForAllValues:StringEquals',
      'aws:Blank',
      ['env'],
      true,
    ],
    ['ForAnyValue is true when one context value matches', 'ForAnyValue:StringEquals', 'aws:TagKeys', ['team'], true],
    ['ForAnyValue is false when no context value matches', 'ForAnyValue:StringEquals', 'aws:TagKeys', ['cost'], false],
    ['ForAnyValue on missing key is false', 'ForAnyValue:StringEquals', 'aws:Missing', ['env'], false],
    ['ForAnyValue on an empty list is false', 'ForAnyValue:StringEquals', 'aws:Empty', ['env'], false],
    [
      'ForAnyValue with IfExists on missing key is true',
      'ForAnyValue:StringEqualsIfExists',
      'aws:Missing',
      ['env'],
      true,
    ],
    ['ForAllValues with wildcards', 'ForAllValues:StringLike', 'aws:TagKeys', ['e*', 't*'], true],
    [
      'ForAllValues:StringNotEquals is true when no context value is listed',
      'ForAllValues:StringNotEquals',
      'aws:TagKeys',
      ['cost', 'owner'],
      true,
    ],
    [
      'ForAllValues:StringNotEquals is false when one context value is listed',
      'ForAllValues:StringNotEquals',
      'aws:TagKeys',
      ['team'],
      false,
    ],
    [
      'ForAllValues:StringNotEquals on missing key is true',
      'ForAllValues:StringNotEquals',
      'aws:Missing',
      ['team'],
      true,
    ],
    [
      'ForAnyValue:StringNotEquals is true when one context value is not listed',
      'ForAnyValue:StringNotEquals',
      'aws:TagKeys',
      ['env'],
      true,
    ],
    [
      'ForAnyValue:StringNotEquals is false when every context value is listed',
      'ForAnyValue:StringNotEquals',
      'aws:TagKeys',
      ['env', 'team'],
      false,
    ],
    [
      'ForAnyValue:StringNotEquals on missing key is false',
      'ForAnyValue:StringNotEquals',
      'aws:Missing',
      ['env'],
      false,
    ],
    ['set operator keys are case-insensitive', 'ForAnyValue:StringEquals', 'AWS:TAGKEYS', ['env'], true],
    [
      'without a qualifier a multivalued key matches when any value matches',
      'StringEquals',
      'aws:TagKeys',
      ['team'],
      true,
    ],
    [
      'without a qualifier a negated operator needs no value to match',
      'StringNotEquals',
      'aws:TagKeys',
      ['team'],
      false,
    ],
    ['ForAnyValue with a numeric family', 'ForAnyValue:NumericGreaterThan', 'aws:TagKeys-n', ['5'], true],
  ])('%s', (_rule, operator, key, values, expected) => {
    expect(evaluate(operator, key, values, { ...tags, 'aws:TagKeys-n': ['1', '9'] })).toBe(expected);
  });
});

describe('operator names', () => {
  it.each([
    ['plain operator is known', 'StringEquals', true],
    ['IfExists suffix is known', 'ArnLikeIfExists', true],
    ['set prefix is known', 'ForAllValues:StringLike', true],
    ['set prefix with IfExists is known', 'ForAnyValue:IpAddressIfExists', true],
    ['operator names are matched case-insensitively', 'stringequals', true],
    ['Null has no IfExists form', 'NullIfExists', false],
    ['a typo is unknown', 'StringLikee', false],
    ['an unknown set prefix is unknown', 'ForSomeValues:StringEquals', false],
    ['every family is registered: Date', 'DateGreaterThanEquals', true],
    ['every family is registered: Binary', 'BinaryEquals', true],
    ['BinaryNotEquals does not exist', 'BinaryNotEquals', false],
    ['BoolNot does not exist', 'NotBool', false],
  ])('isKnownOperator: %s', (_rule, operator, expected) => {
    expect(isKnownOperator(operator)).toBe(expected);
  });

  it.each([
    [
      'canonical spelling of a qualified operator',
      'forallvalues:stringlikeifexists',
      'ForAllValues:StringLikeIfExists',
    ],
    ['canonical spelling of a plain operator', 'NUMERICLESSTHAN', 'NumericLessThan'],
  ])('%s', (_rule, operator, canonical) => {
    expect(parseOperator(operator)?.canonical).toBe(canonical);
  });

  it.each([
    ['unknown operator is an error', 'StringLikee', 'error'],
    ['a differently cased operator is a warning', 'stringEquals', 'warning'],
  ])('%s', (_rule, operator, severity) => {
    expect(problemsOf(operator, 'x')).toEqual([expect.objectContaining({ severity, path: 'Statement[0].Condition' })]);
  });

  it('an unknown operator never matches, even with the key missing', () => {
    expect(evaluate('StringNotEqualz', 'k', 'x', {})).toBe(false);
  });

  it('a condition keeps its entry for evidence', () => {
    const entry = { operator: 'StringEquals', key: 'aws:username', values: ['a'] };
    expect(compileCondition(entry, { variables: true }, 'p').condition.entry).toBe(entry);
  });

  it('an entry with no values is a warning and never matches', () => {
    expect(problemsOf('StringEquals', [])).toEqual([expect.objectContaining({ severity: 'warning' })]);
    expect(evaluate('StringEquals', 'k', [], { k: 'x' })).toBe(false);
  });
});
