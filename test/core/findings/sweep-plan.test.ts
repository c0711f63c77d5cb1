import {
  MAX_INDEX_ENTRIES,
  nextIndex,
  orderForSweep,
  planDigest,
  resolvedEntries,
  type SweepIndex,
} from '../../../lambda/core/findings/sweep-plan';
import type { Finding, Severity } from '../../../lambda/core/findings/types';
import { sampleFinding } from '../../support/factory';

const NOW = new Date('2026-12-01T00:00:00.000Z');
const f = (fingerprint: string, severity: Severity = 'high'): Finding => sampleFinding({ fingerprint, severity });
const T = (day: number): string => `2026-11-${String(day).padStart(2, '0')}T00:00:00.000Z`;

describe('orderForSweep', () => {
  it.each<[string, Finding[], SweepIndex, string[]]>([
    ['severity first among never-alerted', [f('a', 'low'), f('b', 'critical')], {}, ['b', 'a']],
    [
      'never-alerted before alerted, whatever the severity',
      [f('a', 'critical'), f('b', 'low')],
      { a: { severity: 'critical', checkId: 'X', firstSeen: T(1), alertedAt: T(2) } },
      ['b', 'a'],
    ],
    [
      'oldest first seen first at equal severity; unknown = new = last',
      [f('new'), f('young'), f('old')],
      {
        young: { severity: 'high', checkId: 'X', firstSeen: T(5) },
        old: { severity: 'high', checkId: 'X', firstSeen: T(1) },
      },
      ['old', 'young', 'new'],
    ],
    [
      'least recently alerted first among alerted',
      [f('recent'), f('long-ago')],
      {
        recent: { severity: 'high', checkId: 'X', firstSeen: T(1), alertedAt: T(9) },
        'long-ago': { severity: 'high', checkId: 'X', firstSeen: T(2), alertedAt: T(3) },
      },
      ['long-ago', 'recent'],
    ],
  ])('%s', (_name, findings, index, expected) => {
    expect(orderForSweep(findings, index, NOW).map((x) => x.fingerprint)).toEqual(expected);
  });
});

describe('planDigest', () => {
  const index: SweepIndex = {
    told: { severity: 'high', checkId: 'X', firstSeen: T(1), digestedAt: T(2) },
    sent: { severity: 'high', checkId: 'X', firstSeen: T(1), alertedAt: T(2) },
  };
  it.each<[string, Finding[], number | undefined, Partial<Record<Severity, number>>]>([
    ['nothing to tell', [], undefined, {}],
    ['only findings already digested or alerted', [f('told'), f('sent')], undefined, {}],
    ['one new among known ones: all are counted', [f('told'), f('n', 'low')], 1, { high: 1, low: 1 }],
  ])('%s', (_name, notAlerted, fresh, counts) => {
    const digest = planDigest(notAlerted, index);
    expect(digest?.newSinceLastDigest).toBe(fresh);
    if (digest) {
      expect(digest.bySeverity).toMatchObject(counts);
      expect(digest.total).toBe(notAlerted.length);
    }
  });
});

describe('resolvedEntries', () => {
  const index: SweepIndex = {
    gone: { severity: 'high', checkId: 'X', firstSeen: T(1), alertedAt: T(2) },
    goneMedium: { severity: 'medium', checkId: 'X', firstSeen: T(1), alertedAt: T(2) },
    goneNeverAlerted: { severity: 'critical', checkId: 'X', firstSeen: T(1) },
    still: { severity: 'critical', checkId: 'X', firstSeen: T(1), alertedAt: T(2) },
  };
  it.each<[string, boolean, Severity | 'off', string[]]>([
    ['complete sweep, high and above', false, 'high', ['gone']],
    ['complete sweep, medium and above', false, 'medium', ['gone', 'goneMedium']],
    ['partial sweep: absence proves nothing', true, 'high', []],
    ['turned off', false, 'off', []],
  ])('%s', (_name, partial, min, expected) => {
    expect(resolvedEntries(index, [f('still', 'critical')], partial, min).map((e) => e.fingerprint)).toEqual(expected);
  });
});

describe('nextIndex', () => {
  const index: SweepIndex = {
    kept: { severity: 'low', checkId: 'X', firstSeen: T(1), alertedAt: T(2) },
    gone: { severity: 'high', checkId: 'X', firstSeen: T(1) },
  };
  it.each<[string, boolean, string[]]>([
    ['complete sweep drops absent findings', false, ['kept', 'new']],
    ['partial sweep keeps them', true, ['gone', 'kept', 'new']],
  ])('%s', (_name, partial, keys) => {
    const marks = { alerted: new Set(['new']), digested: new Set(['kept']) };
    const next = nextIndex(index, [f('kept', 'high'), f('new')], marks, partial, NOW);
    expect(Object.keys(next).sort()).toEqual(keys);
    expect(next.kept).toMatchObject({
      severity: 'high',
      firstSeen: T(1),
      alertedAt: T(2),
      digestedAt: NOW.toISOString(),
    });
    expect(next.new).toMatchObject({ firstSeen: NOW.toISOString(), alertedAt: NOW.toISOString() });
    expect(next.new.digestedAt).toBeUndefined();
  });

  it('keeps at most MAX_INDEX_ENTRIES, alerted ones first', () => {
    const many = Array.from({ length: MAX_INDEX_ENTRIES + 5 }, (_, i) => f(`fp-${i}`, 'low'));
    const next = nextIndex({}, many, { alerted: new Set(['fp-1004']), digested: new Set() }, false, NOW);
    expect(Object.keys(next)).toHaveLength(MAX_INDEX_ENTRIES);
    expect(next['fp-1004']).toBeDefined();
  });
});
