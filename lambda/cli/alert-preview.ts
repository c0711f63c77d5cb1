/**
 * The last step of the pipeline, shown offline: which findings the deployed auditor would publish to
 * SNS (email + Slack) at the default threshold, and — with `--alerts` — the first alert exactly as sent.
 */
import { renderSnsAlert } from '../core/render/alerts/sns-message';
import type { OptionSpec } from './args';
import type { Style } from '../core/render/style';
import { SEVERITIES, type Finding, type Severity } from '../core/findings/types';
import { CONFIG_DEFAULTS } from '../handlers/config';
import { DEFAULT_LANG, translator, type Lang } from '../core/i18n';
import { severityLabel } from '../core/render/localize';

/** The deployed handlers' default alert threshold (`minAlertSeverity`), from their environment contract. */
export const DEFAULT_ALERT_THRESHOLD: Severity = CONFIG_DEFAULTS.minAlertSeverity;

/** Findings at or above `threshold`, in report order. */
export function publishable(findings: readonly Finding[], threshold: Severity = DEFAULT_ALERT_THRESHOLD): Finding[] {
  const limit = SEVERITIES.indexOf(threshold);
  return findings.filter((f) => SEVERITIES.indexOf(f.severity) <= limit);
}

/** `--alerts` of `audit` and `explain`. */
export const ALERTS_OPTION: OptionSpec = {
  name: 'alerts',
  type: 'boolean',
  description:
    'Also print, on stdout, every alert exactly as the deployed auditor publishes it at the default threshold ' +
    '(SNS Subject, email body, Slack JSON).',
};

/** The SNS rendering of one finding as published in `lang`: subject, email body and pretty Slack JSON. */
function renderPublished(finding: Finding, style: Style, lang: Lang): string[] {
  const tr = translator(lang);
  const alert = renderSnsAlert(finding, undefined, lang);
  const message = JSON.parse(alert.message) as { default: string; email: string };
  return [
    style.bold(tr('preview.emailHeading', { bytes: alert.bytes.toLocaleString('en-US') })),
    tr('preview.subject', { subject: alert.subject }),
    '',
    message.email,
    '',
    style.bold(tr('preview.slackHeading')),
    JSON.stringify(JSON.parse(message.default), null, 2),
  ];
}

/**
 * Every publishable finding's alert exactly as sent (`--alerts` of `audit` and `explain`), numbered, with a
 * header saying how many of the findings would be published. Dedup is not applied (each is a first occurrence).
 */
export function alertsAsPublished(findings: readonly Finding[], style: Style, lang: Lang = DEFAULT_LANG): string {
  const tr = translator(lang);
  const sent = publishable(findings);
  const threshold = severityLabel(lang, DEFAULT_ALERT_THRESHOLD);
  const lines = ['', style.bold(tr('preview.published', { sent: sent.length, total: findings.length, threshold }))];
  sent.forEach((finding, i) =>
    lines.push(
      '',
      style.bold(tr('preview.alertNumber', { index: i + 1, count: sent.length })),
      ...renderPublished(finding, style, lang),
    ),
  );
  return `${lines.join('\n')}\n`;
}

/** One summary line, plus the full SNS rendering of the first publishable finding when `full`, in `lang`. */
export function alertPreview(
  findings: readonly Finding[],
  full: boolean,
  style: Style,
  lang: Lang = DEFAULT_LANG,
): string {
  const tr = translator(lang);
  const sent = publishable(findings);
  const threshold = severityLabel(lang, DEFAULT_ALERT_THRESHOLD);
  const lines = [
    `${style.bold(tr('preview.alertsLabel'))} ${tr('preview.summary', { sent: sent.length, total: findings.length, threshold })}`,
  ];
  const first = sent[0];
  if (!first) return `${lines.join('\n')}\n`;
  if (!full) {
    lines.push(tr('preview.firstSubject', { subject: renderSnsAlert(first, undefined, lang).subject }));
    return `${lines.join('\n')}\n`;
  }
  lines.push('', ...renderPublished(first, style, lang));
  return `${lines.join('\n')}\n`;
}
