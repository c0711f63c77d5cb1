/**
 * The problems of an invalid snapshot in the reader's language (issue 15). The validator returns English problem
 * data (`lambda/core/snapshot/validate.ts`, `shape.ts`; `--format json` and error data keep it); this renderer
 * recognizes each message shape and renders it from the catalog (`catalog/cli-extra.ts`), placing JSON paths,
 * JSON kinds, values, key names and schema versions verbatim. A message it does not recognize stays English.
 * In English the output is byte-identical to `formatSnapshotProblems`.
 */
import { t, type Lang, type MessageKey, type MessageParams } from '../i18n';
import type { SnapshotProblem } from '../snapshot/shape';
import { formatSnapshotProblems } from '../snapshot/validate';

interface Shape {
  readonly pattern: RegExp;
  readonly key: MessageKey;
  readonly params: (m: RegExpExecArray, lang: Lang) => MessageParams;
}

const VERSION_TAIL =
  'this auditor reads schemaVersion (.+) \\(current: (\\S+); re-collect the snapshot or upgrade the auditor\\)$';

/** The validator's `1 or 2` as a list in `lang` (`1 oder 2`, `1または2`); English keeps its own wording. */
function versions(list: string, lang: Lang): string {
  if (lang === 'en') return list;
  return new Intl.ListFormat(lang, { type: 'disjunction' }).format(list.split(' or '));
}

/** The validator's message shapes, most specific first (each mirrors one template in shape.ts / validate.ts). */
const SHAPES: readonly Shape[] = [
  { pattern: /^required property is missing$/, key: 'report.snapshot.problem.missing', params: () => ({}) },
  {
    pattern: /^expected decoded policy object, got string \(decode it first\)$/,
    key: 'report.snapshot.problem.encodedPolicy',
    params: () => ({}),
  },
  {
    pattern: /^expected policy object, got (\S+)$/,
    key: 'report.snapshot.problem.policy',
    params: (m) => ({ got: m[1] }),
  },
  {
    pattern: /^expected snapshot object, got (\S+)$/,
    key: 'report.snapshot.problem.root',
    params: (m) => ({ got: m[1] }),
  },
  {
    pattern: /^expected (string|number|boolean|object|array), got (\S+)$/,
    key: 'report.snapshot.problem.type',
    params: (m) => ({ expected: m[1], got: m[2] }),
  },
  {
    pattern: /^expected one of (.+), got (.+)$/s,
    key: 'report.snapshot.problem.oneOf',
    params: (m) => ({ allowed: m[1], got: m[2] }),
  },
  {
    pattern: /^unknown key; expected one of (.+)$/s,
    key: 'report.snapshot.problem.unknownKey',
    params: (m) => ({ keys: m[1] }),
  },
  {
    pattern: new RegExp(`^unsupported schema version none; ${VERSION_TAIL}`),
    key: 'report.snapshot.problem.noVersion',
    params: (m, lang) => ({ supported: versions(m[1], lang), current: m[2] }),
  },
  {
    pattern: new RegExp(`^unsupported schema version (.+); ${VERSION_TAIL}`),
    key: 'report.snapshot.problem.version',
    params: (m, lang) => ({ got: m[1], supported: versions(m[2], lang), current: m[3] }),
  },
];

/** One problem's message in `lang` (English when its shape is not known). */
export function snapshotProblemText(message: string, lang: Lang): string {
  for (const shape of SHAPES) {
    const m = shape.pattern.exec(message);
    if (m) return t(lang, shape.key, shape.params(m, lang));
  }
  return message;
}

/**
 * Renders problems one per line (`path: message`), the message in `lang`; `en` returns exactly
 * `formatSnapshotProblems(problems)`.
 */
export function renderSnapshotProblems(problems: readonly SnapshotProblem[], lang: Lang = 'en'): string {
  if (lang === 'en') return formatSnapshotProblems(problems);
  return problems.map((p) => `${p.path}: ${snapshotProblemText(p.message, lang)}`).join('\n');
}
