import { renderDigestAlert, renderResolvedAlert } from '../../../../lambda/core/render/alerts/sweep-notices';
import type { SweepDigest } from '../../../../lambda/core/findings/sweep-plan';

const digest: SweepDigest = {
  bySeverity: { critical: 0, high: 2, medium: 5, low: 0, info: 0 },
  total: 7,
  newSinceLastDigest: 3,
};

const parse = (message: string): { default: string; email: string } =>
  JSON.parse(message) as { default: string; email: string };

describe('renderDigestAlert', () => {
  it('counts by severity (only the present ones) in email and chat', () => {
    const alert = renderDigestAlert(digest, '2026-12-01T00:00:00.000Z');
    const { default: chat, email } = parse(alert.message);
    expect(email).toContain('high: 2\nmedium: 5');
    expect(email).not.toContain('critical:');
    expect(email).toContain('3 new since the last digest');
    expect(JSON.parse(chat)).toMatchObject({
      version: '1.0',
      source: 'custom',
      content: { title: expect.stringContaining('7') },
    });
    expect(alert.subject).toBe('[Lambda Access Auditor] Sweep digest: 7 open finding(s)');
  });
});

describe('renderResolvedAlert', () => {
  it.each([
    ['a function', 'arn:aws:lambda:us-east-1:111122223333:function:orders', 'on orders'],
    ['no function', undefined, 'on the account'],
  ])('names the target (%s) with an ASCII subject under 100 characters', (_name, functionArn, target) => {
    const alert = renderResolvedAlert({
      fingerprint: 'abc',
      severity: 'high',
      checkId: 'LAA-ROLE-DENIED-ACTION',
      firstSeen: '2026-11-01T00:00:00.000Z',
      alertedAt: '2026-11-02T00:00:00.000Z',
      ...(functionArn ? { functionArn } : {}),
    });
    expect(alert.subject).toContain(`RESOLVED high: LAA-ROLE-DENIED-ACTION ${target}`);
    expect(alert.subject.length).toBeLessThan(100);
    expect(alert.subject).toMatch(/^[\x20-\x7e]+$/);
    expect(parse(alert.message).email).toContain('no longer reported by a complete sweep');
  });

  it('keeps hostile text from a function name inert in Slack and email', () => {
    const alert = renderResolvedAlert({
      fingerprint: 'abc',
      severity: 'critical',
      checkId: 'X',
      firstSeen: 'a',
      functionArn: 'arn:aws:lambda:us-east-1:1:function:<!channel>\u202e\u0007',
    });
    const { default: chat, email } = parse(alert.message);
    expect(chat).not.toContain('<!channel>');
    expect(email).not.toContain('\u202e');
    expect(email).not.toContain('\u0007');
    expect(alert.subject).toMatch(/^[\x20-\x7e]+$/);
  });
});
