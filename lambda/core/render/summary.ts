/**
 * The audit summary shared by every renderer: how much was audited and what was found.
 */
import type { CheckRun } from '../checks/runner';
import { SEVERITIES, type Finding, type Severity } from '../findings/types';
import { DEFAULT_LANG, translator, type Lang } from '../i18n';
import { severityLabel } from './localize';
import type { Style } from './style';
import { PLAIN_STYLE } from './style';

/** Counts describing one audit. */
export interface AuditSummary {
  readonly functionsAudited: number;
  readonly findings: number;
  /** Findings per severity (every severity present, zero when none). */
  readonly bySeverity: Readonly<Record<Severity, number>>;
  /** CloudTrail denials parsed successfully. */
  readonly denialsParsed: number;
  /** CloudTrail inputs that could not be parsed (or were not authorization failures). */
  readonly denialsRejected: number;
  /** Check runs that threw (each became a `LAA-CHECK-ERROR` finding). */
  readonly checkErrors: number;
  readonly checkRuns: number;
}

/** Inputs of {@link summarize} that the findings themselves do not carry. */
export interface SummaryInput {
  readonly findings: readonly Finding[];
  readonly runs: readonly CheckRun[];
  readonly functionsAudited: number;
  readonly denialsParsed?: number;
  readonly denialsRejected?: number;
}

/** Computes the summary of an audit. */
export function summarize(input: SummaryInput): AuditSummary {
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of input.findings) bySeverity[f.severity] += 1;
  return {
    functionsAudited: input.functionsAudited,
    findings: input.findings.length,
    bySeverity,
    denialsParsed: input.denialsParsed ?? 0,
    denialsRejected: input.denialsRejected ?? 0,
    checkErrors: input.runs.filter((r) => r.status === 'error').length,
    checkRuns: input.runs.length,
  };
}

/**
 * One line, e.g. `12 functions audited · 9 findings (2 critical, 4 high, …) · 5 denials parsed · 0 check errors`,
 * in `lang` (default English). The function count is left out of event-only audits (`explain`).
 */
export function renderSummaryLine(
  summary: AuditSummary,
  style: Style = PLAIN_STYLE,
  lang: Lang = DEFAULT_LANG,
): string {
  const tr = translator(lang);
  const sev = SEVERITIES.map((s) =>
    style.severity(s, tr('summary.severityCount', { count: summary.bySeverity[s], severity: severityLabel(lang, s) })),
  ).join(', ');
  const rejected = summary.denialsRejected > 0 ? tr('summary.rejected', { count: summary.denialsRejected }) : '';
  const denials = `${tr('summary.denials', { count: summary.denialsParsed })}${rejected}`;
  const eventsOnly = summary.functionsAudited === 0 && summary.denialsParsed > 0;
  const parts = [
    ...(eventsOnly ? [] : [tr('summary.functions', { count: summary.functionsAudited })]),
    tr('summary.findings', { count: summary.findings, bySeverity: sev }),
    denials,
    tr('summary.checkErrors', { count: summary.checkErrors, runs: summary.checkRuns }),
  ];
  return `${style.bold(tr('summary.label'))} ${parts.join(' · ')}\n`;
}
