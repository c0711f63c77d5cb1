/**
 * The one ARN module of the project: parsing and formatting of ARNs (functions and their qualifiers,
 * IAM roles and their sessions, log groups, ECR image URIs). Pure string handling of names; permission
 * questions always go through the policy engine. The collector, the CloudTrail parser and the checks
 * all import it.
 *
 * Format `arn:partition:service:region:account-id:resource` (the resource may itself contain `:` or `/`):
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html
 * A function ARN is `arn:aws:lambda:REGION:ACCT:function:NAME[:QUALIFIER]`, the qualifier being a
 * version or an alias: https://docs.aws.amazon.com/lambda/latest/dg/configuration-aliases.html
 */

/** The parts of an ARN; `resource` is everything after the fifth colon. */
export interface ArnParts {
  readonly partition: string;
  readonly service: string;
  readonly region: string;
  readonly accountId: string;
  readonly resource: string;
}

/** Splits an ARN, or returns undefined when the string is not one. */
export function parseArn(arn: string): ArnParts | undefined {
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return undefined;
  const [, partition = '', service = '', region = '', accountId = ''] = parts;
  return { partition, service, region, accountId, resource: parts.slice(5).join(':') };
}

/** Partition of an ARN (`aws` when unknown). */
export function partitionOf(arn: string): string {
  return parseArn(arn)?.partition || 'aws';
}

/** Account of an ARN, or undefined (S3 bucket ARNs carry none). */
export function accountOf(arn: string | undefined): string | undefined {
  return (arn && parseArn(arn)?.accountId) || undefined;
}

/**
 * The 12-digit account ID of an ARN (its fifth field), else undefined: S3 bucket ARNs carry none, and a
 * non-ARN (a bare name) gives none. Allocation-free on a miss: the policy engine calls it per evaluation.
 */
export function arnAccount(arn: string | undefined): string | undefined {
  if (!arn?.startsWith('arn:')) return undefined;
  let pos = 0;
  for (let i = 0; i < 4; i++) {
    pos = arn.indexOf(':', pos) + 1;
    if (pos === 0) return undefined;
  }
  if (arn.charCodeAt(pos + 12) !== 58 /* : */) return undefined;
  for (let i = pos; i < pos + 12; i++) {
    const c = arn.charCodeAt(i);
    if (c < 48 || c > 57) return undefined;
  }
  return arn.slice(pos, pos + 12);
}

/** Role name of an IAM role ARN (path dropped) or of an assumed-role session ARN, else undefined. */
export function roleNameOf(arn: string | undefined): string | undefined {
  if (!arn) return undefined;
  return /:(?:role\/(?:.*\/)?|assumed-role\/)(?<name>[^/]+)/.exec(arn)?.groups?.name;
}

/** Service prefix of an ARN (`sqs`, `sns`, `lambda`, …), or undefined. */
export function serviceOf(arn: string): string | undefined {
  return parseArn(arn)?.service;
}

/** Last `/`-separated segment of an ARN's resource part: a role's, user's or policy's name without its path. */
export function lastSegment(arn: string): string {
  const resource = parseArn(arn)?.resource ?? arn;
  const parts = resource.split('/');
  return parts[parts.length - 1];
}

/** `/path/` of an IAM ARN such as `arn:aws:iam::1:role/hq/name` → `/hq/`. */
export function iamPath(arn: string): string {
  const resource = parseArn(arn)?.resource ?? '';
  const segments = resource.split('/').slice(1, -1);
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

/** The `function` parts of a Lambda function ARN, or undefined when it is not one. */
function functionParts(arn: string): string[] | undefined {
  const parts = arn.split(':');
  return parts.length >= 7 && parts[0] === 'arn' && parts[2] === 'lambda' && parts[5] === 'function'
    ? parts
    : undefined;
}

/** The unqualified function ARN (drops a `:alias` / `:version` qualifier); other strings unchanged. */
export function unqualifiedFunctionArn(arn: string): string {
  const parts = functionParts(arn);
  return parts && parts.length > 7 ? parts.slice(0, 7).join(':') : arn;
}

/** The qualifier of a function ARN (`PROD`, `7`, `$LATEST`), or undefined when it has none. */
export function functionQualifier(arn: string): string | undefined {
  const parts = functionParts(arn);
  return parts && parts.length > 7 ? parts.slice(7).join(':') : undefined;
}

/** The function name of a function ARN (qualified or not), or undefined when it is not one. */
export function functionNameOf(arn: string): string | undefined {
  return functionParts(arn)?.[6];
}

/** `arn:PARTITION:iam::ACCOUNT:role/NAME` (a role ARN without path, as CloudTrail sessions name it). */
export function iamRoleArn(partition: string, accountId: string, roleName: string): string {
  return `arn:${partition}:iam::${accountId}:role/${roleName}`;
}

/** `arn:PARTITION:sts::ACCOUNT:assumed-role/ROLE/SESSION`: a role session (the role path is dropped). */
export function assumedRoleArn(partition: string, accountId: string, roleName: string, sessionName: string): string {
  return `arn:${partition}:sts::${accountId}:assumed-role/${roleName}/${sessionName}`;
}

/** The parts of an assumed-role session ARN. */
export interface SessionParts {
  readonly partition: string;
  readonly accountId: string;
  readonly roleName: string;
  readonly sessionName: string;
}

/**
 * Splits `arn:…:sts::ACCT:assumed-role/ROLE/SESSION`, or undefined when the string is not a session ARN.
 * The account field is taken as written (the CloudTrail intake tolerates odd records); {@link arnAccount}
 * validates it.
 */
export function parseSessionArn(arn: string): SessionParts | undefined {
  const m = /^arn:([\w-]+):sts::([^:]*):assumed-role\/([^/]+)\/(.+)$/.exec(arn);
  return m ? { partition: m[1], accountId: m[2], roleName: m[3], sessionName: m[4] } : undefined;
}

/**
 * The prefix pattern of an S3 object ARN: the key's folder, `arn:aws:s3:::bucket/dir/sub/*` (a key without
 * `/` gives `bucket/*`); undefined for anything else. One grant per prefix, not per object key (issue 9 §3).
 */
export function s3PrefixPattern(objectArn: string): string | undefined {
  const m = /^(arn:[^:]+:s3:::[^/]+)\/(.+)$/.exec(objectArn);
  if (!m) return undefined;
  const cut = m[2].lastIndexOf('/');
  return cut > 0 ? `${m[1]}/${m[2].slice(0, cut)}/*` : `${m[1]}/*`;
}

/**
 * A resource *pattern* for fingerprints, so that the same bug on many objects dedups into one
 * finding: S3 object keys become their prefix (`bucket/dir/*`), log streams become `log-stream:*`.
 */
export function resourcePattern(resource: string | undefined): string | undefined {
  if (!resource) return undefined;
  const s3 = s3PrefixPattern(resource);
  if (s3) return s3;
  const stream = /^(arn:[^:]+:logs:[^:]*:[^:]*:log-group:[^:]+):log-stream:.+$/.exec(resource);
  if (stream) return `${stream[1]}:log-stream:*`;
  return resource;
}

/** Account, region and repository of an ECR image URI `ACCT.dkr.ecr.REGION.amazonaws.com/repo[:tag|@digest]`. */
export function ecrImage(
  imageUri: string | undefined,
): { account: string; region: string; repository: string } | undefined {
  if (!imageUri) return undefined;
  const m = /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\/([^:@]+)/.exec(imageUri);
  return m ? { account: m[1], region: m[2], repository: m[3] } : undefined;
}
