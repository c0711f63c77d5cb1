/**
 * Triggers that invoke a function through its resource policy: EventBridge rules, SNS subscriptions,
 * S3 notifications of buckets the policy names, CloudWatch Logs subscription filters of log groups
 * the policy names, and API Gateway sources (taken from the policy itself: no API Gateway client).
 */
import { DescribeSubscriptionFiltersCommand } from '@aws-sdk/client-cloudwatch-logs';
import { ListEventBusesCommand, ListRuleNamesByTargetCommand } from '@aws-sdk/client-eventbridge';
import { GetBucketNotificationConfigurationCommand } from '@aws-sdk/client-s3';
import { ListSubscriptionsCommand, type Subscription } from '@aws-sdk/client-sns';
import type { PolicyDocument, TriggerInfo } from '../../core/snapshot/types';
import { parseArn, unqualifiedFunctionArn } from '../../core/arn';
import { paginate, type CollectContext } from './context';
import type { CollectorClients } from './clients';
import { logGroups, s3Buckets, serviceGrants } from './resource-policy';

/** An event bus (name and ARN). */
export interface EventBus {
  readonly name: string;
  readonly arn?: string;
}

/** ARN of an EventBridge rule (custom buses put the bus name in the resource path). */
export function ruleArn(region: string, accountId: string, bus: string, rule: string, partition = 'aws'): string {
  const path = bus === 'default' ? rule : `${bus}/${rule}`;
  return `arn:${partition}:events:${region}:${accountId}:rule/${path}`;
}

/** True when `target` is `functionArn` or one of its qualified forms. */
export function targetsFunction(target: string | undefined, functionArn: string): boolean {
  return target !== undefined && unqualifiedFunctionArn(target) === functionArn;
}

/** ListEventBuses (all pages); falls back to the default bus when the listing fails. */
export async function listEventBuses(
  ctx: CollectContext,
  clients: CollectorClients,
): Promise<{ buses: EventBus[]; complete: boolean }> {
  const listed = await paginate(async (NextToken) => {
    const res = await ctx.send('events:ListEventBuses', 'account', () =>
      clients.eventbridge.send(new ListEventBusesCommand({ NextToken })),
    );
    if (!res.ok) return undefined;
    return { items: res.value.EventBuses ?? [], next: res.value.NextToken };
  });
  const buses = listed.items.map((b) => ({ name: b.Name ?? 'default', ...(b.Arn ? { arn: b.Arn } : {}) }));
  if (!buses.some((b) => b.name === 'default')) buses.unshift({ name: 'default' });
  return { buses, complete: listed.complete };
}

/**
 * EventBridge rules on any bus whose target is the function. `ListRuleNamesByTarget` matches the target
 * ARN exactly, so each form a rule may name is asked: the unqualified ARN and every alias ARN in
 * `targetArns` (one call per bus and ARN).
 */
export async function eventBridgeTriggersFor(
  ctx: CollectContext,
  clients: CollectorClients,
  functionArn: string,
  targetArns: readonly string[] = [functionArn],
): Promise<TriggerInfo[]> {
  const arn = parseArn(functionArn);
  if (!arn) return [];
  const { buses } = await listEventBuses(ctx, clients);
  const pairs = buses.flatMap((bus) => [...new Set([functionArn, ...targetArns])].map((target) => ({ bus, target })));
  const found = await Promise.all(
    pairs.map(async ({ bus, target }) => {
      const names = await paginate(async (NextToken) => {
        const res = await ctx.send('events:ListRuleNamesByTarget', `${bus.name} → ${target}`, () =>
          clients.eventbridge.send(
            new ListRuleNamesByTargetCommand({ TargetArn: target, EventBusName: bus.name, NextToken }),
          ),
        );
        if (!res.ok) return undefined;
        return { items: res.value.RuleNames ?? [], next: res.value.NextToken };
      });
      return names.items.map((rule): TriggerInfo => ({
        kind: 'eventbridge-rule',
        sourceArn: ruleArn(arn.region, arn.accountId, bus.name, rule, arn.partition),
        sourceAccount: arn.accountId,
        targetArn: target,
        servicePrincipal: 'events.amazonaws.com',
      }));
    }),
  );
  return found.flat();
}

/** ListSubscriptions (all pages). */
export async function listSubscriptions(
  ctx: CollectContext,
  clients: CollectorClients,
): Promise<{ items: Subscription[]; complete: boolean }> {
  return paginate(async (NextToken) => {
    const res = await ctx.send('sns:ListSubscriptions', 'account', () =>
      clients.sns.send(new ListSubscriptionsCommand({ NextToken })),
    );
    if (!res.ok) return undefined;
    return { items: res.value.Subscriptions ?? [], next: res.value.NextToken };
  });
}

/** SNS subscriptions (protocol `lambda`) whose endpoint is one of the functions. */
export function snsTriggers(subscriptions: readonly Subscription[], functionArns: ReadonlySet<string>): TriggerInfo[] {
  return subscriptions
    .filter((s) => s.Protocol === 'lambda' && s.Endpoint && functionArns.has(unqualifiedFunctionArn(s.Endpoint)))
    .map((s) => {
      const account = parseArn(s.TopicArn ?? '')?.accountId;
      return {
        kind: 'sns',
        sourceArn: s.TopicArn ?? '',
        ...(account ? { sourceAccount: account } : {}),
        targetArn: s.Endpoint ?? '',
        servicePrincipal: 'sns.amazonaws.com',
      };
    });
}

/** Reads bucket notification configurations once per bucket per invocation. */
export class BucketNotifications {
  private readonly cache = new Map<string, Promise<{ arn: string }[] | undefined>>();

  constructor(
    private readonly ctx: CollectContext,
    private readonly clients: CollectorClients,
  ) {}

  /** Lambda targets of a bucket's notifications (undefined when unreadable). */
  lambdaTargets(bucket: string, expectedOwner?: string): Promise<{ arn: string }[] | undefined> {
    let hit = this.cache.get(bucket);
    if (!hit) {
      hit = this.read(bucket, expectedOwner);
      this.cache.set(bucket, hit);
    }
    return hit;
  }

  private async read(bucket: string, expectedOwner?: string): Promise<{ arn: string }[] | undefined> {
    const res = await this.ctx.send('s3:GetBucketNotificationConfiguration', `arn:aws:s3:::${bucket}`, () =>
      this.clients.s3.send(
        new GetBucketNotificationConfigurationCommand({
          Bucket: bucket,
          ...(expectedOwner ? { ExpectedBucketOwner: expectedOwner } : {}),
        }),
      ),
    );
    if (!res.ok) return undefined;
    return (res.value.LambdaFunctionConfigurations ?? []).map((c) => ({ arn: c.LambdaFunctionArn ?? '' }));
  }
}

/** S3 triggers of one function, for buckets its resource policy names. */
export async function s3TriggersFor(
  buckets: BucketNotifications,
  functionArn: string,
  policy: PolicyDocument | null,
  accountId: string,
  isOwnBucket: (bucket: string) => boolean = () => true,
): Promise<TriggerInfo[]> {
  // Only same-account buckets can be read; a grant naming another account's bucket stays a policy fact.
  const named = s3Buckets(policy).filter(
    (b) => (!b.sourceAccount || b.sourceAccount === accountId) && isOwnBucket(b.bucket),
  );
  const found = await Promise.all(
    named.map(async ({ bucket, sourceAccount }) => {
      const targets = (await buckets.lambdaTargets(bucket, sourceAccount ?? accountId)) ?? [];
      return targets
        .filter((t) => targetsFunction(t.arn, functionArn))
        .map((t): TriggerInfo => ({
          kind: 's3',
          sourceArn: `arn:aws:s3:::${bucket}`,
          sourceAccount: sourceAccount ?? accountId,
          targetArn: t.arn,
          servicePrincipal: 's3.amazonaws.com',
        }));
    }),
  );
  return found.flat();
}

/** CloudWatch Logs subscription filters (of log groups the policy names) that deliver to the function. */
export async function logsTriggersFor(
  ctx: CollectContext,
  clients: CollectorClients,
  functionArn: string,
  policy: PolicyDocument | null,
): Promise<TriggerInfo[]> {
  const arn = parseArn(functionArn);
  if (!arn) return [];
  const found = await Promise.all(
    logGroups(policy).map(async (logGroupName) => {
      const filters = await paginate(async (nextToken) => {
        const res = await ctx.send(
          'logs:DescribeSubscriptionFilters',
          logGroupName,
          () => clients.logs.send(new DescribeSubscriptionFiltersCommand({ logGroupName, nextToken })),
          { absentOn: ['ResourceNotFoundException'] },
        );
        if (!res.ok) return undefined;
        return { items: res.value.subscriptionFilters ?? [], next: res.value.nextToken };
      }, 20);
      return filters.items
        .filter((f) => targetsFunction(f.destinationArn, functionArn))
        .map((f): TriggerInfo => ({
          kind: 'logs-subscription',
          sourceArn: `arn:${arn.partition}:logs:${arn.region}:${arn.accountId}:log-group:${logGroupName}:*`,
          sourceAccount: arn.accountId,
          targetArn: f.destinationArn ?? functionArn,
          servicePrincipal: 'logs.amazonaws.com',
        }));
    }),
  );
  return found.flat();
}

/** API Gateway sources named in the resource policy (no read: there is no API Gateway client). */
export function apiGatewayTriggersFor(functionArn: string, policy: PolicyDocument | null): TriggerInfo[] {
  return serviceGrants(policy)
    .filter((g) => g.servicePrincipal === 'apigateway.amazonaws.com')
    .flatMap((g) =>
      g.sourceArns.map((sourceArn): TriggerInfo => ({
        kind: 'apigateway',
        sourceArn,
        ...(parseArn(sourceArn)?.accountId ? { sourceAccount: parseArn(sourceArn)?.accountId } : {}),
        targetArn: functionArn,
        servicePrincipal: 'apigateway.amazonaws.com',
      })),
    );
}
