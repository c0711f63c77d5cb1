/**
 * Email rendering of a finding: a subject of at most 99 printable ASCII characters (SNS requires fewer than
 * 100, no line breaks or control characters) and a plain-text body, in the deployment's language (issue 15).
 */
import type { Finding } from '../../findings/types';
import { DEFAULT_LANG, t, translator, type Lang, type Translate } from '../../i18n';
import { decisionText, statementPointer, withTypeNameIn } from '../../policy/wording';
import { detailItem } from '../details';
import { localizeFinding, severityLabel, categoryLabel } from '../localize';
import { plainText } from '../sanitize';
import { displayWidth } from '../width';
import { safeFinding } from './safe-finding';
import { asciiSubject, prettyJson, truncate } from './text';

/** SNS `Subject` must be shorter than 100 characters; we also keep it printable ASCII. */
export const MAX_SUBJECT_LENGTH = 99;

/**
 * `[LAA HIGH] my-fn: Execution role cannot s3:GetObject ...`, at most {@link MAX_SUBJECT_LENGTH} printable ASCII
 * characters. The subject is kept ASCII in every language (AWS-FACTS §10: older SNS API text required ASCII, the
 * current one UTF-8; ASCII satisfies both): German and French are transliterated (`ü` → `ue`, `é` → `e`); a
 * language that ASCII cannot carry (Japanese, Korean) gets the English subject, its body stays in that language.
 */
export function renderEmailSubject(untrusted: Finding, lang: Lang = DEFAULT_LANG): string {
  const finding = safeFinding(localizeFinding(untrusted, lang), plainText);
  const name = finding.function?.name ?? finding.principal?.split('/').pop();
  const title = name && !finding.title.includes(name) ? `${name}: ${finding.title}` : finding.title;
  const severity = severityLabel(lang, finding.severity).toLocaleUpperCase(lang);
  const subject = asciiSubject(t(lang, 'email.subject', { severity, title }), lang);
  if (subject === undefined) return renderEmailSubject(untrusted, DEFAULT_LANG);
  return truncate(subject, MAX_SUBJECT_LENGTH);
}

/** The plain-text body: what, who/when, why, fix, occurrences, references. Untrusted text is cleaned (../sanitize.ts). */
export function renderEmailBody(untrusted: Finding, lang: Lang = DEFAULT_LANG): string {
  const finding = safeFinding(localizeFinding(untrusted, lang), plainText);
  const tr = translator(lang);
  const sections = [
    headerSection(finding, lang, tr),
    eventSection(finding, tr),
    whySection(finding, lang, tr),
    fixSection(finding, tr),
    referencesSection(finding, tr),
    [tr('email.footer', { fingerprint: finding.fingerprint, checkId: finding.checkId })],
  ];
  return sections
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.join('\n'))
    .join('\n\n')
    .concat('\n');
}

function headerSection(f: Finding, lang: Lang, tr: Translate): string[] {
  const lines = [f.title, '='.repeat(Math.min(displayWidth(f.title), 78)), ''];
  const field = (key: Parameters<Translate>[0], value: string): string => `${tr(key)}: ${value}`;
  lines.push(
    [
      field('label.severity', severityLabel(lang, f.severity)),
      field('label.category', categoryLabel(lang, f.category)),
      field('label.check', f.checkId),
    ].join('    '),
  );
  if (f.function) {
    lines.push(field('label.function', `${f.function.name} (${f.function.arn})`));
    lines.push(field('label.accountRegion', `${f.function.account} / ${f.function.region}`));
  }
  if (f.principal) lines.push(field('label.principal', f.principal));
  if (f.action) lines.push(field('label.action', f.action));
  if (f.resource) lines.push(field('label.resource', f.resource));
  if (f.occurrences) {
    const o = f.occurrences;
    const count = String(o.count);
    lines.push(field('label.occurrences', tr('email.occurrences', { count, first: o.firstSeen, last: o.lastSeen })));
  }
  return lines;
}

function eventSection(f: Finding, tr: Translate): string[] {
  const e = f.event;
  if (!e) return [];
  const lines = [
    tr('email.sectionWhatHappened'),
    tr('email.eventLine', {
      time: e.time,
      principal: e.principal,
      principalType: e.principalType,
      errorCode: e.errorCode,
    }),
  ];
  if (e.errorMessage) lines.push(`${tr('label.message')}: ${e.errorMessage}`);
  if (e.authorizationId) {
    const where = e.authorizationUrl ?? tr('event.authorizationId', { id: e.authorizationId });
    lines.push(tr('email.awsEvaluation', { where }));
  }
  const ids = [
    e.accessKeyId && tr('event.accessKey', { id: e.accessKeyId }),
    e.sourceIp && tr('event.sourceIp', { ip: e.sourceIp }),
    e.userAgent && tr('event.userAgent', { agent: e.userAgent }),
    e.requestId && tr('event.requestId', { id: e.requestId }),
    tr('event.eventId', { id: e.eventId }),
  ].filter(Boolean);
  lines.push(
    `${tr('label.request')}: ${tr('email.request', { ids: ids.join(', '), account: e.account, region: e.region })}`,
  );
  return lines;
}

function whySection(f: Finding, lang: Lang, tr: Translate): string[] {
  const x = f.explanation;
  const lines = [tr('email.sectionWhy'), x.summary];
  if (x.decision) lines.push(`${tr('label.decision')}: ${decisionText(x.decision, x.decidingPolicyType, lang)}`);
  for (const s of x.statements) {
    const statement = statementPointer(lang, s.sid, s.index);
    const policy = withTypeNameIn(lang, s.policy, s.policyType);
    lines.push(`${tr('evidence.line', { effect: s.effect, policy, statement })}:`);
    lines.push(indent(prettyJson(s.statement), 4));
  }
  if (x.nearMisses.length > 0) lines.push(`${tr('label.nearMisses')}:`, ...x.nearMisses.map((n) => `- ${n}`));
  if (x.details.length > 0) lines.push(`${tr('label.details')}:`, ...x.details.map((d) => detailItem(d)));
  return lines;
}

function fixSection(f: Finding, tr: Translate): string[] {
  const fix = f.fix;
  if (!fix) return [];
  const lines = [tr('email.sectionFix'), fix.summary];
  if (fix.policyJson !== undefined) lines.push('', `${tr('label.policyJson')}:`, indent(prettyJson(fix.policyJson), 4));
  if (fix.cli) lines.push('', `${tr('label.cli')}:`, indent(fix.cli, 4));
  if (fix.cdk) lines.push('', `${tr('label.cdk')}:`, indent(fix.cdk, 4));
  if (fix.notes.length > 0) lines.push('', ...fix.notes.map((n) => `${tr('label.note')}: ${n}`));
  return lines;
}

function referencesSection(f: Finding, tr: Translate): string[] {
  if (f.references.length === 0) return [];
  return [tr('email.sectionReferences'), ...f.references.map((r) => `- ${r.title}: ${r.url}`)];
}

function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line) => pad + line)
    .join('\n');
}
