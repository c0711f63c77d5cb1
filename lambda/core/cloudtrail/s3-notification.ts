/**
 * S3 `PutBucketNotification(Configuration)` rejected with `InvalidArgument` "Unable to validate the
 * following destination configurations": S3 validates every destination when the configuration is written
 * (it test-publishes to SNS topics and SQS queues and checks that a Lambda function's resource policy lets
 * s3.amazonaws.com invoke it; S3 API reference, PutBucketNotificationConfiguration; AWS re:Post knowledge
 * center "unable-validate-circular-dependency-cloudformation"). The fix is on the destination's resource
 * policy, never the caller's.
 */
import type { RecordFields } from './validate';

/** What the rejected configuration pointed at. */
export interface S3NotificationProblem {
  readonly bucketArn?: string;
  /** Destination ARNs found in the request (Lambda functions, SNS topics, SQS queues). */
  readonly destinations: readonly string[];
}

const MESSAGE = /Unable to validate the following destination configurations/i;
const DESTINATION_KEYS = new Set([
  'CloudFunction',
  'LambdaFunctionArn',
  'Function',
  'Topic',
  'TopicArn',
  'Queue',
  'QueueArn',
]);
const MAX_NODES = 500;

type Json = Record<string, unknown>;

/** Destination ARNs anywhere in the notification configuration (bounded walk, any nesting / list shape). */
function destinationsIn(root: unknown): string[] {
  const found = new Set<string>();
  const stack: unknown[] = [root];
  for (let seen = 0; stack.length > 0 && seen < MAX_NODES; seen++) {
    const node = stack.pop();
    if (Array.isArray(node)) stack.push(...node);
    else if (typeof node === 'object' && node !== null) {
      for (const [k, v] of Object.entries(node as Json)) {
        if (DESTINATION_KEYS.has(k) && typeof v === 'string' && v.startsWith('arn:')) found.add(v.slice(0, 2048));
        else if (typeof v === 'object') stack.push(v);
      }
    }
  }
  return [...found].sort();
}

/**
 * The S3 destination-validation failure, or undefined when the record is not one.
 * @param f validated record fields
 * @param params raw `requestParameters` (the notification configuration is nested, so not in the kept list)
 */
export function s3NotificationProblem(
  f: RecordFields,
  params: Json | undefined,
  partition = 'aws',
): S3NotificationProblem | undefined {
  if (f.eventSource !== 's3.amazonaws.com' || !f.eventName.startsWith('PutBucketNotification')) return undefined;
  if (f.errorCode !== 'InvalidArgument' || !MESSAGE.test(f.errorMessage ?? '')) return undefined;
  const bucket = typeof params?.bucketName === 'string' ? params.bucketName : undefined;
  return {
    ...(bucket ? { bucketArn: `arn:${partition}:s3:::${bucket}` } : {}),
    destinations: destinationsIn(params?.NotificationConfiguration ?? params),
  };
}
