import { renderLogRecord } from '../../../../lambda/core/render/alerts/log-record';
import { sampleFinding } from '../../../support/factory';

describe('renderLogRecord', () => {
  it('flattens an event finding into root-level fields', () => {
    const record = renderLogRecord(sampleFinding(), { source: 'event', alerted: true });
    expect(record).toEqual({
      message: 'finding',
      checkId: 'LAA-ROLE-DENIED-ACTION',
      category: 'execution-role',
      severity: 'high',
      title: 'orders-processor cannot s3:GetObject on arn:aws:s3:::orders-bucket/incoming/*',
      fingerprint: '0123456789abcdef',
      source: 'event',
      alerted: true,
      occurrences: 1,
      functionName: 'orders-processor',
      functionArn: 'arn:aws:lambda:eu-west-1:111122223333:function:orders-processor',
      account: '111122223333',
      region: 'eu-west-1',
      principal: 'arn:aws:sts::111122223333:assumed-role/orders-processor-role/orders-processor',
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::orders-bucket/incoming/2026/11/23/order-1.json',
      decision: 'ImplicitlyDenied',
      decidingPolicyType: 'identity',
      summary: 'No identity-based policy of role orders-processor-role allows s3:GetObject on this object.',
      fixSummary: 'Allow s3:GetObject on arn:aws:s3:::orders-bucket/incoming/* for role orders-processor-role.',
      eventId: '560bcc37-36b9-43f4-8447-2bab2d7cd7cf',
      errorCode: 'AccessDenied',
      eventTime: '2026-11-23T01:02:03Z',
    });
  });

  it.each([
    [
      'no event, no fix',
      { event: undefined, fix: undefined },
      ['eventId', 'errorCode', 'eventTime', 'fixSummary', 'principal'],
    ],
    ['no function', { function: undefined, event: undefined }, ['functionName', 'functionArn', 'account', 'region']],
  ])('leaves out absent fields (%s)', (_name, overrides, absent) => {
    const record = renderLogRecord(sampleFinding(overrides), { source: 'sweep', alerted: false });
    for (const key of absent) expect(record).not.toHaveProperty(key);
    expect(record.source).toBe('sweep');
  });

  it('carries occurrence counters', () => {
    const f = sampleFinding({
      occurrences: { count: 4, firstSeen: '2026-11-22T00:00:00Z', lastSeen: '2026-11-23T00:00:00Z' },
    });
    expect(renderLogRecord(f, { source: 'event', alerted: false })).toMatchObject({
      occurrences: 4,
      firstSeen: '2026-11-22T00:00:00Z',
      lastSeen: '2026-11-23T00:00:00Z',
    });
  });
});
