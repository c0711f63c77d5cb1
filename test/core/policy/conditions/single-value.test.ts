/**
 * The single-value path: the request view answers a single-valued key as the string itself (`value`), not as
 * a one-element list, and every condition test must decide exactly as it does on the list. Each operator (with
 * and without `ForAllValues:` / `ForAnyValue:` / `IfExists`) × policy values × context value is evaluated
 * once on the request view and once on a reference view that answers only lists.
 */
import { ALL_OPERATORS, compileCondition } from '../../../../lambda/core/policy/conditions';
import { requestContext } from '../../../../lambda/core/policy/context';
import type { RequestContextView } from '../../../../lambda/core/policy/match';
import type { ContextValue } from '../../../../lambda/core/policy/model';
import { ACCOUNT, session } from '../../../support/factory';

const KEY = 'test:Key';

/** The context values a request may carry, untyped JSON included (numbers, null, mixed lists). */
const CONTEXT_VALUES: readonly unknown[] = [
  undefined,
  '',
  'a',
  'A',
  'abc',
  '10.0.0.1',
  'true',
  'false',
  '5',
  '2026-12-03T12:00:00Z',
  'dGVzdA==',
  `arn:aws:iam::${ACCOUNT}:role/r`,
  [],
  [''],
  ['a'],
  ['a', 'b'],
  ['', 'a'],
  ['10.0.0.1', '192.168.0.1'],
  5,
  true,
  null,
  ['a', 7, null],
];

/** Policy values that each family accepts (and some it rejects: those entries compile to never-match). */
const POLICY_VALUES: readonly (readonly string[])[] = [
  [''],
  ['a'],
  ['A*'],
  ['a', 'b'],
  ['10.0.0.0/8'],
  ['true'],
  ['5'],
  ['2026-01-01T00:00:00Z'],
  ['dGVzdA=='],
  [`arn:aws:iam::${ACCOUNT}:role/*`],
  ['${aws:username}'],
  ['${aws:PrincipalAccount}'],
];

/** What the view answered before the single-value path: always a list (or undefined). */
function asListReference(v: unknown): readonly string[] | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.filter((y) => y !== undefined && y !== null).map(String);
  return v === null ? [] : [String(v)];
}

/** A view that answers `KEY` from `v` as a list, and every other key from the request view. */
function listView(v: unknown, inner: RequestContextView): RequestContextView {
  const get = (key: string): readonly string[] | undefined =>
    key.toLowerCase() === KEY.toLowerCase() ? asListReference(v) : inner.get(key);
  return { get, value: get };
}

const operators = ALL_OPERATORS.flatMap((op) =>
  ['', 'ForAllValues:', 'ForAnyValue:'].flatMap((set) => [`${set}${op.name}`, `${set}${op.name}IfExists`]),
);

describe('conditions: a single value answered as a string decides as the one-element list', () => {
  it.each(operators)('%s', (operator) => {
    let compared = 0;
    for (const values of POLICY_VALUES) {
      const { condition } = compileCondition({ operator, key: KEY, values }, { variables: true }, 'c');
      for (const v of CONTEXT_VALUES) {
        const context = (v === undefined ? {} : { [KEY]: v }) as Record<string, ContextValue>;
        const request = { principal: session(), action: 's3:GetObject', resource: 'arn:aws:s3:::b/k', context };
        const view = requestContext(request, ACCOUNT);
        const expected = condition.test(listView(v, requestContext(request, ACCOUNT)));
        expect({ values, v, got: condition.test(view) }).toEqual({ values, v, got: expected });
        compared++;
      }
    }
    expect(compared).toBe(POLICY_VALUES.length * CONTEXT_VALUES.length);
  });

  it('the view answers a single value as the string and a list as the list', () => {
    const request = {
      principal: session(),
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::b/k',
      context: { one: 'x', many: ['x', 'y'], num: 5 } as unknown as Record<string, ContextValue>,
    };
    const view = requestContext(request, ACCOUNT);
    expect([view.value('ONE'), view.value('many'), view.value('num'), view.value('aws:PrincipalAccount')]).toEqual([
      'x',
      ['x', 'y'],
      '5',
      ACCOUNT,
    ]);
    expect([view.get('ONE'), view.get('num'), view.get('aws:PrincipalAccount'), view.get('none')]).toEqual([
      ['x'],
      ['5'],
      [ACCOUNT],
      undefined,
    ]);
  });
});
