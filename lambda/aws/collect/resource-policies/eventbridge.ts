/**
 * EventBridge event bus policy (`DescribeEventBus` → `Policy`, absent when the bus has none). A missing
 * bus is `ResourceNotFoundException` (SDK model). `Name` accepts the bus ARN.
 */
import { DescribeEventBusCommand, type EventBridgeClient } from '@aws-sdk/client-eventbridge';
import type { CollectContext } from '../context';
import { readPolicy, type PolicyRead } from './read';
import type { PolicyTarget } from '../../../core/snapshot/policy-targets';

/** Reads the policy of an event bus. */
export function readEventBusPolicy(
  ctx: CollectContext,
  events: EventBridgeClient,
  target: PolicyTarget,
): Promise<PolicyRead> {
  return readPolicy(ctx, {
    api: 'events:DescribeEventBus',
    target: target.arn,
    invoke: () => events.send(new DescribeEventBusCommand({ Name: target.arn })),
    notFound: ['ResourceNotFoundException'],
    text: (r) => r.Policy,
  });
}
