/**
 * The fast path's per-action statement lists (`ActionKey` + `EnginePolicy.statementsFor`, compile.ts) must be
 * the lists `forAction` computes, whichever policies asked before: the key remembers four policies and evicts
 * the oldest, and an evicted policy is recomputed, never answered with another policy's lists.
 */
import fc from 'fast-check';
import { compilePolicy, parsePolicy } from '../../../lambda/core/policy';
import { ActionKey, ACTION_KEY_WAYS } from '../../../lambda/core/policy/action-key';
import {
  enginePolicy,
  NO_ACTION_STATEMENTS,
  type ActionStatements,
  type EnginePolicy,
} from '../../../lambda/core/policy/compile';

const ACTIONS = ['s3:GetObject', 's3:PutObject', 'sqs:SendMessage', 'kms:Decrypt', 'iam:CreateUser'];

/** Policy `i` allows a different slice of ACTIONS and denies one, so no two policies give the same lists. */
function policy(i: number): EnginePolicy {
  const parsed = parsePolicy(
    {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: ACTIONS.slice(0, (i % ACTIONS.length) + 1), Resource: '*' },
        { Effect: 'Deny', Action: ACTIONS[i % ACTIONS.length], Resource: `arn:aws:s3:::p${i}` },
        { Effect: 'Allow', NotAction: i % 2 ? 's3:*' : 'sqs:*', Resource: '*' },
      ],
    },
    { type: 'identity', name: `p${i}` },
  );
  return enginePolicy(compilePolicy(parsed));
}

function keyFor(action: string): ActionKey<ActionStatements> {
  const lower = action.toLowerCase();
  return new ActionKey<ActionStatements>(
    action,
    lower,
    lower.slice(0, lower.indexOf(':')),
    false,
    NO_ACTION_STATEMENTS,
  );
}

/** Sids are absent, so statements are compared by their index in the document. */
function indexes(p: EnginePolicy, list: readonly unknown[]): number[] {
  return list.map((s) => p.statements.indexOf(s as EnginePolicy['statements'][number]));
}

function expectSameLists(p: EnginePolicy, key: ActionKey<ActionStatements>): void {
  const got = p.statementsFor(key);
  const want = p.forAction(key.lower, key.service);
  expect(indexes(p, got.allows)).toEqual(indexes(p, want.allows));
  expect(indexes(p, got.denies)).toEqual(indexes(p, want.denies));
  expect(indexes(p, got.all)).toEqual(indexes(p, want.all));
}

describe('ActionKey: per-policy statement lists on the fast path', () => {
  const policies = Array.from({ length: ACTION_KEY_WAYS + 3 }, (_, i) => policy(i));

  it.each(ACTIONS)('%s: every policy gets its own lists, asked twice (cached) and after evictions', (action) => {
    const key = keyFor(action);
    for (let round = 0; round < 3; round++) for (const p of policies) expectSameLists(p, key);
  });

  it('a cached answer is the very list object forAction built (no copy per decision)', () => {
    const key = keyFor('s3:GetObject');
    const p = policies[0];
    expect(p.statementsFor(key)).toBe(p.statementsFor(key));
  });

  it('an action only a NotAction statement covers gets that statement alone', () => {
    const key = keyFor('ec2:RunInstances');
    const got = policies[0].statementsFor(key);
    expect(indexes(policies[0], got.all)).toEqual([2]);
    expect(got.denies).toHaveLength(0);
  });

  it('any order of (policy, action) questions answers what forAction answers', () => {
    const keys = ACTIONS.map(keyFor);
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(policies.length - 1), fc.nat(keys.length - 1)), { maxLength: 60 }),
        (asks) => {
          for (const [pi, ki] of asks) expectSameLists(policies[pi], keys[ki]);
        },
      ),
    );
  });
});
