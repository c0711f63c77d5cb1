/**
 * Aligned findings table for terminals: one row per finding with its number, severity, target
 * (function, else principal, else `(account)`), check ID and title. Pure: styling is passed in.
 */
import type { Finding } from '../findings/types';
import { terminalText } from './sanitize';
import { PLAIN_STYLE, type Style } from './style';

/** Options of {@link renderFindingsTable}. */
export interface TableOptions {
  /** Styling (default: plain text). */
  readonly style?: Style;
  /** Total line width; the title column is truncated with `…` to fit (default: no limit). */
  readonly width?: number;
}

/** The column a finding is listed under: function name, else principal, else `(account)`. */
export function findingTarget(finding: Finding): string {
  return finding.function?.name ?? finding.principal ?? '(account)';
}

const HEADERS = ['#', 'SEVERITY', 'TARGET', 'CHECK', 'TITLE'] as const;
const GAP = '  ';
const MIN_TITLE = 20;

function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  return `${s.slice(0, Math.max(0, max - 1))}…`;
}

/** Shortens principal ARNs in the target column to their last path segment (`user/alice` → `alice`). */
function shortTarget(target: string): string {
  if (!target.startsWith('arn:')) return target;
  const resource = target.split(':').slice(5).join(':');
  return resource.split('/').slice(-1)[0] || target;
}

/**
 * Renders findings (in the order given) as an aligned table with a header row. Returns a line
 * saying there are no findings when the list is empty.
 */
export function renderFindingsTable(findings: readonly Finding[], options: TableOptions = {}): string {
  const style = options.style ?? PLAIN_STYLE;
  if (findings.length === 0) return `${style.bold('No findings.')}\n`;
  const rows = findings.map((f, i) => [
    String(i + 1),
    f.severity.toUpperCase(),
    terminalText(shortTarget(findingTarget(f))),
    terminalText(f.checkId),
    terminalText(f.title),
  ]);
  const widths = HEADERS.slice(0, 4).map((h, col) => Math.max(h.length, ...rows.map((r) => r[col].length)));
  const fixed = widths.reduce((sum, w) => sum + w + GAP.length, 0);
  const titleMax = options.width ? Math.max(MIN_TITLE, options.width - fixed) : Number.POSITIVE_INFINITY;
  const line = (cells: readonly string[], styleCell: (col: number, padded: string) => string): string =>
    cells
      .map((cell, col) => {
        const text = col < 4 ? cell.padEnd(widths[col]) : truncate(cell, titleMax);
        return styleCell(col, col === 0 ? cell.padStart(widths[0]) : text);
      })
      .join(GAP)
      .trimEnd();
  const out = [line(HEADERS, (_col, s) => style.bold(s))];
  rows.forEach((row, i) => {
    out.push(line(row, (col, s) => (col === 1 ? style.severity(findings[i].severity, s) : s)));
  });
  return `${out.join('\n')}\n`;
}
