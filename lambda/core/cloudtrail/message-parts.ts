/**
 * The parts AWS appends to or wraps around an access-denied message, separated from the grammar in
 * `message.ts`:
 * - the IAM Access Troubleshooter suffix `Go to https://<region>.console.aws.amazon.com/iam/home?region=…#/authorization-details/<ID>`
 *   (https://docs.aws.amazon.com/IAM/latest/UserGuide/troubleshoot_access-denied-authorization-id.html, AWS-FACTS §12);
 * - EC2's `Encoded authorization failure message: <blob>` (AWS-FACTS §1.4 example B, §4.1): noted, never kept;
 * - truncation of oversized messages (AWS sets no small limit; CloudTrail keeps what the service returned).
 */

/** Characters of a message the grammar reads (AWS's messages are a few hundred characters). */
export const PARSE_WINDOW_CHARS = 16_384;
/** Characters at the end of a message searched for the authorization-ID link. */
const SUFFIX_WINDOW_CHARS = 2_048;

const AUTHZ_SUFFIX =
  /\.?\s*Go to (?<url>https:\/\/[A-Za-z0-9.-]+\/iam\/home[^\s#]*#\/authorization-details\/(?<id>[A-Za-z0-9_-]{1,128}))\.?\s*$/;
const ENCODED = /\.?\s*Encoded authorization failure message:\s*\S*/;

/** A message split into the grammar part and what AWS appended. */
export interface MessageParts {
  /** The text the grammar parses (suffixes removed, at most {@link PARSE_WINDOW_CHARS}). */
  readonly body: string;
  readonly authorizationId?: string;
  readonly authorizationUrl?: string;
  readonly encodedMessageOmitted?: boolean;
}

/**
 * Splits a message into its grammar part, the authorization-ID link and EC2's encoded-message marker.
 * Linear in the message length: only the last {@link SUFFIX_WINDOW_CHARS} are searched for the link and only
 * the first {@link PARSE_WINDOW_CHARS} are returned for parsing.
 */
export function splitMessage(message: string): MessageParts {
  const tailStart = Math.max(0, message.length - SUFFIX_WINDOW_CHARS);
  const suffix = AUTHZ_SUFFIX.exec(message.slice(tailStart));
  const withoutLink = suffix ? message.slice(0, tailStart + suffix.index) : message;
  const head = withoutLink.slice(0, PARSE_WINDOW_CHARS);
  const encoded = ENCODED.exec(head);
  const body = encoded ? head.slice(0, encoded.index) : head;
  return {
    body,
    ...(suffix?.groups?.id ? { authorizationId: suffix.groups.id, authorizationUrl: suffix.groups.url } : {}),
    ...(encoded ? { encodedMessageOmitted: true } : {}),
  };
}

/** A message cut to a length, and whether it was cut. */
export interface TruncatedMessage {
  readonly text: string;
  readonly truncated: boolean;
}

/**
 * Cuts a message to `max` characters (marker included) with a visible marker saying how much was dropped.
 * EC2's encoded authorization message is replaced by a short note: it is opaque to readers (only
 * `sts:DecodeAuthorizationMessage` can read it) and can be very long.
 * @param message CloudTrail `errorMessage`
 * @param max largest length kept
 */
export function truncateMessage(message: string, max: number): TruncatedMessage {
  const compact = message.replace(
    /(Encoded authorization failure message:\s*)(\S{64,})/,
    (_m, label: string, blob: string) => `${label}<${blob.length} characters omitted>`,
  );
  if (compact.length <= max) return { text: compact, truncated: compact !== message };
  const keep = Math.max(0, max - 80);
  const marker = ` … [truncated by the auditor: ${compact.length - keep} more characters]`;
  return { text: `${compact.slice(0, keep)}${marker}`, truncated: true };
}
