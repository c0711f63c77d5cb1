/**
 * Single-function collection for an event audit: everything that decides one function's permissions,
 * plus (optionally) recent permission changes and a log excerpt around the denial.
 */
import type { FunctionConfiguration } from '@aws-sdk/client-lambda';
import type { FunctionInfo, LogExcerpt, PermissionChange, Snapshot, TriggerInfo } from '../../core/snapshot/types';
import { functionQualifier, parseArn } from '../../core/arn';
import { lookupChanges } from './changes';
import type { CollectorClients } from './clients';
import { CollectContext } from './context';
import { AccessPointResolver, withFileSystems } from './efs';
import { IamReader } from './iam';
import { callerIdentity } from './identity';
import {
  getDestinations,
  getFunction,
  getFunctionUrl,
  getResourcePolicy,
  listAliases,
  listEventSourceMappings,
} from './lambda-reads';
import { readLogExcerpt } from './logs';
import { environmentValues, mapEventSourceMapping, mapFunction, type FunctionBase } from './map-lambda';
import { configuredResourceArns } from './resource-policies/configured';
import { ResourcePolicyCollector } from './resource-policies/index';
import { OrganizationReader, type OrganizationMode } from './resource-policies/organizations';
import { buildSnapshot } from './snapshot';
import {
  apiGatewayTriggersFor,
  BucketNotifications,
  eventBridgeTriggersFor,
  listSubscriptions,
  logsTriggersFor,
  s3TriggersFor,
  snsTriggers,
} from './triggers';

/** Options of {@link collectFunction}. */
export interface CollectFunctionOptions {
  /** Function name or ARN. */
  functionName: string;
  /** ISO-8601 UTC time of the denial: centre of the log excerpt and end of the change lookup. */
  denialTime?: string;
  /** Look up recent permission changes in CloudTrail (2 calls/s quota: a few seconds). */
  withChanges?: boolean;
  /** Read the function's log lines around `denialTime`. */
  withLogs?: boolean;
  /** Days of CloudTrail history to search (default 14, CloudTrail keeps 90). */
  changeLookbackDays?: number;
  /**
   * Resources the denial names (its `resource`): their resource-based policies are read (one read per
   * distinct resource, this account and Region only), as are those the function's configuration references.
   */
  resourceArns?: readonly string[];
  /** Read the SCPs / RCPs that apply to the account (default `off`; `auto`: only where Organizations is readable). */
  organization?: OrganizationMode;
  /** Injected for tests and benchmarks. */
  context?: CollectContext;
  /** Clock, for tests. */
  now?: () => Date;
}

function qualifiersOf(triggers: readonly TriggerInfo[], esmFunctionArns: readonly (string | undefined)[]): string[] {
  const all = [...triggers.map((t) => t.targetArn), ...esmFunctionArns].map((a) =>
    a ? functionQualifier(a) : undefined,
  );
  return [...new Set(all.filter((q): q is string => q !== undefined && q !== '$LATEST'))].sort();
}

async function changesFor(
  ctx: CollectContext,
  clients: CollectorClients,
  fn: FunctionBase,
  o: CollectFunctionOptions,
  now: Date,
): Promise<PermissionChange[]> {
  const at = o.denialTime ? new Date(o.denialTime) : now;
  const end = new Date(Math.min(now.getTime(), at.getTime() + 5 * 60_000));
  const start = new Date(end.getTime() - (o.changeLookbackDays ?? 14) * 86_400_000);
  const roleName = fn.roleArn.split('/').pop() ?? '';
  const [roleChanges, fnChanges] = await Promise.all([
    lookupChanges(ctx, clients.cloudtrailGlobal ?? clients.cloudtrail, {
      resourceName: roleName,
      target: fn.roleArn,
      start,
      end,
    }),
    lookupChanges(ctx, clients.cloudtrail, { resourceName: fn.name, target: fn.arn, start, end }),
  ]);
  const byId = new Map([...roleChanges, ...fnChanges].map((c) => [c.eventId, c]));
  return [...byId.values()].sort((a, b) => b.eventTime.localeCompare(a.eventTime));
}

async function logsFor(
  ctx: CollectContext,
  clients: CollectorClients,
  fn: FunctionBase,
  config: FunctionConfiguration,
  denialTime: string,
): Promise<LogExcerpt[]> {
  const at = new Date(denialTime);
  if (Number.isNaN(at.getTime())) {
    ctx.fail('logs:FilterLogEvents', fn.arn, 'InvalidDenialTime', `denialTime is not an ISO-8601 time: ${denialTime}`);
    return [];
  }
  const logGroup = fn.logGroup ?? `/aws/lambda/${fn.name}`;
  const excerpt = await readLogExcerpt(ctx, clients.logs, {
    functionArn: fn.arn,
    logGroup,
    at,
    redactValues: environmentValues(config),
  });
  return excerpt ? [excerpt] : [];
}

/** Collects one function's snapshot. Never throws for AWS read failures: they land in provenance. */
export async function collectFunction(clients: CollectorClients, o: CollectFunctionOptions): Promise<Snapshot> {
  const ctx = o.context ?? new CollectContext();
  const now = (o.now ?? (() => new Date()))();
  const identity = callerIdentity(ctx, clients.sts);
  const got = await getFunction(ctx, clients.lambda, o.functionName);
  const fallback = parseArn(o.functionName);
  if (!got) {
    const caller = await identity;
    return buildSnapshot(ctx, {
      mode: 'function',
      now,
      accountId: fallback?.accountId ?? caller?.accountId ?? '',
      region: fallback?.region ?? '',
      partition: fallback?.partition ?? 'aws',
      ...(caller ? { auditorPrincipal: caller.arn } : {}),
    });
  }
  const mapped = mapFunction(got.config, { tags: got.tags, ...(got.imageUri ? { imageUri: got.imageUri } : {}) });
  const iam = new IamReader(ctx, clients.iam);
  const accessPoints = new AccessPointResolver(ctx, clients.efs);
  const [base, policy, url, destinations, esms, role, ebTriggers, subs] = await Promise.all([
    withFileSystems(accessPoints, mapped),
    getResourcePolicy(ctx, clients.lambda, mapped.arn),
    getFunctionUrl(ctx, clients.lambda, mapped.arn),
    getDestinations(ctx, clients.lambda, mapped.arn),
    listEventSourceMappings(ctx, clients.lambda, mapped.arn),
    mapped.roleArn ? iam.role(mapped.roleArn) : Promise.resolve(undefined),
    // Rules may target an alias: ask for the unqualified ARN and every alias ARN.
    listAliases(ctx, clients.lambda, mapped.arn).then((aliases) =>
      eventBridgeTriggersFor(ctx, clients, mapped.arn, [mapped.arn, ...aliases.items]),
    ),
    listSubscriptions(ctx, clients),
  ]);
  const [s3, logsTriggers] = await Promise.all([
    s3TriggersFor(new BucketNotifications(ctx, clients), base.arn, policy, base.accountId),
    logsTriggersFor(ctx, clients, base.arn, policy),
  ]);
  const triggers = [
    ...ebTriggers,
    ...snsTriggers(subs.items, new Set([base.arn])),
    ...s3,
    ...logsTriggers,
    ...apiGatewayTriggersFor(base.arn, policy),
  ];
  const qualifiers = qualifiersOf(
    triggers,
    esms.items.map((m) => m.FunctionArn),
  );
  const qualifierPolicies = await Promise.all(
    qualifiers.map(async (qualifier) => ({
      qualifier,
      policy: await getResourcePolicy(ctx, clients.lambda, base.arn, qualifier),
    })),
  );
  const fn: FunctionInfo = {
    ...base,
    ...(destinations ? { destinations } : {}),
    resourcePolicy: policy,
    ...(qualifierPolicies.length > 0 ? { qualifierPolicies } : {}),
    ...(url ? { url } : {}),
    eventSourceMappings: esms.items.map(mapEventSourceMapping),
  };
  const policies = new ResourcePolicyCollector(ctx, clients, base, accessPoints);
  const [permissionChanges, logExcerpts, organization] = await Promise.all([
    o.withChanges ? changesFor(ctx, clients, base, o, now) : Promise.resolve([]),
    o.withLogs && o.denialTime ? logsFor(ctx, clients, base, got.config, o.denialTime) : Promise.resolve([]),
    new OrganizationReader(ctx, clients.organizations, o.organization ?? 'off').forAccount(base.accountId),
    policies.readAll([...(o.resourceArns ?? []), ...configuredResourceArns(fn)]),
  ]);
  const { resourcePolicies, kmsKeys } = await policies.results();
  const caller = await identity;
  return buildSnapshot(ctx, {
    mode: 'function',
    now,
    ...(caller ? { auditorPrincipal: caller.arn } : {}),
    accountId: base.accountId,
    region: base.region,
    partition: fallback?.partition ?? parseArn(base.arn)?.partition ?? 'aws',
    functions: [fn],
    roles: role ? [role] : [],
    managedPolicies: await iam.allManagedPolicies(),
    triggers,
    permissionChanges,
    logExcerpts,
    ...(resourcePolicies.length > 0 ? { resourcePolicies } : {}),
    ...(kmsKeys.length > 0 ? { kmsKeys } : {}),
    ...(organization ? { organization } : {}),
  });
}
