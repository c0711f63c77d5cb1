/**
 * The organization digest builder (lambda/core/findings/org-digest.ts): counts over every item, bounded
 * lists (top findings, failed items, accounts), failed child executions and unreadable entries.
 */
import { ORG_DIGEST_LIMITS, OrgDigestBuilder, type OrgItemResult } from '../../../lambda/core/findings/org-digest';

const A = '222222222222';
const B = '333333333333';

function item(o: Partial<OrgItemResult> & Pick<OrgItemResult, 'account' | 'region'>): OrgItemResult {
  return {
    shard: 0,
    status: 'ok',
    functions: 10,
    findings: 0,
    alerted: 0,
    failedReads: 0,
    partial: false,
    ...o,
  };
}

describe('OrgDigestBuilder', () => {
  it('sums items per account, Region and severity', () => {
    const b = new OrgDigestBuilder();
    b.add(
      item({
        account: A,
        region: 'eu-west-1',
        findings: 3,
        alerted: 2,
        bySeverity: { high: 2, low: 1 },
        notAlerted: 1,
      }),
    );
    b.add(item({ account: A, region: 'us-east-1', findings: 1, alerted: 1, bySeverity: { critical: 1 }, resolved: 2 }));
    b.add(item({ account: B, region: 'eu-west-1', partial: true }));
    const d = b.build();
    expect(d).toMatchObject({
      items: 3,
      accounts: 2,
      failedItems: 0,
      partialItems: 1,
      functions: 30,
      findings: 4,
      alerted: 3,
      notAlerted: 1,
      resolved: 2,
      bySeverity: { critical: 1, high: 2, medium: 0, low: 1, info: 0 },
    });
    expect(d.byAccount.map((a) => [a.account, a.findings, a.items])).toEqual([
      [A, 4, 2],
      [B, 0, 1],
    ]);
    expect(d.byRegion.map((r) => [r.region, r.findings])).toEqual([
      ['eu-west-1', 3],
      ['us-east-1', 1],
    ]);
  });

  it('keeps only the most severe findings, failed items and accounts up to the limits (everything counted)', () => {
    const b = new OrgDigestBuilder();
    for (let i = 0; i < 100; i++) {
      const account = String(100_000_000_000 + i);
      const severity = i === 57 ? 'critical' : 'low';
      b.add(
        item({
          account,
          region: 'eu-west-1',
          findings: 1,
          top: [{ checkId: `LAA-${i}`, severity, title: 't', account, region: 'eu-west-1' }],
        }),
      );
      b.add(item({ account, region: 'us-east-1', status: 'failed', functions: 0, error: `AccessDenied ${i}` }));
    }
    const d = b.build();
    expect(d.items).toBe(200);
    expect(d.failedItems).toBe(100);
    expect(d.accounts).toBe(100);
    expect(d.top).toHaveLength(ORG_DIGEST_LIMITS.topFindings);
    expect(d.top[0]?.checkId).toBe('LAA-57');
    expect(d.failed).toHaveLength(ORG_DIGEST_LIMITS.failedItems);
    expect(d.failed[0]).toEqual({ account: '100000000000', region: 'us-east-1', reason: 'AccessDenied 0' });
    expect(d.byAccount).toHaveLength(ORG_DIGEST_LIMITS.accounts);
  });

  it('counts the items of a failed child execution, unreadable entries and the run error', () => {
    const b = new OrgDigestBuilder();
    b.addFailedItems(
      [
        { account: A, region: 'eu-west-1' },
        { account: B, region: 'eu-west-1' },
      ],
      'Lambda.Unknown: timeout',
    );
    b.addUnreadable();
    b.setRunError('States.ExceedToleratedFailureThreshold: too many failures');
    const d = b.build();
    expect(d).toMatchObject({ items: 2, failedItems: 2, unreadable: 1, accounts: 2 });
    expect(d.runError).toContain('ExceedToleratedFailureThreshold');
    expect(d.failed.map((f) => f.reason)).toEqual(['Lambda.Unknown: timeout', 'Lambda.Unknown: timeout']);
  });
});
