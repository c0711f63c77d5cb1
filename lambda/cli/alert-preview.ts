/**
 * The last step of the pipeline, shown offline: which findings the deployed auditor would publish to
 * SNS (email + Slack) at the default threshold, and — with `--alerts` — the first alert exactly as sent.
 */
import { renderSnsAlert } from '../core/render/alerts/sns-message';
import type { OptionSpec } from './args';
import type { Style } from '../core/render/style';
import { SEVERITIES, type Finding, type Severity } from '../core/findings/types';
import { CONFIG_DEFAULTS } from '../handlers/config';

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

/** The SNS rendering of one finding as published: subject, email body and pretty Slack JSON. */
function renderPublished(finding: Finding, style: Style): string[] {
  const alert = renderSnsAlert(finding);
  const message = JSON.parse(alert.message) as { default: string; email: string };
  return [
    style.bold(`Email (SNS "email" key), ${alert.bytes.toLocaleString('en-US')} bytes with the Slack payload`),
    `Subject: ${alert.subject}`,
    '',
    message.email,
    '',
    style.bold('Slack (SNS "default" key: Amazon Q Developer in chat applications custom notification)'),
    JSON.stringify(JSON.parse(message.default), null, 2),
  ];
}

/**
 * Every publishable finding's alert exactly as sent (`--alerts` of `audit` and `explain`), numbered, with a
 * header saying how many of the findings would be published. Dedup is not applied (each is a first occurrence).
 */
export function alertsAsPublished(findings: readonly Finding[], style: Style): string {
  const sent = publishable(findings);
  const lines = [
    '',
    style.bold(
      `Alerts as published: ${sent.length} of ${findings.length} findings are at or above ${DEFAULT_ALERT_THRESHOLD}` +
        ' (first occurrences; repeats within the dedup window are counted, not sent).',
    ),
  ];
  sent.forEach((finding, i) =>
    lines.push('', style.bold(`--- Alert ${i + 1} of ${sent.length} ---`), ...renderPublished(finding, style)),
  );
  return `${lines.join('\n')}\n`;
}

/** One summary line, plus the full SNS rendering of the first publishable finding when `full`. */
export function alertPreview(findings: readonly Finding[], full: boolean, style: Style): string {
  const sent = publishable(findings);
  const lines = [
    `${style.bold('Alerts:')} ${sent.length} of ${findings.length} findings are at or above the default alert threshold (${DEFAULT_ALERT_THRESHOLD}) and would be published to SNS (email + Slack); the rest are logged and counted.`,
  ];
  const first = sent[0];
  if (!first) return `${lines.join('\n')}\n`;
  const alert = renderSnsAlert(first);
  if (!full) {
    lines.push(`  First email subject: ${alert.subject}   (run with --alerts to see that alert as sent)`);
    return `${lines.join('\n')}\n`;
  }
  lines.push('', ...renderPublished(first, style));
  return `${lines.join('\n')}\n`;
}
