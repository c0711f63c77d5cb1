/**
 * Recent permission-relevant changes to a role or function from CloudTrail `LookupEvents`. The API
 * allows about 2 calls per second per account and Region, so lookups are narrow (one ResourceName
 * each, bounded window and pages). Only whitelisted request parameters are summarized: never
 * environment variables.
 */
import { LookupEventsCommand, type CloudTrailClient, type Event } from '@aws-sdk/client-cloudtrail';
import type { PermissionChange } from '../../core/snapshot/types';
import { paginate, type CollectContext } from './context';

/** IAM and Lambda event names (version suffix removed) that change what a function may do. */
export const PERMISSION_EVENT_NAMES: ReadonlySet<string> = new Set([
  'AttachRolePolicy',
  'DetachRolePolicy',
  'PutRolePolicy',
  'DeleteRolePolicy',
  'UpdateAssumeRolePolicy',
  'PutRolePermissionsBoundary',
  'DeleteRolePermissionsBoundary',
  'CreatePolicyVersion',
  'SetDefaultPolicyVersion',
  'CreateRole',
  'DeleteRole',
  'AddPermission',
  'RemovePermission',
  'CreateFunction',
  'UpdateFunctionConfiguration',
  'CreateFunctionUrlConfig',
  'UpdateFunctionUrlConfig',
  'DeleteFunctionUrlConfig',
  'CreateEventSourceMapping',
  'UpdateEventSourceMapping',
  'DeleteEventSourceMapping',
  'PutFunctionEventInvokeConfig',
  'UpdateFunctionEventInvokeConfig',
]);

const SUMMARY_KEYS = [
  'roleName',
  'policyArn',
  'policyName',
  'versionId',
  'permissionsBoundary',
  'functionName',
  'qualifier',
  'statementId',
  'action',
  'principal',
  'sourceArn',
  'sourceAccount',
  'role',
  'kMSKeyArn',
  'authType',
  'eventSourceArn',
];

/** Lambda event names carry an API version suffix: `AddPermission20150331v2` → `AddPermission`. */
export function baseEventName(name: string): string {
  return name.replace(/\d{8}(v\d+)?$/, '');
}

/** A safe one-line summary of whitelisted string request parameters. */
export function summarize(requestParameters: unknown): string {
  if (typeof requestParameters !== 'object' || requestParameters === null) return '';
  const params = requestParameters as Record<string, unknown>;
  return SUMMARY_KEYS.filter((k) => typeof params[k] === 'string' || typeof params[k] === 'number')
    .map((k) => `${k}=${String(params[k])}`)
    .join(', ');
}

/** Maps one LookupEvents event, or undefined when it is not a successful permission change. */
export function toPermissionChange(e: Event, target: string): PermissionChange | undefined {
  const name = baseEventName(e.EventName ?? '');
  if (!PERMISSION_EVENT_NAMES.has(name)) return undefined;
  let record: Record<string, unknown> = {};
  try {
    record = JSON.parse(e.CloudTrailEvent ?? '{}') as Record<string, unknown>;
  } catch {
    record = {};
  }
  if (record.errorCode) return undefined;
  const identity = (record.userIdentity ?? {}) as { arn?: string };
  return {
    eventId: e.EventId ?? '',
    eventTime: (e.EventTime ?? new Date(0)).toISOString(),
    eventSource: e.EventSource ?? String(record.eventSource ?? ''),
    eventName: name,
    actor: identity.arn ?? e.Username ?? 'unknown',
    target,
    summary: summarize(record.requestParameters),
  };
}

/** Options for one narrow lookup. */
export interface LookupOptions {
  /** CloudTrail `ResourceName` (role name, function name). */
  readonly resourceName: string;
  /** ARN recorded as the change's target. */
  readonly target: string;
  readonly start: Date;
  readonly end: Date;
  /** At most this many pages of 50 events (default 4). */
  readonly maxPages?: number;
}

/** Looks up permission changes for one resource name. */
export async function lookupChanges(
  ctx: CollectContext,
  cloudtrail: CloudTrailClient,
  o: LookupOptions,
): Promise<PermissionChange[]> {
  const events = await paginate(async (NextToken) => {
    const res = await ctx.send('cloudtrail:LookupEvents', o.resourceName, () =>
      cloudtrail.send(
        new LookupEventsCommand({
          LookupAttributes: [{ AttributeKey: 'ResourceName', AttributeValue: o.resourceName }],
          StartTime: o.start,
          EndTime: o.end,
          MaxResults: 50,
          NextToken,
        }),
      ),
    );
    if (!res.ok) return undefined;
    return { items: res.value.Events ?? [], next: res.value.NextToken };
  }, o.maxPages ?? 4);
  return events.items.map((e) => toPermissionChange(e, o.target)).filter((c): c is PermissionChange => c !== undefined);
}
