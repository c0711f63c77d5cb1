/**
 * Human-readable rendering of a parsed CloudTrail denial (`explain`): who was denied what, when,
 * why (as AWS's message says) and how the auditor classified it, with the reasons. Labels and sentences come
 * from the catalog (`report.denial.*`) in the reader's language; AWS's identifiers, error code and message
 * stay verbatim, and so do the intake's classification reasons.
 */
import type { DeniedRequest } from '../cloudtrail/types';
import { DEFAULT_LANG, t, type Lang, type MessageKey } from '../i18n';
import type { PolicyType } from '../policy/model';
import { TYPE_NAME, textWithArticle } from '../policy/wording';
import { severityLabel } from './localize';
import { PLAIN_STYLE, type Style } from './style';
import { displayWidth, padEndWidth } from './width';

type Tr = (key: MessageKey, params?: Readonly<Record<string, string>>) => string;

/** Label column width: the widest label of the language plus one space, at least 14 (English: 14, as before). */
function labelWidth(tr: Tr): number {
  return Math.max(14, ...ROW_KEYS.map((k) => displayWidth(tr(k)) + 1));
}

const ROW_KEYS: readonly MessageKey[] = [
  'report.denial.time',
  'report.denial.caller',
  'report.denial.accessKey',
  'report.denial.sourceIp',
  'report.denial.account',
  'report.denial.resource',
  'report.denial.error',
  'report.denial.why',
  'report.denial.eventId',
  'report.denial.requestId',
  'report.denial.vpcEndpoint',
  'report.denial.class',
  'report.denial.function',
  'report.denial.role',
  'report.denial.severityHint',
  'report.denial.ignoredBy',
];

function caller(d: DeniedRequest, tr: Tr): string {
  const c = d.caller;
  const who = c.arn ?? c.userName ?? c.principalId ?? tr('report.denial.unknownPrincipal');
  const extras = [
    c.type,
    ...(c.viaConsole ? [tr('report.denial.viaConsole')] : []),
    ...(c.invokedBy ? [tr('report.denial.invokedBy', { service: c.invokedBy })] : []),
  ];
  return `${who} (${extras.join(', ')})`;
}

/** The policy type named by AWS's message, when its text is one of the type names. */
function typeOfText(text: string): PolicyType | undefined {
  return (Object.keys(TYPE_NAME) as PolicyType[]).find((type) => TYPE_NAME[type] === text);
}

/**
 * The policy AWS's message names, in `lang`: English keeps AWS's own wording (with its article in the
 * explicit sentence); other languages use the catalog's name of a known type, else AWS's text verbatim.
 */
function policyName(d: DeniedRequest, lang: Lang, tr: Tr, article: boolean): string {
  const r = d.reason;
  const type = r.policyType ?? (r.policyTypeText ? typeOfText(r.policyTypeText) : undefined);
  if (lang !== 'en' && type) return tr(`policy.${type}` as MessageKey);
  const text = r.policyTypeText ?? (r.policyType ? TYPE_NAME[r.policyType] : tr('report.denial.anyPolicy'));
  return article && lang === 'en' ? textWithArticle(text) : text;
}

function reason(d: DeniedRequest, lang: Lang, tr: Tr): string {
  const r = d.reason;
  const arn = r.policyArn ? ` (${r.policyArn})` : '';
  if (r.kind === 'explicit') return tr('report.denial.explicit', { policy: policyName(d, lang, tr, true), arn });
  if (r.kind === 'implicit') return tr('report.denial.implicit', { policy: policyName(d, lang, tr, false), arn });
  return tr('report.denial.unstated');
}

const SOURCE: Readonly<Record<NonNullable<DeniedRequest['resourceSource']> | 'unknown', MessageKey>> = {
  message: 'report.denial.fromMessage',
  'request-parameters': 'report.denial.fromRequest',
  unknown: 'report.denial.sourceUnknown',
};

/** CloudTrail's event name without the API version Lambda appends (`UpdateFunctionCode20150331v2` → `UpdateFunctionCode`). */
function apiName(eventName: string): string {
  return eventName.replace(/20\d{6}(?:v\d+)?$/, '');
}

/**
 * Renders one denial as an aligned block.
 * @param d the parsed denial
 * @param style terminal styling (plain by default)
 * @param lang language of labels and sentences (English by default)
 */
export function renderDenial(d: DeniedRequest, style: Style = PLAIN_STYLE, lang: Lang = DEFAULT_LANG): string {
  const tr: Tr = (key, params) => t(lang, key, params);
  const width = labelWidth(tr);
  const row = (key: MessageKey, value: string | undefined): string[] =>
    value === undefined || value === '' ? [] : [`  ${padEndWidth(tr(key), width)}${value}`];
  const cls = d.classification;
  const resource = d.resource ? `${d.resource} (${tr(SOURCE[d.resourceSource ?? 'unknown'])})` : undefined;
  const out = [
    style.heading(tr('report.denial.heading', { action: d.action, source: d.eventSource, api: apiName(d.eventName) })),
    ...row('report.denial.time', d.eventTime),
    ...row('report.denial.caller', caller(d, tr)),
    ...row('report.denial.accessKey', d.caller.accessKeyId),
    ...row('report.denial.sourceIp', d.sourceIp),
    ...row('report.denial.account', `${d.account} (${d.region})`),
    ...row('report.denial.resource', resource),
    ...row('report.denial.error', `${d.errorCode}${d.errorMessage ? `: ${d.errorMessage}` : ''}`),
    ...row('report.denial.why', reason(d, lang, tr)),
    ...row('report.denial.eventId', d.eventId),
    ...row('report.denial.requestId', d.requestId),
    ...row('report.denial.vpcEndpoint', d.vpcEndpointId),
    ...row('report.denial.class', style.bold(cls.class)),
    ...row('report.denial.function', cls.functionArn ?? cls.functionName),
    ...row('report.denial.role', cls.roleArn),
    ...row('report.denial.severityHint', cls.severityHint && severityLabel(lang, cls.severityHint)),
    ...row('report.denial.ignoredBy', cls.ignoredBy ? `${cls.ignoredBy.rule}: ${cls.ignoredBy.reason}` : undefined),
  ];
  if (cls.reasons.length > 0)
    out.push(`  ${tr('report.denial.classifiedBecause')}`, ...cls.reasons.map((r) => `    - ${r}`));
  return `${out.join('\n')}\n`;
}
