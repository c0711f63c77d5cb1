/**
 * Account-wide listings used by sweeps: EventBridge rules and their targets on every bus, SNS topics,
 * and S3 buckets. They give both the triggers and the inventories that orphan checks rely on.
 */
import { ListRulesCommand, ListTargetsByRuleCommand, type Target } from '@aws-sdk/client-eventbridge';
import { ListBucketsCommand } from '@aws-sdk/client-s3';
import { ListTopicsCommand } from '@aws-sdk/client-sns';
import type { InventoryList, TriggerInfo } from '../../core/snapshot/types';
import { mapLimit } from './limiter';
import { paginate, type CollectContext } from './context';
import type { CollectorClients } from './clients';
import { listEventBuses } from './triggers';
import { unqualifiedFunctionArn, parseArn } from '../../core/arn';

/** Every rule (all buses) with its Lambda targets. */
export interface RuleListing {
  readonly inventory: InventoryList;
  /** Rule ARN → Lambda function target ARNs (possibly qualified). */
  readonly lambdaTargets: ReadonlyMap<string, readonly string[]>;
}

/** ListEventBuses → ListRules per bus → ListTargetsByRule per rule. */
export async function listRulesWithTargets(
  ctx: CollectContext,
  clients: CollectorClients,
  concurrency: number,
): Promise<RuleListing> {
  const { buses, complete: busesComplete } = await listEventBuses(ctx, clients);
  let complete = busesComplete;
  const rules: { arn: string; name: string; bus: string }[] = [];
  for (const bus of buses) {
    const listed = await paginate(async (NextToken) => {
      const res = await ctx.send('events:ListRules', bus.name, () =>
        clients.eventbridge.send(new ListRulesCommand({ EventBusName: bus.name, NextToken, Limit: 100 })),
      );
      if (!res.ok) return undefined;
      return { items: res.value.Rules ?? [], next: res.value.NextToken };
    });
    complete &&= listed.complete;
    rules.push(...listed.items.map((r) => ({ arn: r.Arn ?? '', name: r.Name ?? '', bus: r.EventBusName ?? bus.name })));
  }
  const lambdaTargets = new Map<string, string[]>();
  await mapLimit(rules, concurrency, async (rule) => {
    const targets = await paginate<Target>(async (NextToken) => {
      const res = await ctx.send('events:ListTargetsByRule', rule.arn, () =>
        clients.eventbridge.send(new ListTargetsByRuleCommand({ Rule: rule.name, EventBusName: rule.bus, NextToken })),
      );
      if (!res.ok) return undefined;
      return { items: res.value.Targets ?? [], next: res.value.NextToken };
    });
    const arns = targets.items.map((t) => t.Arn ?? '').filter((a) => parseArn(a)?.service === 'lambda');
    if (arns.length > 0) lambdaTargets.set(rule.arn, arns);
  });
  return { inventory: { complete, arns: rules.map((r) => r.arn).sort() }, lambdaTargets };
}

/** EventBridge triggers for known functions from a rule listing. */
export function ruleTriggers(listing: RuleListing, functionArns: ReadonlySet<string>): TriggerInfo[] {
  const out: TriggerInfo[] = [];
  for (const [rule, targets] of listing.lambdaTargets) {
    for (const target of targets) {
      if (!functionArns.has(unqualifiedFunctionArn(target))) continue;
      const account = parseArn(rule)?.accountId;
      out.push({
        kind: 'eventbridge-rule',
        sourceArn: rule,
        ...(account ? { sourceAccount: account } : {}),
        targetArn: target,
        servicePrincipal: 'events.amazonaws.com',
      });
    }
  }
  return out;
}

/** ListTopics (all pages) as an inventory. */
export async function listTopics(ctx: CollectContext, clients: CollectorClients): Promise<InventoryList> {
  const listed = await paginate(async (NextToken) => {
    const res = await ctx.send('sns:ListTopics', 'account', () =>
      clients.sns.send(new ListTopicsCommand({ NextToken })),
    );
    if (!res.ok) return undefined;
    return { items: res.value.Topics ?? [], next: res.value.NextToken };
  });
  return { complete: listed.complete, arns: listed.items.map((t) => t.TopicArn ?? '').sort() };
}

/** ListBuckets (all pages) as an inventory of `arn:aws:s3:::name`. */
export async function listBuckets(
  ctx: CollectContext,
  clients: CollectorClients,
  partition = 'aws',
): Promise<InventoryList> {
  const listed = await paginate(async (ContinuationToken) => {
    const res = await ctx.send('s3:ListBuckets', 'account', () =>
      clients.s3.send(new ListBucketsCommand({ ContinuationToken, MaxBuckets: 1000 })),
    );
    if (!res.ok) return undefined;
    return { items: res.value.Buckets ?? [], next: res.value.ContinuationToken };
  });
  return { complete: listed.complete, arns: listed.items.map((b) => `arn:${partition}:s3:::${b.Name ?? ''}`).sort() };
}
