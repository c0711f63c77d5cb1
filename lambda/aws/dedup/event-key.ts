/**
 * The cheap dedup key of a denial, derived from the event alone (no AWS read): account, region,
 * principal, action, resource, error code and the deciding layer named by the message. Repeats of a key
 * inside the window are counted and skipped before collection, so a storm of identical denials reads the
 * account once per key per window. Pure (no SDK, no environment).
 */
import { createHash } from 'node:crypto';
import type { DeniedRequest } from '../../core/cloudtrail';

/** Prefix that keeps event keys apart from finding fingerprints in the shared dedup table. */
export const EVENT_KEY_PREFIX = 'event#';

/**
 * The principal as a stable identity: for an assumed role the role ARN plus the function the session
 * belongs to (session names of people and SDKs vary per session; they do not make a new problem).
 */
function principalOf(denial: DeniedRequest): string {
  const c = denial.caller;
  if (c.type === 'AssumedRole' && c.roleArn) return `${c.roleArn}|${denial.classification.functionName ?? ''}`;
  return c.arn ?? c.principalId ?? c.type;
}

/** `event#` + 32 hex digits of SHA-256 over the denial's identifying parts. */
export function eventKey(denial: DeniedRequest): string {
  const parts = [
    denial.account,
    denial.region,
    principalOf(denial),
    denial.action.toLowerCase(),
    denial.resource ?? '',
    denial.errorCode,
    denial.reason.kind,
    denial.reason.policyType ?? '',
    denial.reason.policyArn ?? '',
  ];
  return EVENT_KEY_PREFIX + createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 32);
}
