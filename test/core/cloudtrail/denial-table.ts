/**
 * Reads the fixture expectations (test/fixtures/cloudtrail/*.expected.json with an `expectation` block) and
 * renders docs/denial-table.md: "AWS says → deciding layer → the fix goes to", one row per fixture, with the
 * "auditor says" column (the check IDs whose findings report it, measured by denial-table-truth.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURE_DIR = join(__dirname, '../../fixtures/cloudtrail');
export const TABLE_PATH = join(__dirname, '../../../docs/denial-table.md');

/** The machine-readable expectation of one fixture. */
export interface Expectation {
  readonly class: string;
  readonly decidingLayer: { readonly policyType: string | null; readonly kind: string };
  readonly targetPrincipal: string;
  readonly fixTarget: string;
  readonly messageSource: string;
  readonly auditorSays: string | null;
}

/** One fixture that carries an expectation. */
export interface ExpectationCase {
  readonly name: string;
  readonly text: string;
  readonly expectation: Expectation;
}

/** Every fixture with an `expectation` block, sorted by name. */
export function loadExpectationCases(): ExpectationCase[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .flatMap((f) => {
      const name = f.replace(/\.expected\.json$/, '');
      const doc = JSON.parse(readFileSync(join(FIXTURE_DIR, f), 'utf8')) as { expectation?: Expectation };
      if (!doc.expectation) return [];
      return [{ name, text: readFileSync(join(FIXTURE_DIR, `${name}.json`), 'utf8'), expectation: doc.expectation }];
    });
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** What AWS said, shortened for the table: the error code and the reason clause (or the whole short message). */
function awsSays(text: string): string {
  const doc = JSON.parse(text) as { detail?: Record<string, unknown> } & Record<string, unknown>;
  const d = (doc.detail ?? doc) as Record<string, unknown>;
  const code = String(d.errorCode ?? '');
  const msg = typeof d.errorMessage === 'string' ? d.errorMessage : '';
  const clause = /(because no .+? allows|with an explicit deny in .+?)(?::\s*arn:\S+?)?(?:\.\s|\.?$)/s.exec(msg)?.[1];
  const suffix = [
    /: arn:/.test(msg) ? ' + policy ARN' : '',
    /authorization-details\//.test(msg) ? ' + authorization ID' : '',
  ].join('');
  const said = clause ?? (msg.length > 80 ? `${msg.slice(0, 77)}...` : msg || '(no message)');
  return `\`${code}\` ${said}${suffix}`;
}

/** The markdown table of every expectation case. */
export function renderDenialTable(cases: readonly ExpectationCase[]): string {
  const head = [
    '# Denial table: AWS says → deciding layer → the fix goes to',
    '',
    'Generated from the fixtures in `test/fixtures/cloudtrail/` that carry an `expectation` block',
    '(`test/core/cloudtrail/denial-table.test.ts` fails when this file is stale; regenerate with',
    '`UPDATE_DENIAL_TABLE=1 npx jest test/core/cloudtrail/denial-table.test.ts`). The deciding layer is the',
    'policy type AWS named (`-` when AWS named none: the layer is then inferred, see docs/intake.md). The',
    '**auditor says** column is measured: `test/core/cloudtrail/denial-table-truth.test.ts` runs every fixture',
    "through `audit()` message-only and with a snapshot consistent with AWS's message, fails when",
    "`expectation.auditorSays` differs, and checks that every finding's primary fix targets the layer AWS named.",
    '',
  ];
  const header = [
    'Fixture',
    'AWS says',
    'Deciding layer',
    'Class',
    'Fix goes to',
    'Whose policy',
    'Auditor says',
    'Message source',
  ];
  const rows = cases.map(({ name, text, expectation: e }) => {
    const layer = e.decidingLayer.policyType ? `${e.decidingLayer.policyType} (${e.decidingLayer.kind})` : '-';
    return [
      name,
      awsSays(text),
      layer,
      e.class,
      `**${e.fixTarget}**`,
      e.targetPrincipal,
      e.auditorSays ?? '',
      e.messageSource,
    ].map(cell);
  });
  return `${[...head, ...table([header, ...rows])].join('\n')}\n`;
}

/** A markdown table padded the way prettier formats it (cells are ASCII, so length = width). */
function table(lines: readonly string[][]): string[] {
  const widths = lines[0].map((_h, i) => Math.max(3, ...lines.map((l) => l[i].length)));
  const row = (l: readonly string[]): string => `| ${l.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
  return [row(lines[0]), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...lines.slice(1).map(row)];
}
