/**
 * The audit summary shared by every renderer: how much was audited and what was found.
 */
import type { CheckRun } from '../checks/runner';
import { SEVERITIES, type Finding, type Severity } from '../findings/types';
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
 * One line, e.g. `12 functions audited · 9 findings (2 critical, 4 high, …) · 5 denials parsed · 0 check errors`.
 * The function count is left out of event-only audits (`explain`).
 */
export function renderSummaryLine(summary: AuditSummary, style: Style = PLAIN_STYLE): string {
  const sev = SEVERITIES.map((s) => style.severity(s, `${summary.bySeverity[s]} ${s}`)).join(', ');
  const denials = `${summary.denialsParsed} denial${summary.denialsParsed === 1 ? '' : 's'} parsed${
    summary.denialsRejected > 0 ? ` (${summary.denialsRejected} rejected)` : ''
  }`;
  const eventsOnly = summary.functionsAudited === 0 && summary.denialsParsed > 0;
  const parts = [
    ...(eventsOnly ? [] : [`${summary.functionsAudited} function${summary.functionsAudited === 1 ? '' : 's'} audited`]),
    `${summary.findings} finding${summary.findings === 1 ? '' : 's'} (${sev})`,
    denials,
    `${summary.checkErrors} check error${summary.checkErrors === 1 ? '' : 's'} in ${summary.checkRuns} check runs`,
  ];
  return `${style.bold('Summary:')} ${parts.join(' · ')}\n`;
}
