import { renderSnapshotProblems, snapshotProblemText } from '../../../lambda/core/render/snapshot-problems';
import { formatSnapshotProblems, validateSnapshot } from '../../../lambda/core/snapshot/validate';
import type { SnapshotProblem } from '../../../lambda/core/snapshot/shape';
import { testSnapshot } from '../../cli/helpers';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The real validator's problems for a snapshot broken by `breakIt` (no hand-written problem messages). */
function problemsOf(breakIt: (s: Json) => unknown): SnapshotProblem[] {
  const s = JSON.parse(JSON.stringify(testSnapshot())) as Json;
  const input = breakIt(s) ?? s;
  const result = validateSnapshot(input);
  if (result.ok) throw new Error('the broken snapshot validated');
  return result.error;
}

// [case, how to break the snapshot, the problem's path, verbatim parts, a German word, a Japanese word]
const CASES: readonly [string, (s: Json) => unknown, string, readonly string[], string, string][] = [
  [
    'a wrong type',
    (s) => void (s.functions[0].roleArn = 42),
    'functions[0].roleArn',
    ['string', 'number'],
    'erwartet',
    '必要',
  ],
  ['an array that is not one', (s) => void (s.roles = {}), 'roles', ['array', 'object'], 'erwartet', '必要'],
  [
    'a value not allowed',
    (s) => void (s.functions[0].packageType = 'Jar'),
    'functions[0].packageType',
    ['"Zip", "Image"', '"Jar"'],
    'erwartet',
    'いずれか',
  ],
  [
    'a missing property',
    (s) => void delete s.functions[0].name,
    'functions[0].name',
    [],
    'Pflichteigenschaft fehlt',
    '必須プロパティ',
  ],
  [
    'an encoded policy',
    (s) => void (s.roles[0].trustPolicy = '{"Version":"2012-10-17"}'),
    'roles[0].trustPolicy',
    ['string'],
    'decodiertes Richtlinienobjekt',
    'デコード',
  ],
  [
    'a policy of the wrong type',
    (s) => void (s.roles[0].trustPolicy = 7),
    'roles[0].trustPolicy',
    ['number'],
    'Richtlinienobjekt',
    'ポリシーオブジェクト',
  ],
  [
    'an unknown inventory key',
    (s) => void (s.inventory = { ftp: { complete: true, arns: [] } }),
    'inventory.ftp',
    ['eventbridge-rule', 'logs-subscription'],
    'unbekannter Schlüssel',
    '不明なキー',
  ],
  ['a snapshot that is no object', () => 42, '$', ['number'], 'Snapshot-Objekt', 'スナップショットオブジェクト'],
  [
    'an unsupported schema version',
    (s) => void (s.schemaVersion = 3),
    'schemaVersion',
    ['3', 'schemaVersion'],
    'nicht unterstützte Schemaversion',
    'サポートされていない',
  ],
  [
    'no schema version',
    (s) => void delete s.schemaVersion,
    'schemaVersion',
    ['schemaVersion'],
    'keine Schemaversion',
    'スキーマバージョンがありません',
  ],
];

describe('renderSnapshotProblems', () => {
  it.each(CASES)('%s: English is the validator text, byte for byte', (_name, breakIt, path) => {
    const problems = problemsOf(breakIt);
    const problem = problems.find((p) => p.path === path);
    expect(problem).toBeDefined();
    expect(renderSnapshotProblems(problems)).toBe(formatSnapshotProblems(problems));
    expect(renderSnapshotProblems(problems, 'en')).toBe(formatSnapshotProblems(problems));
    // the English catalog text rebuilds the validator's message, so the shape is recognized
    expect(snapshotProblemText(problem!.message, 'en')).toBe(problem!.message);
  });

  it.each(CASES)(
    '%s: de and ja localize the message, identifiers verbatim',
    (_name, breakIt, path, verbatim, de, ja) => {
      const problems = problemsOf(breakIt);
      const problem = problems.find((p) => p.path === path)!;
      for (const [lang, word] of [
        ['de', de],
        ['ja', ja],
      ] as const) {
        const text = snapshotProblemText(problem.message, lang);
        expect(text).not.toBe(problem.message);
        expect(text).toContain(word);
        for (const part of verbatim) expect(text).toContain(part);
        expect(renderSnapshotProblems(problems, lang).split('\n')).toContain(`${path}: ${text}`);
      }
    },
  );

  it.each([
    ['de', '1 oder 2'],
    ['fr', '1 ou 2'],
    ['ja', '1または2'],
    ['ko', '1 또는 2'],
  ] as const)('%s: the supported schema versions read as a list in that language', (lang, list) => {
    const problems = problemsOf((s) => void (s.schemaVersion = 9));
    expect(renderSnapshotProblems(problems, lang)).toContain(list);
  });

  it('keeps a message it does not recognize in English', () => {
    const problems = [{ path: 'x', message: 'something new the validator says' }];
    expect(renderSnapshotProblems(problems, 'ja')).toBe('x: something new the validator says');
  });
});
