/**
 * Per-finding explanation and fix blocks for terminals: why AWS said (or will say) no, the CloudTrail
 * context of event-driven findings, and the fix as policy JSON, AWS CLI command and CDK snippet. Labels come
 * from the catalog of the chosen language (issue 15); aligned label columns are measured in display width.
 */
import type { Finding, FindingEvent, FindingExplanation, FindingFix, StatementEvidence } from '../findings/types';
import { DEFAULT_LANG, translator, type Lang, type Translate } from '../i18n';
import { decisionText, statementPointer, withTypeNameIn } from '../policy/wording';
import { localizeFinding, severityLabel } from './localize';
import { mapStrings, terminalText } from './sanitize';
import { PLAIN_STYLE, type Style } from './style';
import { findingTarget } from './table';
import { displayWidth, padEndWidth } from './width';

/** Options of {@link renderFindingDetails}. */
export interface DetailsOptions {
  readonly style?: Style;
  /** Language of labels and localized texts (default English). */
  readonly lang?: Lang;
}

const INDENT = '    ';

function indent(text: string, prefix = INDENT): string[] {
  return text.split('\n').map((l) => (l.length > 0 ? `${prefix}${l}` : l));
}

/** `Label:` for each label, padded to one column width plus a space (`Who:  `, `When: `). */
function aligned(labels: readonly string[]): string[] {
  const width = Math.max(...labels.map((l) => displayWidth(l) + 1));
  return labels.map((l) => padEndWidth(`${l}:`, width + 1));
}

function evidenceLine(s: StatementEvidence, lang: Lang, tr: Translate): string {
  const statement = statementPointer(lang, s.sid, s.index);
  return tr('evidence.line', { effect: s.effect, policy: withTypeNameIn(lang, s.policy, s.policyType), statement });
}

/**
 * One explanation detail as a list item: `bullet` + the detail, except a detail that is already a
 * list item (`- …`, under a heading detail), which is indented instead of bulleted twice.
 */
export function detailItem(detail: string, bullet = '- '): string {
  return detail.startsWith('- ') ? `  ${detail}` : `${bullet}${detail}`;
}

function explanationBlock(e: FindingExplanation, style: Style, lang: Lang, tr: Translate): string[] {
  const out = [style.bold(`  ${tr('label.why')}`), ...indent(e.summary)];
  if (e.decision) {
    out.push(`${INDENT}${tr('label.decision')}: ${decisionText(e.decision, e.decidingPolicyType, lang)}`);
  }
  if (e.statements.length > 0)
    out.push(
      `${INDENT}${tr('label.evidence')}:`,
      ...e.statements.map((s) => `${INDENT}  ${evidenceLine(s, lang, tr)}`),
    );
  if (e.nearMisses.length > 0)
    out.push(`${INDENT}${tr('label.nearMisses')}:`, ...e.nearMisses.map((n) => `${INDENT}  - ${n}`));
  if (e.details.length > 0) out.push(...e.details.map((d) => `${INDENT}${style.dim(detailItem(d, '· '))}`));
  return out;
}

function eventBlock(ev: FindingEvent, style: Style, tr: Translate): string[] {
  const [who, when, what, ids] = aligned([tr('label.who'), tr('label.when'), tr('label.what'), tr('label.ids')]);
  const actor = [`${ev.principal} (${ev.principalType})`];
  if (ev.accessKeyId) actor.push(tr('event.accessKey', { id: ev.accessKeyId }));
  if (ev.sourceIp) actor.push(tr('event.sourceIp', { ip: ev.sourceIp }));
  const out = [
    style.bold(`  ${tr('label.event')}`),
    `${INDENT}${who}${actor.join(', ')}`,
    `${INDENT}${when}${tr('details.when', { time: ev.time, region: ev.region, account: ev.account })}`,
  ];
  out.push(`${INDENT}${what}${ev.errorCode}${ev.errorMessage ? `: ${ev.errorMessage}` : ''}`);
  const idList = [
    tr('event.eventId', { id: ev.eventId }),
    ...(ev.requestId ? [tr('event.requestId', { id: ev.requestId })] : []),
  ];
  out.push(`${INDENT}${ids}${idList.join(', ')}`);
  return out;
}

function fixBlock(fix: FindingFix, style: Style, tr: Translate): string[] {
  const out = [style.bold(`  ${tr('label.fix')}`), ...indent(fix.summary)];
  if (fix.policyJson !== undefined)
    out.push(`${INDENT}${tr('label.policyJson')}:`, ...indent(JSON.stringify(fix.policyJson, null, 2), `${INDENT}  `));
  if (fix.cli) out.push(`${INDENT}${tr('label.cli')}:`, ...indent(fix.cli, `${INDENT}  `));
  if (fix.cdk) out.push(`${INDENT}${tr('label.cdk')}:`, ...indent(fix.cdk, `${INDENT}  `));
  if (fix.notes.length > 0) out.push(`${INDENT}${tr('label.notes')}:`, ...fix.notes.map((n) => `${INDENT}  - ${n}`));
  return out;
}

function headLines(finding: Finding, number: number, style: Style, lang: Lang, tr: Translate): string[] {
  const severity = severityLabel(lang, finding.severity).toLocaleUpperCase(lang);
  const head = `[${number}] ${style.severity(finding.severity, severity)}  ${finding.checkId}  ${findingTarget(finding, lang)}`;
  const out = [style.heading(head), `  ${finding.title}`];
  const [fn, request] = aligned([tr('label.function'), tr('label.request')]);
  if (finding.function) out.push(style.dim(`  ${fn}${finding.function.arn}`));
  if (finding.action || finding.resource) {
    const action = finding.action ?? tr('details.anyAction');
    const resource = finding.resource ?? tr('details.anyResource');
    out.push(style.dim(`  ${request}${tr('details.request', { action, resource })}`));
  }
  return out;
}

function tailLine(finding: Finding, tr: Translate): string {
  const occ = finding.occurrences;
  const occurrences = occ
    ? `  ${tr('label.occurrences')}: ${tr('details.occurrences', { count: String(occ.count), first: occ.firstSeen, last: occ.lastSeen })}`
    : '';
  return `  ${tr('label.fingerprint')}: ${finding.fingerprint}${occurrences}`;
}

/** Renders one finding's full explanation and fix. `number` is its row number in the table. */
export function renderFindingDetails(untrusted: Finding, number: number, options: DetailsOptions = {}): string {
  const lang = options.lang ?? DEFAULT_LANG;
  const tr = translator(lang);
  // Untrusted text (names, messages, policies) cannot drive the terminal: controls become visible escapes.
  const finding = mapStrings(localizeFinding(untrusted, lang), (s) => terminalText(s, true));
  const style = options.style ?? PLAIN_STYLE;
  const out = headLines(finding, number, style, lang, tr);
  out.push(...explanationBlock(finding.explanation, style, lang, tr));
  if (finding.event) out.push(...eventBlock(finding.event, style, tr));
  if (finding.fix) out.push(...fixBlock(finding.fix, style, tr));
  if (finding.references.length > 0) {
    out.push(
      style.bold(`  ${tr('label.references')}`),
      ...finding.references.map((r) => `${INDENT}- ${r.title}: ${r.url}`),
    );
  }
  out.push(style.dim(tailLine(finding, tr)));
  return `${out.join('\n')}\n`;
}

/** Renders the details of all findings, numbered like the table, separated by blank lines. */
export function renderAllDetails(findings: readonly Finding[], options: DetailsOptions = {}): string {
  return findings.map((f, i) => renderFindingDetails(f, i + 1, options)).join('\n');
}
