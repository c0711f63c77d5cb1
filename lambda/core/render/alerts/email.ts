/**
 * Email rendering of a finding: a subject of at most 99 printable ASCII characters (SNS requires fewer than
 * 100, no line breaks or control characters) and a plain-text body.
 */
import type { Finding } from '../../findings/types';
import { decisionText, withTypeName } from '../../policy/wording';
import { detailItem } from '../details';
import { plainText } from '../sanitize';
import { safeFinding } from './safe-finding';
import { prettyJson, toPrintableAscii, truncate } from './text';

/** SNS `Subject` must be shorter than 100 characters; we also keep it printable ASCII. */
export const MAX_SUBJECT_LENGTH = 99;

/** `[LAA HIGH] my-fn: Execution role cannot s3:GetObject ...`, at most {@link MAX_SUBJECT_LENGTH} characters. */
export function renderEmailSubject(untrusted: Finding): string {
  const finding = safeFinding(untrusted, plainText);
  const name = finding.function?.name ?? finding.principal?.split('/').pop();
  const title = name && !finding.title.includes(name) ? `${name}: ${finding.title}` : finding.title;
  const subject = toPrintableAscii(`[LAA ${finding.severity.toUpperCase()}] ${title}`);
  return truncate(subject, MAX_SUBJECT_LENGTH);
}

/** The plain-text body: what, who/when, why, fix, occurrences, references. Untrusted text is cleaned (../sanitize.ts). */
export function renderEmailBody(untrusted: Finding): string {
  const finding = safeFinding(untrusted, plainText);
  const sections = [
    headerSection(finding),
    eventSection(finding),
    whySection(finding),
    fixSection(finding),
    referencesSection(finding),
    [`Fingerprint: ${finding.fingerprint} (check ${finding.checkId}). Sent by lambda-access-auditor.`],
  ];
  return sections
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.join('\n'))
    .join('\n\n')
    .concat('\n');
}

function headerSection(f: Finding): string[] {
  const lines = [f.title, '='.repeat(Math.min(f.title.length, 78)), ''];
  lines.push(`Severity: ${f.severity}    Category: ${f.category}    Check: ${f.checkId}`);
  if (f.function) {
    lines.push(`Function: ${f.function.name} (${f.function.arn})`);
    lines.push(`Account/Region: ${f.function.account} / ${f.function.region}`);
  }
  if (f.principal) lines.push(`Principal: ${f.principal}`);
  if (f.action) lines.push(`Action: ${f.action}`);
  if (f.resource) lines.push(`Resource: ${f.resource}`);
  if (f.occurrences) {
    const o = f.occurrences;
    lines.push(`Occurrences: ${o.count} (first seen ${o.firstSeen}, last seen ${o.lastSeen})`);
  }
  return lines;
}

function eventSection(f: Finding): string[] {
  const e = f.event;
  if (!e) return [];
  const lines = ['WHAT HAPPENED', `${e.time} UTC: ${e.principal} (${e.principalType}) got ${e.errorCode}.`];
  if (e.errorMessage) lines.push(`Message: ${e.errorMessage}`);
  if (e.authorizationId) {
    lines.push(
      `AWS's own evaluation (IAM Access Troubleshooter): ${e.authorizationUrl ?? `authorization ID ${e.authorizationId}`}`,
    );
  }
  const ids = [
    e.accessKeyId && `access key ${e.accessKeyId}`,
    e.sourceIp && `from ${e.sourceIp}`,
    e.userAgent && `user agent ${e.userAgent}`,
    e.requestId && `request ${e.requestId}`,
    `event ${e.eventId}`,
  ].filter(Boolean);
  lines.push(`Request: ${ids.join(', ')}; ${e.account} / ${e.region}.`);
  return lines;
}

function whySection(f: Finding): string[] {
  const x = f.explanation;
  const lines = ['WHY', x.summary];
  if (x.decision) lines.push(`Decision: ${decisionText(x.decision, x.decidingPolicyType)}`);
  for (const s of x.statements) {
    const sid = s.sid ? `Sid "${s.sid}"` : `statement #${s.index}`;
    lines.push(`- ${s.effect} in ${withTypeName(s.policy, s.policyType)}, ${sid}:`);
    lines.push(indent(prettyJson(s.statement), 4));
  }
  if (x.nearMisses.length > 0) lines.push('Near misses:', ...x.nearMisses.map((n) => `- ${n}`));
  if (x.details.length > 0) lines.push('Details:', ...x.details.map((d) => detailItem(d)));
  return lines;
}

function fixSection(f: Finding): string[] {
  const fix = f.fix;
  if (!fix) return [];
  const lines = ['FIX', fix.summary];
  if (fix.policyJson !== undefined) lines.push('', 'Policy JSON:', indent(prettyJson(fix.policyJson), 4));
  if (fix.cli) lines.push('', 'AWS CLI:', indent(fix.cli, 4));
  if (fix.cdk) lines.push('', 'CDK:', indent(fix.cdk, 4));
  if (fix.notes.length > 0) lines.push('', ...fix.notes.map((n) => `Note: ${n}`));
  return lines;
}

function referencesSection(f: Finding): string[] {
  if (f.references.length === 0) return [];
  return ['REFERENCES', ...f.references.map((r) => `- ${r.title}: ${r.url}`)];
}

function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line) => pad + line)
    .join('\n');
}
