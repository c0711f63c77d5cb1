/**
 * The action key of a request (request-facts.ts): a direct-mapped cache answers most lookups with one string
 * comparison, the map behind it the rest. Whatever the order of requests and however their actions collide in
 * the cache, a request's facts name its own action, lower-cased, and its own service.
 */
import fc from 'fast-check';
import { directSlot, RequestFacts } from '../../../lambda/core/policy/request-facts';
import type { AuthzRequest } from '../../../lambda/core/policy';
import { session } from '../../support/factory/engine';

const facts = new RequestFacts();

function keyOf(action: string): { action: string; service: string; requested: string } {
  const request: AuthzRequest = { principal: session(), action, resource: '*' };
  const f = facts.fill(request, { identity: [] }, true);
  return { action: f.action, service: f.service, requested: f.requestedAction };
}

function expected(action: string): { action: string; service: string; requested: string } {
  const lower = action.toLowerCase();
  const colon = lower.indexOf(':');
  return { action: lower, service: colon < 0 ? lower : lower.slice(0, colon), requested: action };
}

/** Two actions of one service with the same slot, found by search (the slot function is not a secret). */
function collidingPair(): [string, string] {
  const seen = new Map<number, string>();
  for (let i = 0; ; i++) {
    const action = `s3:Get${i}Object`;
    const other = seen.get(directSlot(action));
    if (other !== undefined) return [other, action];
    seen.set(directSlot(action), action);
  }
}

describe('RequestFacts: action key', () => {
  it.each([
    ['s3:GetObject'],
    ['S3:GETOBJECT'],
    ['s3:getobject'],
    ['lambda:InvokeFunction'],
    ['no-colon'],
    [''],
    [':'],
    ['kms:ReEncrypt*'],
    ['ünïcode:Äction'],
  ])('%j gives its own lower-cased action and service', (action) => {
    expect(keyOf(action)).toEqual(expected(action));
    expect(keyOf(action)).toEqual(expected(action)); // second time from the cache
  });

  it('two actions that share a cache slot alternate without mixing up', () => {
    const [a, b] = collidingPair();
    expect(directSlot(a)).toBe(directSlot(b));
    for (let i = 0; i < 4; i++) {
      expect(keyOf(a)).toEqual(expected(a));
      expect(keyOf(b)).toEqual(expected(b));
    }
  });

  it('spellings that differ only in case keep their own spelling and share the lower-cased action', () => {
    expect(keyOf('S3:GetObject').requested).toBe('S3:GetObject');
    expect(keyOf('s3:GetObject').requested).toBe('s3:GetObject');
    expect(keyOf('S3:GetObject').action).toBe(keyOf('s3:GetObject').action);
  });

  it.each<[string, unknown]>([
    ['no kind', { arn: 'arn:aws:iam::111122223333:user/u' }],
    ['a null kind and a numeric account', { kind: null, arn: 'x', accountId: 111122223333 }],
    ['an empty principal', {}],
  ])('untyped input with %s: the early reads of fill do not throw', (_, principal) => {
    const request = { principal, action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' } as unknown as AuthzRequest;
    expect(() => facts.fill(request, { identity: [] }, true)).not.toThrow();
  });

  it('any sequence of actions: each request gets the facts of its own action', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('s3:GetObject', 'S3:GetObject')), {
          maxLength: 40,
        }),
        (actions) => {
          for (const action of actions) expect(keyOf(action)).toEqual(expected(action));
        },
      ),
    );
  });
});
