import {
  DescribeRuleCommand,
  EventBridgeClient,
  EventBridgeServiceException,
  type RuleState,
} from '@aws-sdk/client-eventbridge';
import { mockClient } from 'aws-sdk-client-mock';
import { parseRuleArn, patternDeliversReadOnly, readDenialRule } from '../../../lambda/aws/collect/auditor-rule';
import { CollectContext } from '../../../lambda/aws/collect/context';
import { RateLimiter } from '../../../lambda/aws/collect/limiter';
import { DENIAL_EVENT_PATTERN, DENIAL_RULE_STATE } from '../../../lambda/core/cloudtrail';

const RULE = 'arn:aws:events:eu-west-1:111122223333:rule/Auditor-DenialRule1A2B';
const fastContext = (): CollectContext => new CollectContext(new RateLimiter({}));
const deployed = JSON.stringify(DENIAL_EVENT_PATTERN);
/** The deployed pattern with a `readOnly: [false]` filter added (write calls only). */
const writeOnly = JSON.stringify({
  ...DENIAL_EVENT_PATTERN,
  detail: { ...(DENIAL_EVENT_PATTERN.detail as object), readOnly: [false] },
});

describe('parseRuleArn', () => {
  it.each([
    [RULE, { name: 'Auditor-DenialRule1A2B' }],
    ['arn:aws:events:eu-west-1:111122223333:rule/audit-bus/Denial', { name: 'Denial', eventBusName: 'audit-bus' }],
    ['arn:aws:events:eu-west-1:111122223333:event-bus/default', undefined],
    ['Denial', undefined],
  ])('%s', (arn, expected) => {
    expect(parseRuleArn(arn)).toEqual(expected);
  });
});

describe('patternDeliversReadOnly', () => {
  it.each([
    ['the deployed denial pattern', deployed, true],
    ['a pattern restricted to readOnly false', writeOnly, false],
    ['a pattern of another detail-type', JSON.stringify({ 'detail-type': ['Scheduled Event'] }), false],
    ['no pattern (a schedule rule)', undefined, undefined],
    ['malformed JSON', '{', undefined],
    ['a JSON array', '[]', undefined],
  ])('%s', (_n, pattern, expected) => {
    expect(patternDeliversReadOnly(pattern)).toBe(expected);
  });
});

describe('readDenialRule', () => {
  const eb = mockClient(EventBridgeClient);
  beforeEach(() => eb.reset());

  it.each([
    [
      'deployed state and pattern',
      DENIAL_RULE_STATE,
      deployed,
      { denialRuleState: DENIAL_RULE_STATE, denialRuleReadOnlyEvents: true },
    ],
    ['disabled', 'DISABLED', deployed, { denialRuleState: 'DISABLED', denialRuleReadOnlyEvents: true }],
    ['write-only pattern', 'ENABLED', writeOnly, { denialRuleState: 'ENABLED', denialRuleReadOnlyEvents: false }],
    ['no state, no pattern', undefined, undefined, {}],
  ] as [string, RuleState | undefined, string | undefined, object][])(
    '%s',
    async (_n, State, EventPattern, expected) => {
      eb.on(DescribeRuleCommand).resolves({ Name: 'Auditor-DenialRule1A2B', State, EventPattern });
      const ctx = fastContext();
      await expect(readDenialRule(ctx, new EventBridgeClient({}), RULE)).resolves.toEqual(expected);
      expect(eb.commandCalls(DescribeRuleCommand)[0].args[0].input).toEqual({ Name: 'Auditor-DenialRule1A2B' });
      expect(ctx.failedReads).toEqual([]);
    },
  );

  it('names the event bus of a rule on a custom bus', async () => {
    eb.on(DescribeRuleCommand).resolves({ State: 'ENABLED' });
    await readDenialRule(fastContext(), new EventBridgeClient({}), 'arn:aws:events:eu-west-1:111122223333:rule/bus/R');
    expect(eb.commandCalls(DescribeRuleCommand)[0].args[0].input).toEqual({ Name: 'R', EventBusName: 'bus' });
  });

  it('records a denied read as a failed read and returns nothing', async () => {
    eb.on(DescribeRuleCommand).rejects(
      new EventBridgeServiceException({ name: 'AccessDeniedException', $fault: 'client', $metadata: {} }),
    );
    const ctx = fastContext();
    await expect(readDenialRule(ctx, new EventBridgeClient({}), RULE)).resolves.toEqual({});
    expect(ctx.failedReads.map((f) => [f.api, f.target])).toEqual([['events:DescribeRule', RULE]]);
  });

  it('makes no call for a malformed ARN', async () => {
    await expect(readDenialRule(fastContext(), new EventBridgeClient({}), 'DenialRule')).resolves.toEqual({});
    expect(eb.commandCalls(DescribeRuleCommand)).toHaveLength(0);
  });
});
