import { alertPreview, alertsAsPublished, publishable } from '../../lambda/cli/alert-preview';
import { renderSnsAlert } from '../../lambda/core/render/alerts/sns-message';
import type { Finding, Severity } from '../../lambda/core/findings/types';
import { PLAIN_STYLE } from '../../lambda/core/render/style';
import { ROLE_FINDING } from '../support/factory';

const at = (severity: Severity, title: string): Finding => ({ ...ROLE_FINDING, severity, title, fingerprint: title });

describe('alert preview', () => {
  const findings = [at('critical', 'c'), at('high', 'h'), at('medium', 'm'), at('low', 'l'), at('info', 'i')];

  it.each([
    ['critical', ['c']],
    ['medium', ['c', 'h', 'm']],
    ['info', ['c', 'h', 'm', 'l', 'i']],
  ] as const)('publishes findings at or above %s', (threshold, titles) => {
    expect(publishable(findings, threshold).map((f) => f.title)).toEqual(titles);
  });

  it('summarises what the default threshold (medium) would publish and names the first subject', () => {
    const text = alertPreview(findings, false, PLAIN_STYLE);
    expect(text).toContain('3 of 5 findings are at or above the default alert threshold (medium)');
    expect(text).toContain('First email subject: [LAA CRITICAL]');
    expect(text).not.toContain('"source": "custom"');
  });

  it('prints the first alert as sent: email subject and body, and the Chatbot payload', () => {
    const text = alertPreview(findings, true, PLAIN_STYLE);
    expect(text).toContain('Subject: [LAA CRITICAL]');
    expect(text).toContain('"version": "1.0"');
    expect(text).toContain('"source": "custom"');
  });

  it('says so when nothing reaches the threshold', () => {
    const text = alertPreview([at('low', 'l')], true, PLAIN_STYLE);
    expect(text).toContain('0 of 1 findings');
    expect(text).not.toContain('Subject:');
  });
});

describe('alertsAsPublished', () => {
  const findings = [at('high', 'h1'), at('low', 'l'), at('medium', 'm')];
  it('renders each publishable finding with the exact SNS subject and both keys of the message', () => {
    const text = alertsAsPublished(findings, PLAIN_STYLE);
    expect(text).toContain('Alerts as published: 2 of 3 findings are at or above medium');
    for (const f of publishable(findings)) {
      const alert = renderSnsAlert(f);
      const message = JSON.parse(alert.message) as { default: string; email: string };
      expect(text).toContain(`Subject: ${alert.subject}\n\n${message.email}`);
      expect(text).toContain(JSON.stringify(JSON.parse(message.default), null, 2));
    }
    expect(text).not.toContain('Subject: [LAA LOW]');
  });
});
