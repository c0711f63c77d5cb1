/**
 * Stable JSON output of an audit: the same findings and runs always give byte-identical JSON
 * (object keys sorted recursively, arrays kept in their deterministic order).
 */
import type { CheckRun } from '../checks/runner';
import type { Finding } from '../findings/types';
import type { AuditSummary } from './summary';

/** What `--format json` prints. */
export interface JsonReport {
  readonly tool: { readonly name: string; readonly version: string };
  /** Where the data came from (account, region, snapshot time, partial). */
  readonly source?: Readonly<Record<string, unknown>>;
  readonly summary: AuditSummary;
  readonly findings: readonly Finding[];
  readonly runs: readonly CheckRun[];
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
  }
  return value;
}

/** JSON with object keys sorted recursively and `undefined` members dropped. */
export function stableStringify(value: unknown, indent = 2): string {
  return JSON.stringify(sortKeys(value), null, indent);
}

/**
 * Findings without their `text` catalog refs (issue 15): those exist for renderers to localize; JSON output
 * carries the English texts only, the same in every language.
 */
export function withoutTextRefs(findings: readonly Finding[]): Finding[] {
  return findings.map(({ text: _text, ...finding }) => finding);
}

/** Renders the report as stable, pretty JSON with a trailing newline. */
export function renderJson(report: JsonReport): string {
  return `${stableStringify({ ...report, findings: withoutTextRefs(report.findings) })}\n`;
}
