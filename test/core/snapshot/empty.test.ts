import { emptySnapshot, validateSnapshot } from '../../../lambda/core/snapshot';

const provenance = {
  takenAt: '2026-11-23T00:00:00Z',
  mode: 'fixture' as const,
  collectorVersion: 'test',
  failedReads: [],
  partial: false,
};

describe('emptySnapshot', () => {
  it.each([
    ['defaults the partition to aws', { accountId: '111122223333', region: 'eu-west-1', provenance }, 'aws'],
    [
      'keeps a given partition',
      { accountId: '111122223333', region: 'cn-north-1', partition: 'aws-cn', provenance },
      'aws-cn',
    ],
  ])('%s, and the result passes validation', (_name, header, partition) => {
    const snap = emptySnapshot(header);
    expect(snap.account).toEqual({ id: '111122223333', region: header.region, partition });
    expect(snap.functions).toEqual([]);
    expect(validateSnapshot(JSON.parse(JSON.stringify(snap))).ok).toBe(true);
  });

  it('lays the given parts over the empty lists', () => {
    const snap = emptySnapshot(
      { accountId: '111122223333', region: 'us-east-1', provenance },
      { inventory: { sns: { complete: true, arns: [] } } },
    );
    expect(snap.inventory).toEqual({ sns: { complete: true, arns: [] } });
    expect(snap.roles).toEqual([]);
  });
});
