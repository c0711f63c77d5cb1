import { evaluate, loadPolicy } from '../../../lambda/core/policy';
import { A, session } from './helpers';

const logsOnly = loadPolicy(
  {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: ['logs:PutLogEvents'], Resource: '*' }],
  },
  { type: 'identity', name: 'logs', origin: 'inline' },
);

describe('near-miss evidence', () => {
  it.each([
    ['sqs:SendMessage', 'action sqs:SendMessage is not matched by Action [logs:PutLogEvents]'],
    ['SQS:sendmessage', 'action SQS:sendmessage is not matched by Action [logs:PutLogEvents]'],
  ])('quotes the action as the request spelled it (%s), not its lower-cased match key', (action, detail) => {
    const decision = evaluate(
      { principal: session(), action, resource: `arn:aws:sqs:us-east-1:${A}:q` },
      { identity: [logsOnly] },
    );
    expect(decision.decision).toBe('ImplicitlyDenied');
    expect(decision.nearMisses.map((m) => m.detail)).toContain(detail);
  });
});
