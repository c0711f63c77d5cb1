import {
  applySuppressions,
  parseSuppressions,
  suppressionMatches,
  type Suppression,
} from '../../../lambda/core/findings/suppress';
import type { Finding } from '../../../lambda/core/findings/types';
import { sampleFinding } from '../../support/factory';

const NOW = new Date('2026-12-01T00:00:00.000Z');
const ARN = 'arn:aws:lambda:us-east-1:111122223333:function:orders-prod';
const finding: Finding = sampleFinding({
  checkId: 'LAA-URL-PUBLIC',
  fingerprint: 'fp1',
  function: { name: 'orders-prod', arn: ARN, account: '111122223333', region: 'us-east-1' },
});
const rule = (over: Partial<Suppression>): Suppression => ({ id: 'r', reason: 'intended', ...over });

describe('suppressionMatches', () => {
  it.each<[string, Partial<Suppression>, boolean]>([
    ['check ID', { checkId: 'LAA-URL-PUBLIC' }, true],
    ['another check ID', { checkId: 'LAA-OTHER' }, false],
    ['target glob with *', { target: 'arn:aws:lambda:*:111122223333:function:orders-*' }, true],
    ['target glob with ?', { target: `${ARN.slice(0, -1)}?` }, true],
    ['target glob of another account', { target: 'arn:aws:lambda:*:999999999999:function:*' }, false],
    ['fingerprint', { fingerprint: 'fp1' }, true],
    ['all criteria must match', { checkId: 'LAA-URL-PUBLIC', fingerprint: 'other' }, false],
  ])('%s', (_name, over, expected) => {
    expect(suppressionMatches(rule(over), finding)).toBe(expected);
  });

  it('matches a finding without a function by its principal', () => {
    const deployer = sampleFinding({ function: undefined, principal: 'arn:aws:iam::1:role/ci' });
    expect(suppressionMatches(rule({ target: 'arn:aws:iam::1:role/*' }), deployer)).toBe(true);
  });
});

describe('applySuppressions', () => {
  it.each<[string, string | undefined, number, number]>([
    ['no expiry', undefined, 1, 0],
    ['expires later', '2026-12-31', 1, 0],
    ['expired: stops applying and is reported', '2026-11-30', 0, 1],
  ])('%s', (_name, expires, suppressed, expired) => {
    const out = applySuppressions([finding], [rule({ checkId: 'LAA-URL-PUBLIC', expires })], NOW);
    expect(out.suppressed).toHaveLength(suppressed);
    expect(out.kept).toHaveLength(1 - suppressed);
    expect(out.expired).toHaveLength(expired);
  });
});

describe('parseSuppressions', () => {
  it('accepts rules and names unnamed ones by position', () => {
    const parsed = parseSuppressions([{ checkId: 'X', reason: 'ok' }]);
    expect(parsed).toEqual({ ok: true, value: [{ id: 'suppression-0', checkId: 'X', reason: 'ok' }] });
  });

  it.each<[string, unknown, string]>([
    ['not an array', {}, 'must be a JSON array'],
    ['a non-object rule', ['x'], 'rule 0 is not an object'],
    ['no reason', [{ checkId: 'X' }], 'a reason is required'],
    ['no criterion', [{ reason: 'r' }], 'set at least one of checkId, target, fingerprint'],
    ['a bad expiry', [{ checkId: 'X', reason: 'r', expires: 'soon' }], 'is not an ISO 8601 date'],
    ['a non-string field', [{ checkId: 3, reason: 'r' }], 'checkId must be a string'],
  ])('returns an error for %s', (_name, raw, message) => {
    const parsed = parseSuppressions(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.message).toContain(message);
  });
});
