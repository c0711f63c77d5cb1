/**
 * Per-finding explanation and fix blocks for terminals: why AWS said (or will say) no, the CloudTrail
 * context of event-driven findings, and the fix as policy JSON, AWS CLI command and CDK snippet.
 */
import type { Finding, FindingEvent, FindingExplanation, FindingFix, StatementEvidence } from '../findings/types';
import { decisionText, withTypeName } from '../policy/wording';
import { mapStrings, terminalText } from './sanitize';
import { PLAIN_STYLE, type Style } from './style';
import { findingTarget } from './table';

/** Options of {@link renderFindingDetails}. */
export interface DetailsOptions {
  readonly style?: Style;
}

const INDENT = '    ';

function indent(text: string, prefix = INDENT): string[] {
  return text.split('\n').map((l) => (l.length > 0 ? `${prefix}${l}` : l));
}

function evidenceLine(s: StatementEvidence): string {
  const where = s.sid ? `Sid "${s.sid}"` : `statement #${s.index}`;
  return `- ${s.effect} in ${withTypeName(s.policy, s.policyType)}, ${where}`;
}

/**
 * One explanation detail as a list item: `bullet` + the detail, except a detail that is already a
 * list item (`- …`, under a heading detail), which is indented instead of bulleted twice.
 */
export function detailItem(detail: string, bullet = '- '): string {
  return detail.startsWith('- ') ? `  ${detail}` : `${bullet}${detail}`;
}

function explanationBlock(e: FindingExplanation, style: Style): string[] {
  const out = [style.bold('  Why'), ...indent(e.summary)];
  if (e.decision) {
    out.push(`${INDENT}Decision: ${decisionText(e.decision, e.decidingPolicyType)}`);
  }
  if (e.statements.length > 0)
    out.push(`${INDENT}Evidence:`, ...e.statements.map((s) => `${INDENT}  ${evidenceLine(s)}`));
  if (e.nearMisses.length > 0) out.push(`${INDENT}Near misses:`, ...e.nearMisses.map((n) => `${INDENT}  - ${n}`));
  if (e.details.length > 0) out.push(...e.details.map((d) => `${INDENT}${style.dim(detailItem(d, '· '))}`));
  return out;
}

function eventBlock(ev: FindingEvent, style: Style): string[] {
  const who = [`${ev.principal} (${ev.principalType})`];
  if (ev.accessKeyId) who.push(`access key ${ev.accessKeyId}`);
  if (ev.sourceIp) who.push(`from ${ev.sourceIp}`);
  const out = [
    style.bold('  Event'),
    `${INDENT}Who:  ${who.join(', ')}`,
    `${INDENT}When: ${ev.time} (UTC), ${ev.region}, account ${ev.account}`,
  ];
  out.push(`${INDENT}What: ${ev.errorCode}${ev.errorMessage ? `: ${ev.errorMessage}` : ''}`);
  const ids = [`event ${ev.eventId}`, ...(ev.requestId ? [`request ${ev.requestId}`] : [])];
  out.push(`${INDENT}IDs:  ${ids.join(', ')}`);
  return out;
}

function fixBlock(fix: FindingFix, style: Style): string[] {
  const out = [style.bold('  Fix'), ...indent(fix.summary)];
  if (fix.policyJson !== undefined)
    out.push(`${INDENT}Policy JSON:`, ...indent(JSON.stringify(fix.policyJson, null, 2), `${INDENT}  `));
  if (fix.cli) out.push(`${INDENT}AWS CLI:`, ...indent(fix.cli, `${INDENT}  `));
  if (fix.cdk) out.push(`${INDENT}CDK:`, ...indent(fix.cdk, `${INDENT}  `));
  if (fix.notes.length > 0) out.push(`${INDENT}Notes:`, ...fix.notes.map((n) => `${INDENT}  - ${n}`));
  return out;
}

/** Renders one finding's full explanation and fix. `number` is its row number in the table. */
export function renderFindingDetails(untrusted: Finding, number: number, options: DetailsOptions = {}): string {
  // Untrusted text (names, messages, policies) cannot drive the terminal: controls become visible escapes.
  const finding = mapStrings(untrusted, (s) => terminalText(s, true));
  const style = options.style ?? PLAIN_STYLE;
  const head = `[${number}] ${style.severity(finding.severity, finding.severity.toUpperCase())}  ${finding.checkId}  ${findingTarget(finding)}`;
  const out = [style.heading(head), `  ${finding.title}`];
  if (finding.function) out.push(style.dim(`  Function: ${finding.function.arn}`));
  if (finding.action || finding.resource) {
    out.push(style.dim(`  Request:  ${finding.action ?? '(any action)'} on ${finding.resource ?? '(any resource)'}`));
  }
  out.push(...explanationBlock(finding.explanation, style));
  if (finding.event) out.push(...eventBlock(finding.event, style));
  if (finding.fix) out.push(...fixBlock(finding.fix, style));
  if (finding.references.length > 0) {
    out.push(style.bold('  References'), ...finding.references.map((r) => `${INDENT}- ${r.title}: ${r.url}`));
  }
  const occ = finding.occurrences;
  const tail = `  Fingerprint: ${finding.fingerprint}${occ ? `  Occurrences: ${occ.count} (${occ.firstSeen} → ${occ.lastSeen})` : ''}`;
  out.push(style.dim(tail));
  return `${out.join('\n')}\n`;
}

/** Renders the details of all findings, numbered like the table, separated by blank lines. */
export function renderAllDetails(findings: readonly Finding[], options: DetailsOptions = {}): string {
  return findings.map((f, i) => renderFindingDetails(f, i + 1, options)).join('\n');
}
