/**
 * Formats an audit outcome (`--format table|json|sarif|markdown`), writes it to stdout or `--out`,
 * and computes the exit code from `--fail-on`.
 */
import { SEVERITIES, type Finding, type Severity } from '../core/findings/types';
import { renderAllDetails } from '../core/render/details';
import { renderJson } from '../core/render/json';
import { renderMarkdown } from '../core/render/markdown';
import { renderSarif } from '../core/render/sarif';
import type { Style } from '../core/render/style';
import { renderSummaryLine, summarize, type AuditSummary } from '../core/render/summary';
import { renderFindingsTable } from '../core/render/table';
import type { Snapshot } from '../core/snapshot/types';
import type { CliDeps } from './deps';
import { whatIn, type CliIo } from './io';
import type { AuditResult } from '../core/audit';
import { DEFAULT_LANG, t, type Lang } from '../core/i18n';

/** Output formats. */
export const FORMATS = ['table', 'json', 'sarif', 'markdown'] as const;
/** One output format. */
export type Format = (typeof FORMATS)[number];

/** Severities accepted by `--fail-on`, plus `none`. */
export const FAIL_ON_CHOICES: readonly string[] = [...SEVERITIES, 'none'];

/** Exit code 1 when a finding is at or above `failOn` (e.g. `high` also fails on `critical`). */
export function failOnExitCode(findings: readonly Finding[], failOn: string | undefined): 0 | 1 {
  if (!failOn || failOn === 'none') return 0;
  const limit = SEVERITIES.indexOf(failOn as Severity);
  return findings.some((f) => SEVERITIES.indexOf(f.severity) <= limit) ? 1 : 0;
}

/** What {@link renderOutcome} needs besides the outcome. */
export interface RenderContext {
  readonly deps: CliDeps;
  readonly snapshot: Snapshot;
  readonly format: Format;
  /** Styling for the table format (plain when writing to a file). */
  readonly style: Style;
  readonly width?: number;
  readonly denialsParsed: number;
  readonly denialsRejected: number;
  /** Snapshot file path, used as the SARIF artifact location. */
  readonly snapshotPath?: string;
  readonly title?: string;
  /** Table format: print each finding's explanation and fix after the table (default true). */
  readonly details?: boolean;
  /** Table and Markdown formats: language of headings, labels and localized texts (default English; JSON/SARIF never change). */
  readonly lang?: Lang;
}

function sourceLine(s: Snapshot, lang: Lang = DEFAULT_LANG): string {
  const { provenance: p } = s;
  const partial = p.partial ? t(lang, 'report.md.sourcePartial', { count: p.failedReads.length }) : '';
  return t(lang, 'report.md.source', {
    account: s.account.id,
    region: s.account.region,
    takenAt: p.takenAt,
    mode: p.mode,
    partial,
  });
}

/** Renders the outcome in the requested format. */
export function renderOutcome(outcome: AuditResult, ctx: RenderContext): { text: string; summary: AuditSummary } {
  const summary = summarize({
    findings: outcome.findings,
    runs: outcome.runs,
    functionsAudited: outcome.functionsAudited,
    denialsParsed: ctx.denialsParsed,
    denialsRejected: ctx.denialsRejected,
  });
  const { findings } = outcome;
  switch (ctx.format) {
    case 'json':
      return {
        summary,
        text: renderJson({
          tool: { name: 'lambda-access-auditor', version: ctx.deps.version },
          source: {
            account: ctx.snapshot.account.id,
            region: ctx.snapshot.account.region,
            takenAt: ctx.snapshot.provenance.takenAt,
            partial: ctx.snapshot.provenance.partial,
          },
          summary,
          findings,
          runs: outcome.runs,
        }),
      };
    case 'sarif':
      return {
        summary,
        text: renderSarif(findings, {
          toolVersion: ctx.deps.version,
          rules: outcome.checks,
          runs: outcome.runs,
          artifactUri: ctx.snapshotPath,
        }),
      };
    case 'markdown':
      return {
        summary,
        text: renderMarkdown(findings, {
          title: ctx.title,
          summary,
          source: sourceLine(ctx.snapshot, ctx.lang),
          lang: ctx.lang,
        }),
      };
    default: {
      const { style, lang } = ctx;
      const parts = [renderFindingsTable(findings, { style, width: ctx.width, lang })];
      if (findings.length > 0 && ctx.details !== false) parts.push('', renderAllDetails(findings, { style, lang }));
      parts.push('', renderSummaryLine(summary, style, lang));
      return { summary, text: parts.join('\n') };
    }
  }
}

/**
 * Writes `text` to `out` (a file) or stdout; a file gets a one-line note on stderr in `lang` (`what` is already
 * in that language, or an English noun the CLI knows, such as `support bundle`).
 */
export function emit(io: CliIo, text: string, out: string | undefined, what: string, lang: Lang = DEFAULT_LANG): void {
  if (out) {
    io.writeFile(out, text);
    io.stderr.write(`${t(lang, 'report.cli.wrote', { what: whatIn(lang, what), path: out })}\n`);
  } else {
    io.stdout.write(text);
  }
}
