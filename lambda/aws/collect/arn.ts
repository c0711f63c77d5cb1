/** Small ARN helpers used by the collector (pure). */

/** Parsed ARN parts; `resource` is everything after the fifth colon. */
export interface ArnParts {
  readonly partition: string;
  readonly service: string;
  readonly region: string;
  readonly accountId: string;
  readonly resource: string;
}

/** Splits an ARN, or returns undefined when the text is not one. */
export function parseArn(arn: string): ArnParts | undefined {
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn') return undefined;
  const [, partition = '', service = '', region = '', accountId = ''] = parts;
  return { partition, service, region, accountId, resource: parts.slice(5).join(':') };
}

/** The unqualified function ARN (drops `:alias` / `:version`). */
export function unqualifiedFunctionArn(arn: string): string {
  const parts = arn.split(':');
  return parts.length > 7 && parts[5] === 'function' ? parts.slice(0, 7).join(':') : arn;
}

/** The qualifier of a function ARN (`PROD`, `3`), if any. */
export function functionQualifier(arn: string): string | undefined {
  const parts = arn.split(':');
  return parts.length > 7 && parts[5] === 'function' ? parts[7] : undefined;
}

/** The last path segment of an IAM ARN (role / policy / user name). */
export function iamName(arn: string): string {
  return arn.split('/').pop() ?? arn;
}

/** `/path/` of an IAM ARN such as `arn:aws:iam::1:role/hq/name` → `/hq/`. */
export function iamPath(arn: string): string {
  const resource = parseArn(arn)?.resource ?? '';
  const segments = resource.split('/').slice(1, -1);
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}
