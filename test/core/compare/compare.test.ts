import { compare, renderComparison } from '../../../lambda/core/compare';
import { loadActionCatalog } from '../../../lambda/catalog';
import type { PolicyDocument, Snapshot } from '../../../lambda/core/snapshot/types';
import { ACCOUNT, allow, deny, doc, fn, role, snapshot } from '../../support/factory';

const catalog = loadActionCatalog();
const TABLE = `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/b-orders`;
const BUCKET = 'arn:aws:s3:::b-orders-archive/*';

function world(a: PolicyDocument, b: PolicyDocument): Snapshot {
  return snapshot({
    functions: [fn('b-broken', 'b-broken-role'), fn('b-working', 'b-working-role')],
    roles: [role('b-broken-role', { p: a }), role('b-working-role', { p: b })],
  });
}

const diff = (s: Snapshot, services?: string[]) => {
  const r = compare(s, 'b-broken', 'b-working', catalog, { services });
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
};
const pairs = (d: readonly { action: string; resource: string }[]) => d.map((x) => `${x.action} ${x.resource}`);

describe('compare', () => {
  it.each<[string, PolicyDocument, PolicyDocument, string[], string[]]>([
    ['identical roles', doc(allow('dynamodb:PutItem', TABLE)), doc(allow('dynamodb:PutItem', TABLE)), [], []],
    [
      'B has one more action',
      doc(allow('dynamodb:GetItem', TABLE)),
      doc(allow(['dynamodb:GetItem', 'dynamodb:PutItem'], TABLE)),
      [],
      [`dynamodb:PutItem ${TABLE}`],
    ],
    [
      'A is blocked by an explicit deny',
      doc(allow('dynamodb:PutItem', TABLE), deny('dynamodb:PutItem')),
      doc(allow('dynamodb:PutItem', TABLE)),
      [],
      [`dynamodb:PutItem ${TABLE}`],
    ],
    ['A has s3 on a bucket B lacks', doc(allow('s3:GetObject', BUCKET)), doc(), [`s3:GetObject ${BUCKET}`], []],
  ])('%s', (_name, a, b, onlyA, onlyB) => {
    const r = diff(world(a, b));
    expect(pairs(r.onlyA)).toEqual(onlyA);
    expect(pairs(r.onlyB)).toEqual(onlyB);
  });

  it('expands wildcards over the catalog and covers every service either role names', () => {
    const r = diff(world(doc(allow('sqs:*', '*')), doc(allow('sqs:SendMessage', '*'), allow('sns:Publish', '*'))));
    expect(r.services).toEqual(['sns', 'sqs']);
    expect(pairs(r.onlyA)).toContain('sqs:ReceiveMessage *');
    expect(pairs(r.onlyA)).not.toContain('sqs:SendMessage *');
    expect(pairs(r.onlyB)).toEqual(['sns:Publish *']);
    expect(r.evaluations).toBe(2 * (catalog.actionsFor('sqs').length + catalog.actionsFor('sns').length));
  });

  it('truncates at maxEvaluations and says so', () => {
    const r = compare(world(doc(allow('s3:*', '*')), doc()), 'b-broken', 'b-working', catalog, { maxEvaluations: 10 });
    expect(r.ok && r.value.truncated).toBe(true);
    expect(r.ok && r.value.evaluations).toBe(10);
  });

  it.each([
    ['unknown function', 'nope', 'FUNCTION_NOT_FOUND'],
    ['function whose role is missing', 'b-orphan', 'ROLE_NOT_FOUND'],
  ])('returns an error for %s', (_name, name, code) => {
    const s = {
      ...world(doc(), doc()),
      functions: [...world(doc(), doc()).functions, fn('b-orphan', 'b-missing-role')],
    };
    const r = compare(s, name, 'b-working', catalog);
    expect(r.ok ? undefined : r.error.code).toBe(code);
  });

  it('renders grouped deltas', () => {
    const text = renderComparison(
      diff(world(doc(allow('dynamodb:GetItem', TABLE)), doc(allow(['dynamodb:GetItem', 'dynamodb:PutItem'], TABLE)))),
    );
    expect(text).toContain(`b-working can, b-broken cannot (1):\n  on ${TABLE}: dynamodb:PutItem`);
    expect(text).toContain('b-broken can, b-working cannot: nothing.');
  });

  it.each([
    [
      'de',
      'b-working darf, b-broken nicht (1):',
      `  auf ${TABLE}: dynamodb:PutItem`,
      'Hinweis: Nur die Identitätsseite',
    ],
    [
      'ja',
      'b-working は可能、b-broken は不可 (1 件):',
      `  ${TABLE} に対して: dynamodb:PutItem`,
      '注記: アイデンティティ側のみ',
    ],
  ] as const)('renders in %s, identifiers verbatim', (lang, title, line, note) => {
    const result = diff(
      world(doc(allow('dynamodb:GetItem', TABLE)), doc(allow(['dynamodb:GetItem', 'dynamodb:PutItem'], TABLE))),
    );
    const text = renderComparison(result, 12, lang);
    expect(text).toContain(`${title}\n${line}`);
    expect(text).toContain(note);
    expect(text).not.toContain('Identity-side only');
    expect(result.notes.at(-1)).toMatch(/^Identity-side only/);
  });

  it('lists more actions than the limit as a count', () => {
    const actions = ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:Scan'];
    const text = renderComparison(
      diff(world(doc(allow('dynamodb:GetItem', TABLE)), doc(allow(actions, TABLE)))),
      1,
      'de',
    );
    expect(text).toMatch(/: dynamodb:\w+ … und 2 weitere$/m);
  });
});
