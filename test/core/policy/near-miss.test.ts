import { evaluate, loadPolicy } from '../../../lambda/core/policy';
import { ACCOUNT as A, session } from '../../support/factory';

const load = (statements: Record<string, unknown>[]) =>
  loadPolicy({ Version: '2012-10-17', Statement: statements }, { type: 'identity', name: 'p', origin: 'inline' });
const consumer = load([{ Effect: 'Allow', Action: ['sqs:ReceiveMessage'], Resource: '*' }]);
const logsOnly = load([{ Effect: 'Allow', Action: ['logs:PutLogEvents'], Resource: '*' }]);

describe('near-miss evidence', () => {
  it.each([
    ['sqs:SendMessage', 'action sqs:SendMessage is not matched by Action [sqs:ReceiveMessage]'],
    ['SQS:sendmessage', 'action SQS:sendmessage is not matched by Action [sqs:ReceiveMessage]'],
  ])('quotes the action as the request spelled it (%s), not its lower-cased match key', (action, detail) => {
    const decision = evaluate(
      { principal: session(), action, resource: `arn:aws:sqs:us-east-1:${A}:q` },
      { identity: [consumer] },
    );
    expect(decision.decision).toBe('ImplicitlyDenied');
    expect(decision.nearMisses.map((m) => m.detail)).toContain(detail);
  });

  it.each([
    ['a statement about another service only', logsOnly, 0],
    ['a statement of the same service', consumer, 1],
    [
      'a NotAction statement that excludes the action',
      load([{ Effect: 'Allow', NotAction: 'sqs:SendMessage', Resource: '*' }]),
      1,
    ],
    [
      'a statement with Action "*" but another resource',
      load([{ Effect: 'Allow', Action: '*', Resource: 'arn:aws:sqs:us-east-1:111122223333:other' }]),
      1,
    ],
  ])('%s → %i near miss(es)', (_name, policy, count) => {
    const decision = evaluate(
      { principal: session(), action: 'sqs:SendMessage', resource: `arn:aws:sqs:us-east-1:${A}:q` },
      { identity: [policy] },
    );
    expect(decision.nearMisses).toHaveLength(count);
  });
});
