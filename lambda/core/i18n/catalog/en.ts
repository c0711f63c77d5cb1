/**
 * The English catalog: the source of every other language (same keys, same placeholders; tested). ICU
 * MessageFormat: `{name}` inserts a param as given, `{n, plural, …}` / `{x, select, …}` choose a form. A quote
 * (`'`) before `{` or `}` would start ICU quoting, so messages avoid that pairing.
 */
import { DIGEST_EN } from './digest';
import { CLI_EXTRA_EN } from './cli-extra';
import { ACCESS_EN } from './checks-access';
import { HYGIENE_EN } from './checks-hygiene';
import { REFS_EN } from './refs';
import { REFS_ENGINE_EN } from './refs-engine';
import { REQ_EN } from './checks-req';
import { EXEC_EN } from './checks-exec';
import { CROSS_EN } from './checks-cross';
import { INVOKE_EN } from './checks-invoke';
import { FIX_EN } from './checks-fix';
import { REPORT_EN } from './report';
import { ROLE_EN } from './checks-role';
import { LATENT_EN } from './checks-latent';
import { TRIGGER_EN } from './checks-trigger';

/** Layout, labels and words of the renderers (alerts, CLI). */
const RENDER_EN = {
  // Severity and category labels (finding data keeps the English codes; these are display words).
  'severity.critical': 'critical',
  'severity.high': 'high',
  'severity.medium': 'medium',
  'severity.low': 'low',
  'severity.info': 'info',
  'category.execution-role': 'execution-role',
  'category.invoke-permission': 'invoke-permission',
  'category.deployer': 'deployer',
  'category.vpc-network': 'vpc-network',
  'category.trust-policy': 'trust-policy',
  'category.cross-account': 'cross-account',
  'category.event-source': 'event-source',
  'category.exposure': 'exposure',
  'category.hygiene': 'hygiene',
  'category.change-correlation': 'change-correlation',
  'category.support': 'support',
  'category.auditor': 'auditor',
  'category.check-error': 'check-error',
  // Policy layers as AWS names them in access-denied messages (lambda/core/policy/wording.ts).
  'policy.identity': 'identity-based policy',
  'policy.resource': 'resource-based policy',
  'policy.trust': 'role trust policy',
  'policy.permissions-boundary': 'permissions boundary',
  'policy.session': 'session policy',
  'policy.scp': 'service control policy',
  'policy.rcp': 'resource control policy',
  'policy.vpc-endpoint': 'VPC endpoint policy',
  // Decisions; `type` is the policy type with its article in English (`an identity-based policy`).
  'decision.implicit': 'implicitly denied',
  'decision.implicitNo': 'implicitly denied (no {type} allows it)',
  'decision.explicit': 'explicitly denied',
  'decision.explicitBy': 'explicitly denied (by {type})',
  'decision.allowed': 'allowed',
  'decision.allowedBy': 'allowed (by {type})',
  'statement.sid': 'Sid "{sid}"',
  'statement.index': 'statement #{index}',
  'evidence.line': '- {effect} in {policy}, {statement}',
  // Field labels shared by email, Slack and terminal layouts.
  'label.severity': 'Severity',
  'label.category': 'Category',
  'label.check': 'Check',
  'label.function': 'Function',
  'label.accountRegion': 'Account/Region',
  'label.principal': 'Principal',
  'label.action': 'Action',
  'label.resource': 'Resource',
  'label.occurrences': 'Occurrences',
  'label.message': 'Message',
  'label.request': 'Request',
  'label.decision': 'Decision',
  'label.nearMisses': 'Near misses',
  'label.details': 'Details',
  'label.policyJson': 'Policy JSON',
  'label.cli': 'AWS CLI',
  'label.cdk': 'CDK',
  'label.note': 'Note',
  'label.notes': 'Notes',
  'label.why': 'Why',
  'label.decidedBy': 'Decided by',
  'label.when': 'When',
  'label.fix': 'Fix',
  'label.evidence': 'Evidence',
  'label.event': 'Event',
  'label.who': 'Who',
  'label.what': 'What',
  'label.ids': 'IDs',
  'label.references': 'References',
  'label.fingerprint': 'Fingerprint',
  // Email body.
  'email.subject': '[LAA {severity}] {title}',
  'email.occurrences': '{count} (first seen {first}, last seen {last})',
  'email.sectionWhatHappened': 'WHAT HAPPENED',
  'email.sectionWhy': 'WHY',
  'email.sectionFix': 'FIX',
  'email.sectionReferences': 'REFERENCES',
  'email.eventLine': '{time} UTC: {principal} ({principalType}) got {errorCode}.',
  'email.awsEvaluation': "AWS's own evaluation (IAM Access Troubleshooter): {where}",
  'email.request': '{ids}; {account} / {region}.',
  'email.footer': 'Fingerprint: {fingerprint} (check {checkId}). Sent by lambda-access-auditor.',
  'event.authorizationId': 'authorization ID {id}',
  'event.accessKey': 'access key {id}',
  'event.sourceIp': 'from {ip}',
  'event.userAgent': 'user agent {agent}',
  'event.requestId': 'request {id}',
  'event.eventId': 'event {id}',
  // Slack (Amazon Q Developer in chat applications custom notification).
  'chat.accountRegion': '{account}, {region}',
  'chat.when': '{time} UTC — {errorCode} for {principal}',
  'chat.occurrences': '{count} since {first}',
  'chat.footer': '{checkId} · {category} · fingerprint {fingerprint}',
  'chat.awsEvaluation': "AWS's own evaluation of this denial (IAM Access Troubleshooter): {where}",
  'chat.cli': 'CLI: {cli}',
  'alert.truncated':
    'This alert was shortened to fit the 256 KB SNS message limit. The CloudWatch log record and ' +
    '`lambda-access-auditor audit` show the full finding.',
  // Terminal report (table, details, summary).
  'table.number': '#',
  'table.severity': 'SEVERITY',
  'table.target': 'TARGET',
  'table.check': 'CHECK',
  'table.title': 'TITLE',
  'table.none': 'No findings.',
  'table.account': '(account)',
  'details.request': '{action} on {resource}',
  'details.anyAction': '(any action)',
  'details.anyResource': '(any resource)',
  'details.when': '{time} (UTC), {region}, account {account}',
  'details.occurrences': '{count} ({first} → {last})',
  'summary.label': 'Summary:',
  'summary.functions': '{count} {count, plural, one {function} other {functions}} audited',
  'summary.findings': '{count} {count, plural, one {finding} other {findings}} ({bySeverity})',
  'summary.severityCount': '{count} {severity}',
  'summary.denials': '{count} {count, plural, one {denial} other {denials}} parsed',
  'summary.rejected': ' ({count} rejected)',
  'summary.checkErrors': '{count} check {count, plural, one {error} other {errors}} in {runs} check runs',
  // CLI alert preview (`--alerts`).
  'preview.emailHeading': 'Email (SNS "email" key), {bytes} bytes with the Slack payload',
  'preview.subject': 'Subject: {subject}',
  'preview.slackHeading': 'Slack (SNS "default" key: Amazon Q Developer in chat applications custom notification)',
  'preview.published':
    'Alerts as published: {sent} of {total} findings are at or above {threshold} (first occurrences; repeats within the dedup window are counted, not sent).',
  'preview.alertNumber': '--- Alert {index} of {count} ---',
  'preview.summary':
    '{sent} of {total} findings are at or above the default alert threshold ({threshold}) and would be published to SNS (email + Slack); the rest are logged and counted.',
  'preview.alertsLabel': 'Alerts:',
  'preview.firstSubject': '  First email subject: {subject}   (run with --alerts to see that alert as sent)',
} as const;

/** The English catalog: renderer texts plus the finding texts of converted check topics. */
export const EN = {
  ...RENDER_EN,
  ...HYGIENE_EN,
  ...REFS_EN,
  ...REFS_ENGINE_EN,
  ...REQ_EN,
  ...EXEC_EN,
  ...CROSS_EN,
  ...INVOKE_EN,
  ...FIX_EN,
  ...REPORT_EN,
  ...ROLE_EN,
  ...LATENT_EN,
  ...TRIGGER_EN,
  ...ACCESS_EN,
  ...DIGEST_EN,
  ...CLI_EXTRA_EN,
} as const;

/** A message key (the English catalog's keys are the key set of every language). */
export type MessageKey = keyof typeof EN;

/** One language's catalog: every key, an ICU message each. */
export type Catalog = Readonly<Record<MessageKey, string>>;
