/**
 * Item processor of the organization sweep (Step Functions Distributed Map, see lib/sweep-fanout.ts). One
 * invocation receives a batch of items (`ItemBatcher`); each item is one account × Region, or one shard of
 * the functions of a very large account × Region. Items are processed one after another, so a worker holds
 * the snapshot and findings of one item at a time (memory bounded per item, never the organization).
 *
 * Each item: assume the member role (cached per account) → collect with a limiter whose per-account quotas
 * are divided among the shards and Regions that may run at once → run the checks → dedup → publish. A
 * failing item is reported in the result (`status: 'failed'`), never fatal to the batch; a batch whose
 * items all failed throws, so the Map counts it against `ToleratedFailurePercentage` and retries it.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SNSClient } from '@aws-sdk/client-sns';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { memberAccountClients, type AccountClients } from '../aws/accounts';
import { collectAccount } from '../aws/collect';
import { CollectContext } from '../aws/collect/context';
import { DEFAULT_QUOTAS, RateLimiter, type RateQuota } from '../aws/collect/limiter';
import type { OrganizationMode } from '../aws/collect/resource-policies/organizations';
import { audit } from '../core/audit';
import { CHECKS } from '../core/checks/registry';
import type { Check } from '../core/checks/types';
import { AuditorError } from '../core/errors';
import type { OrgItemResult, TopFinding } from '../core/findings/org-digest';
import { SEVERITIES, type Finding, type Severity } from '../core/findings/types';
import type { ActionCatalog } from '../core/policy/model';
import type { Snapshot } from '../core/snapshot/types';
import { loadActionCatalog } from '../catalog';
import { readConfig } from './config';
import type { PipelineDeps } from './pipeline';
import { powertoolsLogger, powertoolsMetrics } from './ports';
import { deliverSweep, readIndex, sendResolved, writeIndex } from './sweep-notices';

/** One unit of sweep work: an account and Region, optionally one shard of its functions. */
export interface SweepItem {
  readonly account: string;
  readonly region: string;
  /** Shard index (0-based). @default 0 */
  readonly shard?: number;
  /** Number of shards of this account and Region. @default 1 */
  readonly shards?: number;
  /** Regions of this account swept at the same time (divides the account-wide IAM/STS quotas). @default 1 */
  readonly regionsPerAccount?: number;
}

/** What the Distributed Map passes with `ItemBatcher`. */
export interface SweepBatchEvent {
  readonly Items: readonly SweepItem[];
}

/** Result of one item (written per item by the Map's result writer, aggregated for the digest). */
export type SweepItemResult = OrgItemResult;

/** Dependencies of the item processor (tests inject mocks). */
export interface SweepItemDeps extends PipelineDeps {
  readonly checks: readonly Check[];
  /** The IAM action catalog the checks name actions from (as in the other handlers). */
  readonly catalog?: ActionCatalog;
  readonly now: () => Date;
  /** Collects one item's snapshot. */
  readonly collectItem: (item: SweepItem) => Promise<Snapshot>;
}

/** True when function `name` belongs to shard `shard` of `shards` (stable FNV-1a hash of the name). */
export function inShard(name: string, shard: number, shards: number): boolean {
  if (shards <= 1) return true;
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return h % shards === shard;
}

/** Account-wide buckets (IAM and STS are global): shared by every Region of the account. */
const ACCOUNT_WIDE = new Set(['iam', 'sts']);

/**
 * Per-item quotas: Regional quotas divided by the shards of this account and Region, account-wide ones also
 * by the Regions swept at once, so the items running together never exceed one account's quotas.
 */
export function itemQuotas(
  item: SweepItem,
  quotas: Readonly<Record<string, RateQuota>> = DEFAULT_QUOTAS,
): Record<string, RateQuota> {
  const shards = Math.max(1, item.shards ?? 1);
  const regions = Math.max(1, item.regionsPerAccount ?? 1);
  const out: Record<string, RateQuota> = {};
  for (const [name, q] of Object.entries(quotas)) {
    const divisor = shards * (ACCOUNT_WIDE.has(name) ? regions : 1);
    out[name] = { ...q, perSecond: q.perSecond / divisor };
  }
  return out;
}

/** The sweep index item of one sweep item (the single-account sweep's index is `sweep#index`). */
export function itemIndexKey(item: SweepItem): string {
  return `sweep#index#${item.account}#${item.region}#${item.shard ?? 0}`;
}

/** Most severe findings an item names in its result (the digest keeps the organization's top ones). */
export const TOP_PER_ITEM = 5;

function topFindings(findings: readonly Finding[], item: SweepItem): TopFinding[] {
  return [...findings]
    .sort((x, y) => SEVERITIES.indexOf(x.severity) - SEVERITIES.indexOf(y.severity))
    .slice(0, TOP_PER_ITEM)
    .map((f) => ({
      checkId: f.checkId,
      severity: f.severity,
      title: f.title,
      ...(f.function?.arn ? { functionArn: f.function.arn } : {}),
      account: item.account,
      region: item.region,
    }));
}

/**
 * Alerts one item's findings like the single-account sweep (rotation order, per-item cap, findings below
 * the per-finding threshold left to the digest) and sends its "resolved" notices from the item's own index.
 */
async function auditItem(deps: SweepItemDeps, item: SweepItem, snapshot: Snapshot, now: Date) {
  const report = audit(snapshot, [], {
    checks: deps.checks,
    catalog: deps.catalog,
    now,
    suppressions: deps.config.suppressions,
  });
  const key = itemIndexKey(item);
  const index = await readIndex(deps, key);
  const { delivered, alerted, notAlerted: deferred } = await deliverSweep(deps, report, index, now);
  const notAlerted = new Set(deferred.map((f) => f.fingerprint));
  const complete = !snapshot.provenance.partial && report.runs.every((r) => r.status !== 'error');
  const threshold = SEVERITIES.indexOf(deps.config.minAlertSeverity);
  const alertable = report.findings.filter((f) => SEVERITIES.indexOf(f.severity) <= threshold);
  const resolved = await sendResolved(deps, index, alertable, complete, deps.config.maxAlertsPerSweep);
  // The organization digest counts the findings not alerted one by one, so they are marked as digested.
  await writeIndex(deps, index, alertable, { alerted, digested: notAlerted }, complete, resolved.kept, now, key);
  const bySeverity: Partial<Record<Severity, number>> = {};
  for (const f of alertable) bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1;
  return {
    delivered,
    bySeverity,
    notAlerted: notAlerted.size,
    resolved: resolved.sent,
    top: topFindings(alertable, item),
  };
}

async function processItem(deps: SweepItemDeps, item: SweepItem): Promise<SweepItemResult> {
  const base = { account: item.account, region: item.region, shard: item.shard ?? 0 };
  try {
    const now = deps.now();
    const snapshot = await deps.collectItem(item);
    const { delivered, ...counts } = await auditItem(deps, item, snapshot, now);
    deps.metrics.count('FunctionsSwept', snapshot.functions.length);
    return {
      ...base,
      status: 'ok',
      functions: snapshot.functions.length,
      findings: delivered.findings,
      alerted: delivered.alerted,
      failedReads: snapshot.provenance.failedReads.length,
      partial: snapshot.provenance.partial,
      ...counts,
    };
  } catch (e) {
    const error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    deps.metrics.count('SweepItemFailures');
    deps.logger.error('sweep-item-failed', { ...base, error });
    return { ...base, status: 'failed', functions: 0, findings: 0, alerted: 0, failedReads: 0, partial: true, error };
  }
}

/** Processes one batch; throws only when every item failed (the Map retries, then tolerates). */
export async function runSweepBatch(deps: SweepItemDeps, event: SweepBatchEvent): Promise<SweepItemResult[]> {
  const results: SweepItemResult[] = [];
  try {
    for (const item of event.Items) results.push(await processItem(deps, item));
  } finally {
    deps.metrics.flush();
  }
  for (const { top: _top, ...r } of results) deps.logger.info('sweep-item', { ...r });
  if (results.length > 0 && results.every((r) => r.status === 'failed')) {
    throw new AuditorError('SWEEP_BATCH_FAILED', `All ${results.length} items failed: ${results[0]?.error ?? ''}`);
  }
  return results;
}

/**
 * Collects one item through the member role, with the item's share of the account's quotas; `organization`
 * `auto` also reads the SCPs and RCPs that apply to the account (through the central account's clients).
 */
export function collectSweepItem(
  accounts: AccountClients,
  item: SweepItem,
  organization: OrganizationMode = 'off',
): Promise<Snapshot> {
  const shard = item.shard ?? 0;
  const shards = item.shards ?? 1;
  return collectAccount(accounts.clientsFor(item.account, item.region), {
    context: new CollectContext(new RateLimiter(itemQuotas(item))),
    functionFilter: (name) => inShard(name, shard, shards),
    organization,
  });
}

let production: SweepItemDeps | undefined;

/** Lambda entry point (Distributed Map item processor). Configuration is read from the environment here. */
export const handler = (event: SweepBatchEvent): Promise<SweepItemResult[]> => {
  if (!production) {
    const config = readConfig(process.env);
    if (!config.memberAccess) throw new AuditorError('CONFIG_MISSING', 'MEMBER_ROLE_NAME is not set.');
    const accounts = memberAccountClients(config.memberAccess, config.region);
    production = {
      config,
      logger: powertoolsLogger(new Logger()),
      metrics: powertoolsMetrics(new Metrics()),
      sns: new SNSClient({ region: config.region }),
      ddb: new DynamoDBClient({ region: config.region }),
      checks: CHECKS,
      catalog: loadActionCatalog(),
      now: () => new Date(),
      collectItem: (item) => collectSweepItem(accounts, item, config.organization),
    };
  }
  return runSweepBatch(production, event);
};
