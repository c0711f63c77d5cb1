/**
 * Human-readable rendering of a parsed CloudTrail denial (`explain`): who was denied what, when,
 * why (as AWS's message says) and how the auditor classified it, with the reasons.
 */
import type { DeniedRequest } from '../cloudtrail/types';
import { TYPE_NAME, textWithArticle } from '../policy/wording';
import { PLAIN_STYLE, type Style } from './style';

function row(label: string, value: string | undefined): string[] {
  return value === undefined || value === '' ? [] : [`  ${label.padEnd(14)}${value}`];
}

function caller(d: DeniedRequest): string {
  const c = d.caller;
  const who = c.arn ?? c.userName ?? c.principalId ?? 'unknown principal';
  const extras = [
    c.type,
    ...(c.viaConsole ? ['via console'] : []),
    ...(c.invokedBy ? [`invoked by ${c.invokedBy}`] : []),
  ];
  return `${who} (${extras.join(', ')})`;
}

function reason(d: DeniedRequest): string {
  const r = d.reason;
  const type = r.policyTypeText ?? (r.policyType ? TYPE_NAME[r.policyType] : 'policy');
  const arn = r.policyArn ? ` (${r.policyArn})` : '';
  if (r.kind === 'explicit') return `explicit deny in ${textWithArticle(type)}${arn}`;
  if (r.kind === 'implicit') return `no ${type} allows it (implicit deny)${arn}`;
  return 'not stated by the error message (older message format)';
}

const SOURCE: Readonly<Record<NonNullable<DeniedRequest['resourceSource']> | 'unknown', string>> = {
  message: 'from the error message',
  'request-parameters': 'from the request parameters',
  unknown: 'source unknown',
};

/** CloudTrail's event name without the API version Lambda appends (`UpdateFunctionCode20150331v2` → `UpdateFunctionCode`). */
function apiName(eventName: string): string {
  return eventName.replace(/20\d{6}(?:v\d+)?$/, '');
}

/** Renders one denial as an aligned block. */
export function renderDenial(d: DeniedRequest, style: Style = PLAIN_STYLE): string {
  const cls = d.classification;
  const out = [
    style.heading(`Denied: ${d.action} (${d.eventSource} ${apiName(d.eventName)})`),
    ...row('Time (UTC)', d.eventTime),
    ...row('Caller', caller(d)),
    ...row('Access key', d.caller.accessKeyId),
    ...row('Source IP', d.sourceIp),
    ...row('Account', `${d.account} (${d.region})`),
    ...row('Resource', d.resource ? `${d.resource} (${SOURCE[d.resourceSource ?? 'unknown']})` : undefined),
    ...row('Error', `${d.errorCode}${d.errorMessage ? `: ${d.errorMessage}` : ''}`),
    ...row('Why (AWS)', reason(d)),
    ...row('Event ID', d.eventId),
    ...row('Request ID', d.requestId),
    ...row('VPC endpoint', d.vpcEndpointId),
    ...row('Class', style.bold(cls.class)),
    ...row('Function', cls.functionArn ?? cls.functionName),
    ...row('Role', cls.roleArn),
    ...row('Severity hint', cls.severityHint),
    ...row('Ignored by', cls.ignoredBy ? `${cls.ignoredBy.rule}: ${cls.ignoredBy.reason}` : undefined),
  ];
  if (cls.reasons.length > 0) out.push('  Classified because:', ...cls.reasons.map((r) => `    - ${r}`));
  return `${out.join('\n')}\n`;
}
