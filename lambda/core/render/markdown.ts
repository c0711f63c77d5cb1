/**
 * Markdown report of an audit: a summary, a findings table and one section per finding with its
 * explanation and fix (policy JSON, AWS CLI, CDK). Suitable for pull-request comments and tickets.
 */
import type { Finding } from '../findings/types';
import { SEVERITIES } from '../findings/types';
import { decisionText, withTypeName } from '../policy/wording';
import { detailItem } from './details';
import type { AuditSummary } from './summary';
import { findingTarget } from './table';

/** Options of {@link renderMarkdown}. */
export interface MarkdownOptions {
  readonly title?: string;
  readonly summary?: AuditSummary;
  /** One line about the source, e.g. `account 111122223333, us-east-1, snapshot taken 2026-…`. */
  readonly source?: string;
}

/** Escapes text for a Markdown table cell. */
export function escapeCell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function fence(lang: string, body: string): string[] {
  const ticks = body.includes('```') ? '````' : '```';
  return [`${ticks}${lang}`, body, ticks];
}

function summaryLines(s: AuditSummary): string[] {
  const sev = SEVERITIES.map((x) => `${s.bySeverity[x]} ${x}`).join(', ');
  return [
    `- **${s.functionsAudited}** functions audited, **${s.findings}** findings (${sev})`,
    `- ${s.denialsParsed} CloudTrail denials parsed${s.denialsRejected ? `, ${s.denialsRejected} rejected` : ''}`,
    `- ${s.checkErrors} check errors in ${s.checkRuns} check runs`,
  ];
}

function findingSection(f: Finding, n: number): string[] {
  const out = [`### ${n}. ${f.title}`, ''];
  out.push(`**${f.severity.toUpperCase()}** · \`${f.checkId}\` · ${f.category} · ${escapeCell(findingTarget(f))}`, '');
  if (f.function) out.push(`Function: \`${f.function.arn}\``, '');
  out.push(`**Why.** ${f.explanation.summary}`, '');
  if (f.explanation.decision)
    out.push(`- Decision: ${decisionText(f.explanation.decision, f.explanation.decidingPolicyType)}`);
  for (const s of f.explanation.statements)
    out.push(
      `- ${s.effect} in ${withTypeName(s.policy, s.policyType)}, ${s.sid ? `Sid \`${s.sid}\`` : `statement #${s.index}`}`,
    );
  for (const m of f.explanation.nearMisses) out.push(`- Near miss: ${m}`);
  for (const d of f.explanation.details) out.push(detailItem(d));
  if (f.event) {
    const e = f.event;
    out.push(
      '',
      `**Event.** ${e.errorCode} for ${e.principal} (${e.principalType}) at ${e.time} UTC in ${e.region}${e.sourceIp ? ` from ${e.sourceIp}` : ''}${e.accessKeyId ? `, access key ${e.accessKeyId}` : ''}; event ${e.eventId}${e.requestId ? `, request ${e.requestId}` : ''}.`,
    );
    if (e.errorMessage) out.push('', `> ${e.errorMessage}`);
  }
  if (f.fix) {
    out.push('', `**Fix.** ${f.fix.summary}`, '');
    if (f.fix.policyJson !== undefined) out.push(...fence('json', JSON.stringify(f.fix.policyJson, null, 2)), '');
    if (f.fix.cli) out.push(...fence('bash', f.fix.cli), '');
    if (f.fix.cdk) out.push(...fence('ts', f.fix.cdk), '');
    for (const note of f.fix.notes) out.push(`- ${note}`);
  }
  if (f.references.length > 0)
    out.push('', `References: ${f.references.map((r) => `[${r.title}](${r.url})`).join(', ')}`);
  out.push('', `<sub>Fingerprint \`${f.fingerprint}\`</sub>`, '');
  return out;
}

/** Renders findings (in the order given) as a Markdown document. */
export function renderMarkdown(findings: readonly Finding[], options: MarkdownOptions = {}): string {
  const out = [`# ${options.title ?? 'Lambda access audit'}`, ''];
  if (options.source) out.push(options.source, '');
  if (options.summary) out.push(...summaryLines(options.summary), '');
  if (findings.length === 0) {
    out.push('No findings.', '');
    return out.join('\n');
  }
  out.push('| # | Severity | Target | Check | Title |', '|---|---|---|---|---|');
  findings.forEach((f, i) => {
    out.push(
      `| ${i + 1} | ${f.severity} | ${escapeCell(findingTarget(f))} | \`${f.checkId}\` | ${escapeCell(f.title)} |`,
    );
  });
  out.push('', '## Findings', '');
  findings.forEach((f, i) => out.push(...findingSection(f, i + 1)));
  return out.join('\n');
}
