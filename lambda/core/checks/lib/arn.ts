/**
 * Small ARN helpers for checks (splitting, partitions, log-group ARNs). Pure string handling of
 * resource names; permission questions always go through the policy engine.
 */

/** The parts of an ARN `arn:partition:service:region:account:resource`. */
export interface ArnParts {
  readonly partition: string;
  readonly service: string;
  readonly region: string;
  readonly account: string;
  readonly resource: string;
}

/** Splits an ARN, or returns undefined when the string is not one. */
export function parseArn(arn: string): ArnParts | undefined {
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return undefined;
  return {
    partition: parts[1],
    service: parts[2],
    region: parts[3],
    account: parts[4],
    resource: parts.slice(5).join(':'),
  };
}

/** Partition of an ARN (`aws` when unknown). */
export function partitionOf(arn: string): string {
  return parseArn(arn)?.partition || 'aws';
}

/** Account of an ARN, or undefined (S3 bucket ARNs carry none). */
export function accountOf(arn: string): string | undefined {
  const account = parseArn(arn)?.account;
  return account ? account : undefined;
}

/** Service prefix of an ARN (`sqs`, `sns`, `lambda`, …), or undefined. */
export function serviceOf(arn: string): string | undefined {
  return parseArn(arn)?.service;
}

/** Last `/`-separated segment of an ARN's resource part: a role's name without its path. */
export function lastSegment(arn: string): string {
  const resource = parseArn(arn)?.resource ?? arn;
  const parts = resource.split('/');
  return parts[parts.length - 1];
}

/** The unqualified function ARN (drops a `:alias` / `:version` qualifier). */
export function unqualifiedFunctionArn(arn: string): string {
  const parts = arn.split(':');
  return parts.length > 7 && parts[5] === 'function' ? parts.slice(0, 7).join(':') : arn;
}

/**
 * A resource *pattern* for fingerprints, so that the same bug on many objects dedups into one
 * finding: S3 object keys become `bucket/*`, log streams become `log-stream:*`.
 */
export function resourcePattern(resource: string | undefined): string | undefined {
  if (!resource) return undefined;
  const s3 = /^arn:([^:]+):s3:::([^/]+)\/.+$/.exec(resource);
  if (s3) return `arn:${s3[1]}:s3:::${s3[2]}/*`;
  const stream = /^(arn:[^:]+:logs:[^:]*:[^:]*:log-group:[^:]+):log-stream:.+$/.exec(resource);
  if (stream) return `${stream[1]}:log-stream:*`;
  return resource;
}

/** Account and repository of an ECR image URI `ACCT.dkr.ecr.REGION.amazonaws.com/repo[:tag|@digest]`. */
export function ecrImage(
  imageUri: string | undefined,
): { account: string; region: string; repository: string } | undefined {
  if (!imageUri) return undefined;
  const m = /^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?\/([^:@]+)/.exec(imageUri);
  return m ? { account: m[1], region: m[2], repository: m[3] } : undefined;
}
