/**
 * Account sweep: bulk listings first (`GetAccountAuthorizationDetails`, `ListFunctions`,
 * `ListEventSourceMappings`, EventBridge rules + targets, SNS, S3 buckets), then per function only
 * what has no bulk API (`GetPolicy`; `GetFunctionUrlConfig` only when the resource policy reveals a
 * URL). Per-function reads start as soon as each ListFunctions page arrives.
 */
import { ListFunctionsCommand, type FunctionConfiguration } from '@aws-sdk/client-lambda';
import type { AuditorDeployment, FunctionInfo, InventoryList, Snapshot, TriggerInfo } from '../../core/snapshot/types';
import { functionQualifier, parseArn, unqualifiedFunctionArn } from '../../core/arn';
import type { CollectorClients } from './clients';
import { CollectContext, paginate } from './context';
import { AccessPointResolver, withFileSystems } from './efs';
import { readAuthorizationDetails } from './iam-bulk';
import { callerIdentity } from './identity';
import { getDestinations, getFunctionUrl, getResourcePolicy, listEventSourceMappings } from './lambda-reads';
import { Semaphore } from './limiter';
import { mapEventSourceMapping, mapFunction } from './map-lambda';
import { configuredResourceArns } from './resource-policies/configured';
import { ResourcePolicyCollector } from './resource-policies/index';
import { OrganizationReader, type OrganizationMode } from './resource-policies/organizations';
import { revealsFunctionUrl } from './resource-policy';
import { buildSnapshot } from './snapshot';
import { collectTrails } from './trails';
import { readDenialRule } from './auditor-rule';
import { readLastAccessed, type LastAccessedOptions } from './last-accessed';
import { OVER_BROAD_ROLE } from '../../core/checks/execution-role/over-broad-role';
import { listBuckets, listRulesWithTargets, listTopics, ruleTriggers } from './sweep-sources';
import {
  apiGatewayTriggersFor,
  BucketNotifications,
  listSubscriptions,
  logsTriggersFor,
  s3TriggersFor,
  snsTriggers,
} from './triggers';

/** Options of {@link collectAccount}. */
export interface CollectAccountOptions {
  /** Functions processed at once (default 8; the per-API token buckets set the real pace). */
  concurrency?: number;
  /** Called after each function with the number done and the number known so far. */
  onProgress?: (done: number, total: number) => void;
  /** Only functions whose name passes are collected. */
  functionFilter?: (name: string) => boolean;
  /**
   * Also read `GetFunctionUrlConfig` and `GetFunctionEventInvokeConfig` for every function (+2 calls per
   * function, sharing Lambda's 15/s control-plane quota). Default false: URL config only when the
   * resource policy reveals a URL; destinations not read.
   */
  fullFunctionReads?: boolean;
  /**
   * Read the resource-based policies of the resources functions' configurations reference (DLQ,
   * destinations, KMS keys, event sources, ECR repositories, layers): one read per distinct resource of
   * this account and Region. Default true.
   */
  resourcePolicies?: boolean;
  /** Read the SCPs / RCPs that apply to the account (default `off`; `auto`: only where Organizations is readable). */
  organization?: OrganizationMode;
  /**
   * IAM last-accessed reports (action level) of the execution roles the over-broad check flags, for its
   * narrowed-policy proposal (`roles` overrides which roles; `false` reads none). Default: flagged roles.
   */
  lastAccessed?: (LastAccessedOptions & { roles?: readonly string[] }) | false;
  /** The auditor's deployment (handler sweeps): its stack Region and own denial rule, read with DescribeRule. */
  auditor?: { stackRegion: string; denialRuleArn?: string };
  /** Injected for tests and benchmarks. */
  context?: CollectContext;
  /** Clock, for tests. */
  now?: () => Date;
}

type FunctionResult = { fn: FunctionInfo; triggers: TriggerInfo[] };

async function perFunction(
  ctx: CollectContext,
  clients: CollectorClients,
  c: FunctionConfiguration,
  o: CollectAccountOptions,
  shared: { buckets: BucketNotifications; ownBuckets: Promise<InventoryList>; accessPoints: AccessPointResolver },
): Promise<FunctionResult> {
  const { buckets, ownBuckets } = shared;
  const [base, policy] = await Promise.all([
    withFileSystems(shared.accessPoints, mapFunction(c)),
    getResourcePolicy(ctx, clients.lambda, unqualifiedFunctionArn(c.FunctionArn ?? '')),
  ]);
  const [url, destinations, own] = await Promise.all([
    o.fullFunctionReads || revealsFunctionUrl(policy)
      ? getFunctionUrl(ctx, clients.lambda, base.arn)
      : Promise.resolve(undefined),
    o.fullFunctionReads ? getDestinations(ctx, clients.lambda, base.arn) : Promise.resolve(undefined),
    ownBuckets,
  ]);
  // Buckets absent from a complete ListBuckets are not ours: reading them would only add failed reads.
  const bucketSet = new Set(own.arns);
  const partition = parseArn(base.arn)?.partition ?? 'aws';
  const isOwn = (b: string): boolean => !own.complete || bucketSet.has(`arn:${partition}:s3:::${b}`);
  const [s3, logs] = await Promise.all([
    s3TriggersFor(buckets, base.arn, policy, base.accountId, isOwn),
    logsTriggersFor(ctx, clients, base.arn, policy),
  ]);
  const fn: FunctionInfo = {
    ...base,
    ...(destinations ? { destinations } : {}),
    resourcePolicy: policy,
    ...(url ? { url } : {}),
    eventSourceMappings: [],
  };
  return { fn, triggers: [...s3, ...logs, ...apiGatewayTriggersFor(base.arn, policy)] };
}

async function listFunctionsStreaming(
  ctx: CollectContext,
  clients: CollectorClients,
  onPage: (items: FunctionConfiguration[]) => void,
): Promise<boolean> {
  const listed = await paginate(async (Marker) => {
    const res = await ctx.send('lambda:ListFunctions', 'account', () =>
      clients.lambda.send(new ListFunctionsCommand({ Marker, MaxItems: 50 })),
    );
    if (!res.ok) return undefined;
    onPage(res.value.Functions ?? []);
    return { items: [], next: res.value.NextMarker };
  });
  return listed.complete;
}

async function regionOf(clients: CollectorClients): Promise<string> {
  try {
    return await clients.lambda.config.region();
  } catch {
    return '';
  }
}

async function auditorDeployment(
  ctx: CollectContext,
  clients: CollectorClients,
  a: CollectAccountOptions['auditor'],
): Promise<{ auditor?: AuditorDeployment }> {
  if (!a) return {};
  const rule = a.denialRuleArn ? await readDenialRule(ctx, clients.eventbridge, a.denialRuleArn) : {};
  return { auditor: { stackRegion: a.stackRegion, ...rule } };
}

/** Sweeps the whole account and Region. Never throws for AWS read failures: they land in provenance. */
export async function collectAccount(clients: CollectorClients, o: CollectAccountOptions = {}): Promise<Snapshot> {
  const ctx = o.context ?? new CollectContext();
  const now = (o.now ?? (() => new Date()))();
  const concurrency = Math.max(1, o.concurrency ?? 8);
  const gate = new Semaphore(concurrency);
  const identity = callerIdentity(ctx, clients.sts);
  const shared = {
    buckets: new BucketNotifications(ctx, clients),
    ownBuckets: listBuckets(ctx, clients),
    accessPoints: new AccessPointResolver(ctx, clients.efs),
  };
  const iamDetails = readAuthorizationDetails(ctx, clients.iam);
  const esms = listEventSourceMappings(ctx, clients.lambda);
  const rules = listRulesWithTargets(ctx, clients, concurrency);
  const subs = listSubscriptions(ctx, clients);
  const topics = listTopics(ctx, clients);
  const trails = collectTrails(ctx, clients.cloudtrail);
  const auditor = auditorDeployment(ctx, clients, o.auditor);
  const work: Promise<FunctionResult>[] = [];
  let done = 0;
  const functionsComplete = await listFunctionsStreaming(ctx, clients, (page) => {
    for (const c of page) {
      if (o.functionFilter && !o.functionFilter(c.FunctionName ?? '')) continue;
      work.push(
        gate.run(async () => {
          const r = await perFunction(ctx, clients, c, o, shared);
          o.onProgress?.(++done, work.length);
          return r;
        }),
      );
    }
  });
  const results = await Promise.all(work);
  const [iam, mappings, ruleListing, subscriptions, topicInventory, bucketInventory, caller] = await Promise.all([
    iamDetails,
    esms,
    rules,
    subs,
    topics,
    shared.ownBuckets,
    identity,
  ]);
  const arns = new Set(results.map((r) => r.fn.arn));
  const triggers = [
    ...results.flatMap((r) => r.triggers),
    ...ruleTriggers(ruleListing, arns),
    ...snsTriggers(subscriptions.items, arns),
  ];
  const byFunction = new Map<string, typeof mappings.items>();
  for (const m of mappings.items) {
    const key = unqualifiedFunctionArn(m.FunctionArn ?? '');
    byFunction.set(key, [...(byFunction.get(key) ?? []), m]);
  }
  const functions = await Promise.all(
    results.map(async ({ fn }) => {
      const own = byFunction.get(fn.arn) ?? [];
      const qualifiers = new Set(
        [
          ...triggers.filter((t) => unqualifiedFunctionArn(t.targetArn) === fn.arn).map((t) => t.targetArn),
          ...own.map((m) => m.FunctionArn ?? ''),
        ]
          .map(functionQualifier)
          .filter((q): q is string => q !== undefined && q !== '$LATEST'),
      );
      const qualifierPolicies = await Promise.all(
        [...qualifiers].sort().map(async (qualifier) => ({
          qualifier,
          policy: await getResourcePolicy(ctx, clients.lambda, fn.arn, qualifier),
        })),
      );
      return {
        ...fn,
        eventSourceMappings: own.map(mapEventSourceMapping),
        ...(qualifierPolicies.length ? { qualifierPolicies } : {}),
      };
    }),
  );
  const first = parseArn(functions[0]?.arn ?? iam.roles[0]?.arn ?? '');
  const accountId = first?.accountId || caller?.accountId || '';
  const region = (await regionOf(clients)) || first?.region || '';
  const extra = await policyParts(ctx, clients, o, { accountId, region }, functions, shared.accessPoints);
  const snapshot = buildSnapshot(ctx, {
    mode: 'sweep',
    now,
    ...(caller ? { auditorPrincipal: caller.arn } : {}),
    accountId,
    region,
    partition: first?.partition ?? 'aws',
    incomplete: !functionsComplete || !iam.complete || !mappings.complete,
    functions: functions.sort((a, b) => a.arn.localeCompare(b.arn)),
    roles: iam.roles,
    users: iam.users,
    groups: iam.groups,
    managedPolicies: iam.managedPolicies,
    triggers,
    inventory: { 'eventbridge-rule': ruleListing.inventory, sns: topicInventory, s3: bucketInventory },
    trails: await trails,
    ...(await auditor),
    ...extra,
  });
  return withLastAccessed(ctx, clients, snapshot, o.lastAccessed ?? {});
}

/** The snapshot with the last-accessed reports of its over-broad execution roles (or of the roles asked). */
async function withLastAccessed(
  ctx: CollectContext,
  clients: CollectorClients,
  snapshot: Snapshot,
  o: NonNullable<CollectAccountOptions['lastAccessed']>,
): Promise<Snapshot> {
  if (o === false) return snapshot;
  const flagged = OVER_BROAD_ROLE.run({ snapshot, now: new Date(snapshot.provenance.takenAt) }).findings;
  const roles = o.roles ?? flagged.flatMap((f) => (f.principal ? [f.principal] : []));
  if (roles.length === 0) return snapshot;
  const lastAccessed = await readLastAccessed(ctx, clients.iam, roles, o);
  // Failed report reads join provenance (they never make the snapshot partial: the data is optional).
  const provenance = { ...snapshot.provenance, failedReads: [...ctx.failedReads] };
  return { ...snapshot, provenance, ...(lastAccessed.length > 0 ? { lastAccessed } : {}) };
}

/** Resource policies, KMS keys and organization policies of a sweep, as optional snapshot parts. */
async function policyParts(
  ctx: CollectContext,
  clients: CollectorClients,
  o: CollectAccountOptions,
  owner: { accountId: string; region: string },
  functions: readonly FunctionInfo[],
  accessPoints: AccessPointResolver,
): Promise<Pick<Snapshot, 'resourcePolicies' | 'kmsKeys' | 'organization'>> {
  const policies = new ResourcePolicyCollector(ctx, clients, owner, accessPoints);
  const [organization] = await Promise.all([
    new OrganizationReader(ctx, clients.organizations, o.organization ?? 'off').forAccount(owner.accountId),
    o.resourcePolicies === false ? undefined : policies.readAll(functions.flatMap(configuredResourceArns)),
  ]);
  const { resourcePolicies, kmsKeys } = await policies.results();
  return {
    ...(resourcePolicies.length > 0 ? { resourcePolicies } : {}),
    ...(kmsKeys.length > 0 ? { kmsKeys } : {}),
    ...(organization ? { organization } : {}),
  };
}
