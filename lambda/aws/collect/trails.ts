/**
 * CloudTrail coverage of the audited account and Region (issue 13, "auditor coverage"): which trails
 * log management events (all or write-only), which data event resource types they log, whether they
 * are logging, and whether global-service (IAM/STS) events are included. Read-only calls:
 * `DescribeTrails` (`*` only), `GetTrailStatus` and `GetEventSelectors` (per trail ARN). Event
 * selector semantics: a trail created without specific selectors gets the default one (all read and
 * write management events, no data events), which GetEventSelectors returns; a trail uses either basic or advanced selectors (CloudTrail API reference, `EventSelector`:
 * https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_EventSelector.html).
 * Failures are recorded by the context and returned as data, never thrown.
 */
import {
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
  type AdvancedEventSelector,
  type CloudTrailClient,
  type EventSelector,
  type Trail,
} from '@aws-sdk/client-cloudtrail';
import type { TrailCoverage, TrailsInfo } from '../../core/snapshot/types';
import type { CollectContext } from './context';

function mergeRw(a: TrailCoverage['management'], b: TrailCoverage['management']): TrailCoverage['management'] {
  if (a === undefined || a === 'None') return b;
  if (b === undefined || b === 'None' || a === b) return a;
  return 'All';
}

/** Management coverage and data event types of basic event selectors (none = all management, no data). */
export function basicCoverage(
  selectors: readonly EventSelector[],
): Pick<TrailCoverage, 'management' | 'dataEventTypes'> {
  let management: TrailCoverage['management'] = 'None';
  const data = new Set<string>();
  for (const s of selectors) {
    const rw = (s.ReadWriteType ?? 'All') as 'All' | 'WriteOnly' | 'ReadOnly';
    if (s.IncludeManagementEvents !== false) management = mergeRw(management, rw);
    for (const r of s.DataResources ?? []) if (r.Type) data.add(r.Type);
  }
  return { management, dataEventTypes: [...data].sort() };
}

function fieldValues(s: AdvancedEventSelector, field: string): string[] {
  return (s.FieldSelectors ?? []).filter((f) => f.Field === field).flatMap((f) => f.Equals ?? []);
}

/** Management coverage and data event types of advanced event selectors. */
export function advancedCoverage(
  selectors: readonly AdvancedEventSelector[],
): Pick<TrailCoverage, 'management' | 'dataEventTypes'> {
  let management: TrailCoverage['management'] = 'None';
  const data = new Set<string>();
  for (const s of selectors) {
    const category = fieldValues(s, 'eventCategory');
    const readOnly = fieldValues(s, 'readOnly');
    const rw = readOnly.length === 1 ? (readOnly[0] === 'true' ? 'ReadOnly' : 'WriteOnly') : 'All';
    if (category.includes('Management')) management = mergeRw(management, rw);
    if (category.includes('Data')) for (const t of fieldValues(s, 'resources.type')) data.add(t);
  }
  return { management, dataEventTypes: [...data].sort() };
}

async function coverage(ctx: CollectContext, client: CloudTrailClient, trail: Trail): Promise<TrailCoverage> {
  const arn = trail.TrailARN ?? trail.Name ?? 'unknown';
  const [status, selectors] = await Promise.all([
    ctx.send('cloudtrail:GetTrailStatus', arn, () => client.send(new GetTrailStatusCommand({ Name: arn }))),
    ctx.send('cloudtrail:GetEventSelectors', arn, () => client.send(new GetEventSelectorsCommand({ TrailName: arn }))),
  ]);
  const sel = selectors.ok
    ? selectors.value.AdvancedEventSelectors?.length
      ? advancedCoverage(selectors.value.AdvancedEventSelectors)
      : basicCoverage(selectors.value.EventSelectors ?? [])
    : { management: undefined, dataEventTypes: [] };
  return {
    name: trail.Name ?? arn,
    arn,
    homeRegion: trail.HomeRegion,
    multiRegion: trail.IsMultiRegionTrail === true,
    globalServiceEvents: trail.IncludeGlobalServiceEvents === true,
    logging: status.ok ? status.value.IsLogging === true : undefined,
    ...sel,
  };
}

/** Reads the trails visible from the client's Region (shadow trails of other Regions included). */
export async function collectTrails(ctx: CollectContext, client: CloudTrailClient): Promise<TrailsInfo> {
  const listed = await ctx.send('cloudtrail:DescribeTrails', '*', () =>
    client.send(new DescribeTrailsCommand({ includeShadowTrails: true })),
  );
  if (!listed.ok) return { complete: false, trails: [] };
  const trails = await Promise.all((listed.value.trailList ?? []).map((t) => coverage(ctx, client, t)));
  return { complete: true, trails };
}
