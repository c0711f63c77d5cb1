/**
 * Which CloudTrail data event resource types the audited functions depend on, derived from the snapshot
 * (never from a denial): a denial of a data-plane call reaches the auditor only when a trail records that
 * type's data events. Resource types: AWS::S3::Object, AWS::DynamoDB::Table and AWS::Lambda::Function
 * (CloudTrail API reference, DataResource:
 * https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_DataResource.html), AWS::SQS::Queue
 * (SQS developer guide, "Logging Amazon SQS API calls using AWS CloudTrail") and AWS::SNS::Topic (Publish,
 * aws-cli example `cloudtrail put-event-selectors`).
 */
import { parseArn } from '../../arn';
import { allowGrants, actionMatcher } from './grants';
import { policySetForRole } from '../../snapshot/policy-sets';
import type { FunctionInfo, Snapshot } from '../../snapshot/types';
import { executionRoles } from './execution-roles';

/** A data event resource type and the data-plane actions of it a function typically calls. */
interface DataEventType {
  readonly type: string;
  readonly service: string;
  readonly actions: readonly string[];
}

/** The data event types the coverage check knows, with representative data-plane actions. */
export const DATA_EVENT_TYPES: readonly DataEventType[] = [
  { type: 'AWS::S3::Object', service: 's3', actions: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'] },
  {
    type: 'AWS::DynamoDB::Table',
    service: 'dynamodb',
    actions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:Query', 'dynamodb:UpdateItem', 'dynamodb:Scan'],
  },
  { type: 'AWS::Lambda::Function', service: 'lambda', actions: ['lambda:InvokeFunction'] },
  { type: 'AWS::SQS::Queue', service: 'sqs', actions: ['sqs:SendMessage', 'sqs:ReceiveMessage'] },
  { type: 'AWS::SNS::Topic', service: 'sns', actions: ['sns:Publish'] },
];

/** Why a data event type is used: the first reason found, for the finding's details. */
export type UsedDataEvents = ReadonlyMap<string, string>;

function configuredArns(fn: FunctionInfo): { arn: string; what: string }[] {
  return [
    ...(fn.deadLetterTargetArn ? [{ arn: fn.deadLetterTargetArn, what: 'dead-letter queue' }] : []),
    ...(fn.destinations?.onSuccess ? [{ arn: fn.destinations.onSuccess, what: 'on-success destination' }] : []),
    ...(fn.destinations?.onFailure ? [{ arn: fn.destinations.onFailure, what: 'on-failure destination' }] : []),
    ...fn.eventSourceMappings.flatMap((m) =>
      m.eventSourceArn ? [{ arn: m.eventSourceArn, what: 'event source' }] : [],
    ),
  ];
}

function typeOfArn(arn: string): DataEventType | undefined {
  const service = parseArn(arn)?.service;
  // DynamoDB stream ARNs (table/x/stream/…) are not table data events.
  if (service === 'dynamodb' && arn.includes('/stream/')) return undefined;
  return DATA_EVENT_TYPES.find((t) => t.service === service);
}

function fromConfiguration(snapshot: Snapshot, used: Map<string, string>): void {
  for (const fn of snapshot.functions) {
    for (const { arn, what } of configuredArns(fn)) {
      const t = typeOfArn(arn);
      if (t && !used.has(t.type)) used.set(t.type, `function ${fn.name}: ${what} ${arn}`);
    }
  }
  const invoked = snapshot.triggers.find((t) => snapshot.functions.some((f) => t.targetArn.startsWith(f.arn)));
  if (invoked && !used.has('AWS::Lambda::Function'))
    used.set('AWS::Lambda::Function', `${invoked.kind} trigger ${invoked.sourceArn} invokes ${invoked.targetArn}`);
}

function fromGrants(snapshot: Snapshot, used: Map<string, string>): void {
  for (const { role } of executionRoles(snapshot)) {
    for (const grant of allowGrants(policySetForRole(snapshot, role).identity)) {
      // `*` alone names every service: it says nothing about what the functions use.
      for (const pattern of (grant.statement.action ?? []).filter((a) => a.includes(':'))) {
        const matches = actionMatcher(pattern);
        for (const t of DATA_EVENT_TYPES) {
          const action = t.actions.find(matches);
          if (action && !used.has(t.type)) used.set(t.type, `role ${role.name} is granted ${action} (${pattern})`);
        }
      }
    }
  }
}

/** The data event types the snapshot's functions use, each with the first reason found. */
export function usedDataEvents(snapshot: Snapshot): UsedDataEvents {
  const used = new Map<string, string>();
  fromConfiguration(snapshot, used);
  fromGrants(snapshot, used);
  return new Map([...used.entries()].sort(([a], [b]) => a.localeCompare(b)));
}
