/** S3 bucket policy (`GetBucketPolicy`). A bucket without a policy answers `NoSuchBucketPolicy`. */
import { GetBucketPolicyCommand, type S3Client } from '@aws-sdk/client-s3';
import type { CollectContext } from '../context';
import { readPolicy, type PolicyRead } from './read';
import type { PolicyTarget } from '../../../core/snapshot/policy-targets';

/**
 * Error codes: `NoSuchBucketPolicy` ("The bucket policy does not exist") and `NoSuchBucket` (S3 API
 * reference, "List of error codes"; the SDK names unmodeled S3 errors by their `Code`).
 */
export const S3_NO_POLICY = ['NoSuchBucketPolicy'];
/** The bucket does not exist. */
export const S3_NOT_FOUND = ['NoSuchBucket'];

/** Reads the bucket policy of `target` (an `s3` target: `name` is the bucket). */
export function readBucketPolicy(ctx: CollectContext, s3: S3Client, target: PolicyTarget): Promise<PolicyRead> {
  return readPolicy(ctx, {
    api: 's3:GetBucketPolicy',
    target: target.arn,
    invoke: () => s3.send(new GetBucketPolicyCommand({ Bucket: target.name })),
    noPolicy: S3_NO_POLICY,
    notFound: S3_NOT_FOUND,
    text: (r) => r.Policy,
  });
}
