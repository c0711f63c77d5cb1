/**
 * The organization digest message (lambda/core/render/alerts/org-digest.ts): the same SNS payload shape as
 * the sweep notices (Chatbot JSON under `default`, plain text under `email`, ASCII subject ≤ 100), with
 * counts, the most severe findings, failed items and the result location; bounded size at any scale.
 */
import { OrgDigestBuilder } from '../../../../lambda/core/findings/org-digest';
import { renderOrgDigestAlert } from '../../../../lambda/core/render/alerts/org-digest';

const A = '222222222222';
const AT = { bucket: 'laa-results', key: 'sweeps/abc/manifest.json', region: 'eu-west-1' };

function parts(alert: ReturnType<typeof renderOrgDigestAlert>) {
  const message = JSON.parse(alert.message) as { default: string; email: string };
  const chat = JSON.parse(message.default) as {
    source: string;
    id: string;
    content: { title: string; description: string };
  };
  return { email: message.email, chat };
}

describe('renderOrgDigestAlert', () => {
  const b = new OrgDigestBuilder();
  b.add({
    account: A,
    region: 'eu-west-1',
    shard: 0,
    status: 'ok',
    functions: 4,
    findings: 2,
    alerted: 1,
    failedReads: 0,
    partial: false,
    bySeverity: { high: 1, low: 1 },
    notAlerted: 1,
    top: [
      {
        checkId: 'LAA-ROLE-DENIED-ACTION',
        severity: 'high',
        title: 'Role <b>cannot</b> read @channel',
        functionArn: `arn:aws:lambda:eu-west-1:${A}:function:orders`,
        account: A,
        region: 'eu-west-1',
      },
    ],
  });
  b.addFailedItems([{ account: '333333333333', region: 'us-east-1' }], 'AccessDenied: not authorized to assume');

  it('renders counts, top findings, failed items and where the results are', () => {
    const alert = renderOrgDigestAlert(b.build(), 'run-1', AT);
    const { email, chat } = parts(alert);
    expect(alert.subject).toBe(
      '[Lambda Access Auditor] Organization sweep: 2 finding(s) in 2 account(s) (with failures)',
    );
    expect(email).toContain('2 item(s) (account x Region x shard) in 2 account(s): 1 swept, 1 failed');
    expect(email).toContain('By severity: high: 1, low: 1');
    expect(email).toContain(`HIGH LAA-ROLE-DENIED-ACTION arn:aws:lambda:eu-west-1:${A}:function:orders`);
    expect(email).toContain('333333333333 us-east-1: AccessDenied: not authorized to assume');
    expect(email).toContain('s3://laa-results/sweeps/abc/manifest.json');
    expect(email).toContain('https://eu-west-1.console.aws.amazon.com/s3/object/laa-results?region=eu-west-1');
    expect(chat).toMatchObject({ source: 'custom', id: 'org-digest-run-1' });
    // Slack text is escaped and broadcast mentions neutralized; email keeps the plain text.
    expect(chat.content.description).toContain('Role &lt;b&gt;cannot&lt;/b&gt; read @\u2060channel');
    expect(email).toContain('Role <b>cannot</b> read @channel');
  });

  it('says when the Map run failed', () => {
    const failed = new OrgDigestBuilder();
    failed.setRunError('States.ExceedToleratedFailureThreshold: 12% failed');
    const { email } = parts(renderOrgDigestAlert(failed.build(), 'run-2', AT));
    expect(email).toContain('The Map run failed: States.ExceedToleratedFailureThreshold: 12% failed.');
  });

  it('stays far below the SNS limit for an organization of 5,000 accounts', () => {
    const big = new OrgDigestBuilder();
    for (let i = 0; i < 5_000; i++) {
      const account = String(100_000_000_000 + i);
      big.add({
        account,
        region: 'eu-west-1',
        shard: 0,
        status: i % 10 === 0 ? 'failed' : 'ok',
        functions: 50,
        findings: 3,
        alerted: 1,
        failedReads: 0,
        partial: false,
        error: 'x'.repeat(300),
        top: [{ checkId: 'LAA-X', severity: 'medium', title: 'y'.repeat(200), account, region: 'eu-west-1' }],
      });
    }
    const alert = renderOrgDigestAlert(big.build(), 'run-3', AT);
    expect(alert.bytes).toBeLessThan(64 * 1024);
  });
});
