/**
 * Aligned findings table for terminals: one row per finding with its number, severity, target
 * (function, else principal, else `(account)`), check ID and title. Pure: styling is passed in.
 */
import type { Finding } from '../findings/types';
import { DEFAULT_LANG, t, type Lang } from '../i18n';
import { localizeFinding, severityLabel } from './localize';
import { terminalText } from './sanitize';
import { PLAIN_STYLE, type Style } from './style';
import { displayWidth, padEndWidth, padStartWidth, truncateWidth } from './width';

/** Options of {@link renderFindingsTable}. */
export interface TableOptions {
  /** Styling (default: plain text). */
  readonly style?: Style;
  /** Total line width; the title column is truncated with `…` to fit (default: no limit). */
  readonly width?: number;
  /** Language of headers, severity labels and localized titles (default English). */
  readonly lang?: Lang;
}

/** The column a finding is listed under: function name, else principal, else `(account)` (in `lang`). */
export function findingTarget(finding: Finding, lang: Lang = DEFAULT_LANG): string {
  return finding.function?.name ?? finding.principal ?? t(lang, 'table.account');
}

const HEADER_KEYS = ['table.number', 'table.severity', 'table.target', 'table.check', 'table.title'] as const;
const GAP = '  ';
const MIN_TITLE = 20;

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
  const lang = options.lang ?? DEFAULT_LANG;
  if (findings.length === 0) return `${style.bold(t(lang, 'table.none'))}\n`;
  const headers = HEADER_KEYS.map((key) => t(lang, key));
  const rows = findings.map((f, i) => [
    String(i + 1),
    severityLabel(lang, f.severity).toLocaleUpperCase(lang),
    terminalText(shortTarget(findingTarget(f, lang))),
    terminalText(f.checkId),
    terminalText(localizeFinding(f, lang).title),
  ]);
  const widths = headers
    .slice(0, 4)
    .map((h, col) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[col]))));
  const fixed = widths.reduce((sum, w) => sum + w + GAP.length, 0);
  const titleMax = options.width ? Math.max(MIN_TITLE, options.width - fixed) : Number.POSITIVE_INFINITY;
  const line = (cells: readonly string[], styleCell: (col: number, padded: string) => string): string =>
    cells
      .map((cell, col) => {
        const text = col < 4 ? padEndWidth(cell, widths[col]) : truncateWidth(cell, titleMax);
        return styleCell(col, col === 0 ? padStartWidth(cell, widths[0]) : text);
      })
      .join(GAP)
      .trimEnd();
  const out = [line(headers, (_col, s) => style.bold(s))];
  rows.forEach((row, i) => {
    out.push(line(row, (col, s) => (col === 1 ? style.severity(findings[i].severity, s) : s)));
  });
  return `${out.join('\n')}\n`;
}
