/**
 * Resource identifiers named by environment variable VALUES (issue 13, configured-but-unusable). Values
 * are read here, transiently, and only two shapes survive: an ARN of a known service, and an SQS queue URL
 * (turned into the queue's ARN; URL format:
 * https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-queue-message-identifiers.html).
 * Bare names (a table name, a bucket name) are NOT kept: a bare string may as well be a password, and the
 * snapshot must never hold one. Everything else is dropped; nothing of a dropped value is kept.
 */
const ARN =
  /^arn:(aws|aws-cn|aws-us-gov):(sqs|sns|dynamodb|s3|secretsmanager|ssm|kms|lambda|events|kinesis|states):[a-z0-9-]*:(\d{12})?:[A-Za-z0-9_.:/+=@-]{1,512}$/;
const QUEUE_URL =
  /^https:\/\/sqs\.([a-z]{2}(?:-[a-z]+)+-\d)\.amazonaws\.com(\.cn)?\/(\d{12})\/([A-Za-z0-9_-]{1,80}(?:\.fifo)?)$/;

/** The ARN an environment value names, if it is an ARN or an SQS queue URL; undefined for anything else. */
export function resourceArnOf(value: string): string | undefined {
  const v = value.trim();
  if (ARN.test(v)) return v;
  const q = QUEUE_URL.exec(v);
  if (!q) return undefined;
  const partition = q[2] ? 'aws-cn' : q[1].startsWith('us-gov-') ? 'aws-us-gov' : 'aws';
  return `arn:${partition}:sqs:${q[1]}:${q[3]}:${q[4]}`;
}

/** `{ variable, arn }` for each variable whose value names a resource, sorted by variable name. */
export function environmentResources(
  variables: Readonly<Record<string, string>> | undefined,
): { variable: string; arn: string }[] {
  return Object.entries(variables ?? {})
    .flatMap(([variable, value]) => {
      const arn = resourceArnOf(value);
      return arn ? [{ variable, arn }] : [];
    })
    .sort((a, b) => a.variable.localeCompare(b.variable));
}
