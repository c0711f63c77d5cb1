/**
 * The request context view: interned keys, one record scan per view, answers cached per decision. Views
 * asked in any interleaving (a lazy explanation after later decisions) must keep answering for their own
 * request.
 */
import type { AuthzRequest, ContextValue } from '../../../lambda/core/policy';
import { requestContext } from '../../../lambda/core/policy/context';
import { ACCOUNT as A, session } from '../../support/factory';

const request = (context: Record<string, ContextValue>, tags?: Record<string, string>): AuthzRequest => ({
  principal: { ...session(), ...(tags ? { tags } : {}) },
  action: 's3:GetObject',
  resource: 'arn:aws:s3:::b/k',
  context,
});

describe('requestContext: lookups', () => {
  const view = requestContext(
    request(
      { 'aws:SourceIp': '10.0.0.1', 'aws:TagKeys': ['a', 'b'], 'aws:PrincipalTag/team': 'override' },
      { team: 'blue', env: 'prod' },
    ),
    A,
  );
  it.each<[string, readonly string[] | undefined]>([
    ['aws:SourceIp', ['10.0.0.1']],
    ['AWS:SOURCEIP', ['10.0.0.1']],
    ['aws:sourceip', ['10.0.0.1']],
    ['aws:TagKeys', ['a', 'b']],
    ['aws:PrincipalTag/team', ['override']],
    ['aws:PrincipalTag/env', ['prod']],
    ['aws:ResourceAccount', [A]],
    ['aws:PrincipalAccount', [A]],
    ['aws:SecureTransport', undefined],
  ])('%s', (key, expected) => {
    expect(view.get(key)).toEqual(expected);
    expect(view.get(key)).toEqual(expected);
  });

  it('several spellings of one key in a record: the last one wins', () => {
    const v = requestContext(request({ 'aws:x': 'first', 'AWS:X': 'last' }));
    expect(v.get('aws:x')).toEqual(['last']);
  });
});

describe('requestContext: interleaved views answer for their own request', () => {
  it.each<[string, string[]]>([
    ['one, two, one', ['one', 'two', 'one']],
    ['two, one, two, one', ['two', 'one', 'two', 'one']],
    ['one, one, two, two, one', ['one', 'one', 'two', 'two', 'one']],
  ])('%s', (_name, order) => {
    const views = {
      one: requestContext(request({ 'aws:SourceIp': '10.0.0.1', 'only:one': 'x' })),
      two: requestContext(request({ 'aws:SourceIp': '10.0.0.2', 'only:two': 'y' })),
    };
    const expected = {
      one: { ip: ['10.0.0.1'], mine: ['x'], theirs: undefined, mineKey: 'only:one', theirsKey: 'only:two' },
      two: { ip: ['10.0.0.2'], mine: ['y'], theirs: undefined, mineKey: 'only:two', theirsKey: 'only:one' },
    };
    for (const name of order as ('one' | 'two')[]) {
      const e = expected[name];
      expect(views[name].get('aws:SourceIp')).toEqual(e.ip);
      expect(views[name].get(e.mineKey)).toEqual(e.mine);
      expect(views[name].get(e.theirsKey)).toEqual(e.theirs);
    }
  });

  it('keeps answering after hostile input has forced a fresh key table', () => {
    const before = requestContext(request({ 'aws:SourceIp': '10.0.0.9' }));
    expect(before.get('aws:SourceIp')).toEqual(['10.0.0.9']);
    const huge: Record<string, string> = {};
    for (let i = 0; i < 5000; i++) huge[`k:${i}`] = String(i);
    const big = requestContext(request(huge));
    expect(big.get('k:4999')).toEqual(['4999']);
    const after = requestContext(request({ 'aws:SourceIp': '10.0.0.10' }));
    expect(after.get('aws:SourceIp')).toEqual(['10.0.0.10']);
    expect(before.get('aws:SourceIp')).toEqual(['10.0.0.9']);
    expect(big.get('k:17')).toEqual(['17']);
  });
});
