/**
 * Markdown report of an audit: a summary, a findings table and one section per finding with its
 * explanation and fix (policy JSON, AWS CLI, CDK). Suitable for pull-request comments and tickets. Headings and
 * labels come from the catalog of the chosen language (issue 15; catalog/report-markdown.ts).
 */
import type { Finding, FindingEvent, FindingFix } from '../findings/types';
import { SEVERITIES } from '../findings/types';
import { DEFAULT_LANG, translator, type Lang, type Translate } from '../i18n';
import { decisionText, withTypeNameIn } from '../policy/wording';
import { detailItem } from './details';
import { categoryLabel, localizeFinding, severityLabel } from './localize';
import type { AuditSummary } from './summary';
import { findingTarget } from './table';

/** Options of {@link renderMarkdown}. */
export interface MarkdownOptions {
  readonly title?: string;
  readonly summary?: AuditSummary;
  /** One line about the source, e.g. `account 111122223333, us-east-1, snapshot taken 2026-…`. */
  readonly source?: string;
  /** Language of headings, labels and localized finding texts (default English; identifiers stay verbatim). */
  readonly lang?: Lang;
}

/** Escapes text for a Markdown table cell. */
export function escapeCell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function fence(lang: string, body: string): string[] {
  const ticks = body.includes('```') ? '````' : '```';
  return [`${ticks}${lang}`, body, ticks];
}

function summaryLines(s: AuditSummary, lang: Lang, tr: Translate): string[] {
  const sev = SEVERITIES.map((x) =>
    tr('summary.severityCount', { count: s.bySeverity[x], severity: severityLabel(lang, x) }),
  ).join(', ');
  const rejected = s.denialsRejected ? tr('report.md.rejected', { count: s.denialsRejected }) : '';
  return [
    tr('report.md.functions', { count: s.functionsAudited, total: s.findings, bySeverity: sev }),
    tr('report.md.denials', { count: s.denialsParsed, rejected }),
    tr('report.md.checkErrors', { count: s.checkErrors, runs: s.checkRuns }),
  ];
}

function explanationLines(f: Finding, lang: Lang, tr: Translate): string[] {
  const e = f.explanation;
  const out = [tr('report.md.why', { summary: e.summary }), ''];
  if (e.decision)
    out.push(tr('report.md.decision', { decision: decisionText(e.decision, e.decidingPolicyType, lang) }));
  for (const s of e.statements) {
    const statement = s.sid ? tr('report.md.sid', { sid: s.sid }) : tr('report.md.index', { index: String(s.index) });
    out.push(
      tr('report.md.statement', { effect: s.effect, policy: withTypeNameIn(lang, s.policy, s.policyType), statement }),
    );
  }
  for (const m of e.nearMisses) out.push(tr('report.md.nearMiss', { text: m }));
  for (const d of e.details) out.push(detailItem(d));
  return out;
}

function eventLines(e: FindingEvent, tr: Translate): string[] {
  const line = tr('report.md.event', {
    errorCode: e.errorCode,
    principal: e.principal,
    principalType: e.principalType,
    time: e.time,
    region: e.region,
    from: e.sourceIp ? tr('report.md.eventFrom', { ip: e.sourceIp }) : '',
    key: e.accessKeyId ? tr('report.md.eventKey', { id: e.accessKeyId }) : '',
    eventId: e.eventId,
    request: e.requestId ? tr('report.md.eventRequest', { id: e.requestId }) : '',
  });
  return ['', line, ...(e.errorMessage ? ['', `> ${e.errorMessage}`] : [])];
}

function fixLines(fix: FindingFix, tr: Translate): string[] {
  const out = ['', tr('report.md.fix', { summary: fix.summary }), ''];
  if (fix.policyJson !== undefined) out.push(...fence('json', JSON.stringify(fix.policyJson, null, 2)), '');
  if (fix.cli) out.push(...fence('bash', fix.cli), '');
  if (fix.cdk) out.push(...fence('ts', fix.cdk), '');
  for (const note of fix.notes) out.push(`- ${note}`);
  return out;
}

function findingSection(f: Finding, n: number, lang: Lang, tr: Translate): string[] {
  const out = [`### ${n}. ${f.title}`, ''];
  const severity = severityLabel(lang, f.severity).toLocaleUpperCase(lang);
  const target = escapeCell(findingTarget(f, lang));
  out.push(`**${severity}** · \`${f.checkId}\` · ${categoryLabel(lang, f.category)} · ${target}`, '');
  if (f.function) out.push(tr('report.md.function', { arn: f.function.arn }), '');
  out.push(...explanationLines(f, lang, tr));
  if (f.event) out.push(...eventLines(f.event, tr));
  if (f.fix) out.push(...fixLines(f.fix, tr));
  if (f.references.length > 0) {
    const list = f.references.map((r) => `[${r.title}](${r.url})`).join(', ');
    out.push('', tr('report.md.references', { list }));
  }
  out.push('', tr('report.md.fingerprint', { fingerprint: f.fingerprint }), '');
  return out;
}

/** Renders findings (in the order given) as a Markdown document, in `options.lang` (default English). */
export function renderMarkdown(findings: readonly Finding[], options: MarkdownOptions = {}): string {
  const lang = options.lang ?? DEFAULT_LANG;
  const tr = translator(lang);
  const out = [`# ${options.title ?? tr('report.md.title')}`, ''];
  if (options.source) out.push(options.source, '');
  if (options.summary) out.push(...summaryLines(options.summary, lang, tr), '');
  if (findings.length === 0) {
    out.push(tr('table.none'), '');
    return out.join('\n');
  }
  const shown = findings.map((f) => localizeFinding(f, lang));
  out.push(tr('report.md.tableHeader'), '|---|---|---|---|---|');
  shown.forEach((f, i) => {
    const cells = [severityLabel(lang, f.severity), escapeCell(findingTarget(f, lang)), `\`${f.checkId}\``];
    out.push(`| ${i + 1} | ${cells.join(' | ')} | ${escapeCell(f.title)} |`);
  });
  out.push('', `## ${tr('report.md.findings')}`, '');
  shown.forEach((f, i) => out.push(...findingSection(f, i + 1, lang, tr)));
  return out.join('\n');
}
