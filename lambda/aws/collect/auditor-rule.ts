/**
 * The auditor's own EventBridge denial rule, read for the coverage check (issue 13): its state and whether
 * its pattern lets read-only denials through. One read-only call, `events:DescribeRule` (request `Name` +
 * `EventBusName`, response `State` and `EventPattern` as a JSON string:
 * https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_DescribeRule.html). States: `DISABLED`,
 * `ENABLED` ("except for AWS management events delivered through CloudTrail") and
 * `ENABLED_WITH_ALL_CLOUDTRAIL_MANAGEMENT_EVENTS` ("for all events, including AWS management events
 * delivered through CloudTrail"), per the `Rule` type's `State` in the PutRule reference
 * (https://docs.aws.amazon.com/eventbridge/latest/APIReference/API_PutRule.html). A failed read is recorded by
 * the context and leaves both fields absent, never thrown.
 */
import { DescribeRuleCommand, type EventBridgeClient } from '@aws-sdk/client-eventbridge';
import { matchesEventPattern } from '../../core/cloudtrail';
import type { AuditorDeployment } from '../../core/snapshot/types';
import type { CollectContext } from './context';

/** Rule name and event bus (absent: the default bus) of a rule ARN `…:rule/[<bus>/]<name>`. */
export function parseRuleArn(arn: string): { name: string; eventBusName?: string } | undefined {
  const resource = /^arn:[^:]+:events:[^:]*:\d{12}:rule\/(.+)$/.exec(arn)?.[1];
  if (!resource) return undefined;
  const slash = resource.lastIndexOf('/');
  return slash < 0 ? { name: resource } : { name: resource.slice(slash + 1), eventBusName: resource.slice(0, slash) };
}

/**
 * A read-only management-event denial as EventBridge delivers it from CloudTrail (detail-type
 * "AWS API Call via CloudTrail", `detail` = the CloudTrail record with `readOnly` true:
 * https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-service-event-cloudtrail.html).
 */
const READ_ONLY_DENIAL = {
  source: 'aws.secretsmanager',
  'detail-type': 'AWS API Call via CloudTrail',
  detail: {
    eventSource: 'secretsmanager.amazonaws.com',
    eventName: 'GetSecretValue',
    eventCategory: 'Management',
    readOnly: true,
    errorCode: 'AccessDeniedException',
  },
};

/** True when `patternJson` matches a read-only denial; undefined when it is absent or not a JSON object. */
export function patternDeliversReadOnly(patternJson: string | undefined): boolean | undefined {
  if (!patternJson) return undefined;
  try {
    const pattern: unknown = JSON.parse(patternJson);
    if (typeof pattern !== 'object' || pattern === null || Array.isArray(pattern)) return undefined;
    return matchesEventPattern(pattern as Record<string, unknown>, READ_ONLY_DENIAL);
  } catch {
    return undefined;
  }
}

/** The rule's state and read-only delivery (both absent when the ARN is malformed or the read failed). */
export async function readDenialRule(
  ctx: CollectContext,
  client: EventBridgeClient,
  ruleArn: string,
): Promise<Pick<AuditorDeployment, 'denialRuleState' | 'denialRuleReadOnlyEvents'>> {
  const rule = parseRuleArn(ruleArn);
  if (!rule) return {};
  const read = await ctx.send('events:DescribeRule', ruleArn, () =>
    client.send(
      new DescribeRuleCommand({ Name: rule.name, ...(rule.eventBusName ? { EventBusName: rule.eventBusName } : {}) }),
    ),
  );
  if (!read.ok) return {};
  const readOnly = patternDeliversReadOnly(read.value.EventPattern);
  return {
    ...(read.value.State ? { denialRuleState: read.value.State } : {}),
    ...(readOnly !== undefined ? { denialRuleReadOnlyEvents: readOnly } : {}),
  };
}
