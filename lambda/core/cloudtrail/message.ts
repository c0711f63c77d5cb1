/**
 * Parses the text of AWS access-denied error messages (AWS-FACTS §4): the enhanced grammar
 * `User: P is not authorized to perform: A [on resource: R] [because no T allows the A action |
 * with an explicit deny in a T[: policy-arn]]`, the S3 variant (`on "R"`), the KMS variant
 * (`on this resource`), EC2's prefix and encoded message, SQS's old style and plain `Access Denied`;
 * chained types (`… transitively through …`) and the authorization-ID link (see `message-parts.ts`).
 * Sources: https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied.html,
 * https://aws.amazon.com/blogs/security/enhanced-access-denied-error-messages-with-policy-arns/ (AWS-FACTS §4, §12).
 */
import type { PolicyType } from '../policy/model';
import { splitMessage } from './message-parts';
import type { DenialReason } from './types';

/** What the message says, each part optional. */
export interface ParsedMessage {
  readonly principal?: string;
  readonly action?: string;
  readonly resource?: string;
  readonly reason: DenialReason;
}

const HEAD =
  /User: (?<principal>\S+) is not authorized to perform: (?<action>[A-Za-z0-9-]+:[A-Za-z0-9*]+)(?<rest>.*)$/s;
const ON_RESOURCE = /^ on (?:resource: "(?<quoted>[^"]*)"|resource: (?<plain>\S+)|"(?<s3>[^"]*)"|this resource)/;
const IMPLICIT = /because (?:no |the )?(?<type>.+?) allows? the \S+ action(?<after>[^]*)$/;
const EXPLICIT = /with an explicit deny in (?:a |an |the )?(?<type>.+?)(?:: (?<arn>arn:[^\s]+?))?(?:\.\s|\.?$)/s;
const THROUGH = /^(?<first>.+?) transitively through (?:a |an |the )?(?<second>.+)$/;
const TRAILING_ARN =
  /^(?: transitively through (?:a |an |the )?(?<through>[A-Za-z -]+?(?:polic(?:y|ies)|boundary)))?(?:: (?<arn>arn:[^\s]+?))?\.?(?:\s|$)/;
const SQS_OLD = /Access to the resource (?<url>https:\/\/\S+?) is denied\.?/;

/** Maps AWS's policy-type wording to the policy engine's names; first named type wins for chains. */
export function policyTypeFromText(text: string): PolicyType | undefined {
  const t = text.toLowerCase();
  const table: ReadonlyArray<[RegExp, PolicyType]> = [
    [/^identity-based polic/, 'identity'],
    [/^resource-based polic/, 'resource'],
    [/^permissions? boundar/, 'permissions-boundary'],
    [/^sessions? polic/, 'session'],
    [/^service control polic/, 'scp'],
    [/^resource control polic/, 'rcp'],
    [/^vpc endpoint polic/, 'vpc-endpoint'],
    [/^(?:role )?trust polic/, 'trust'],
  ];
  return table.find(([re]) => re.test(t))?.[1];
}

/**
 * Converts an SQS queue URL (`https://sqs.us-east-1.amazonaws.com/123456789012/q`, legacy
 * `https://us-east-1.queue.amazonaws.com/…`) to the queue ARN; undefined when not recognisable.
 */
export function sqsArnFromUrl(url: string, fallbackRegion?: string): string | undefined {
  const m =
    /^https?:\/\/(?:sqs\.(?<r1>[a-z0-9-]+)\.amazonaws\.com(?:\.cn)?|(?<r2>[a-z0-9-]+)\.queue\.amazonaws\.com|queue\.amazonaws\.com)\/(?<acct>\d{12})\/(?<name>[A-Za-z0-9_.-]+)\/?$/.exec(
      url,
    );
  if (!m?.groups) return undefined;
  const region = m.groups.r1 ?? m.groups.r2 ?? fallbackRegion ?? 'us-east-1';
  const partition = url.includes('.amazonaws.com.cn') ? 'aws-cn' : 'aws';
  return `arn:${partition}:sqs:${region}:${m.groups.acct}:${m.groups.name}`;
}

/** Type text → policy type, splitting chained forms (`A transitively through B`, AWS-FACTS §4.2). */
function typed(text: string): Pick<DenialReason, 'policyType' | 'policyTypeText' | 'throughPolicyType'> {
  const chain = THROUGH.exec(text);
  const through = chain?.groups?.second ? policyTypeFromText(chain.groups.second) : undefined;
  return {
    policyType: policyTypeFromText(chain?.groups?.first ?? text),
    policyTypeText: text,
    ...(through ? { throughPolicyType: through } : {}),
  };
}

function reasonFrom(rest: string): DenialReason {
  const explicit = EXPLICIT.exec(rest);
  if (explicit?.groups?.type) {
    return {
      kind: 'explicit',
      ...typed(explicit.groups.type.trim()),
      ...(explicit.groups.arn ? { policyArn: explicit.groups.arn.replace(/\.$/, '') } : {}),
    };
  }
  const implicit = IMPLICIT.exec(rest);
  if (implicit?.groups?.type) {
    // Tolerated (not documented): a chained or ARN-suffixed implicit form after "… allows the A action".
    const after = TRAILING_ARN.exec(implicit.groups.after ?? '')?.groups;
    const text = `${implicit.groups.type.trim()}${after?.through ? ` transitively through a ${after.through}` : ''}`;
    return { kind: 'implicit', ...typed(text), ...(after?.arn ? { policyArn: after.arn } : {}) };
  }
  return { kind: 'unknown' };
}

/**
 * Parses an error message. Never throws; unknown text yields `{ reason: { kind: 'unknown' } }`.
 * @param message CloudTrail `errorMessage`
 * @param region region of the event, used for SQS URLs without one
 */
export function parseDenialMessage(message: string | undefined, region?: string): ParsedMessage {
  if (!message) return { reason: { kind: 'unknown' } };
  const { body, ...appended } = splitMessage(message);
  const parsed = parseBody(body, region);
  return Object.keys(appended).length ? { ...parsed, reason: { ...parsed.reason, ...appended } } : parsed;
}

function parseBody(message: string, region: string | undefined): ParsedMessage {
  const head = HEAD.exec(message);
  if (head?.groups) {
    const rest = head.groups.rest ?? '';
    const on = ON_RESOURCE.exec(rest);
    const resource = on?.groups ? (on.groups.quoted ?? on.groups.plain ?? on.groups.s3) : undefined;
    return {
      principal: head.groups.principal,
      action: head.groups.action,
      ...(resource ? { resource: resource.replace(/[.,]$/, '') } : {}),
      reason: reasonFrom(rest),
    };
  }
  const sqs = SQS_OLD.exec(message);
  if (sqs?.groups?.url) {
    const arn = sqsArnFromUrl(sqs.groups.url, region);
    return { ...(arn ? { resource: arn } : {}), reason: { kind: 'unknown' } };
  }
  return { reason: { kind: 'unknown' } };
}
