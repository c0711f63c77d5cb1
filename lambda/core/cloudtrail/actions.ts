/**
 * IAM action names: canonical spelling, and mapping a CloudTrail `eventSource` + `eventName` to the IAM
 * action that authorises it (AWS-FACTS §1.5: Lambda's versioned event names, S3's renamed operations).
 * Spelling comes from the one IAM action catalog, passed in (`IntakeOptions.catalog`); core reads no files.
 */
import type { ActionCatalog } from '../policy/model';

/** `eventSource` hosts whose IAM service prefix is not the host's first label. */
const SOURCE_TO_PREFIX: Readonly<Record<string, string>> = {
  'monitoring.amazonaws.com': 'cloudwatch',
  'tagging.amazonaws.com': 'tag',
  'email.amazonaws.com': 'ses',
  'elasticmapreduce.amazonaws.com': 'elasticmapreduce',
  'sso.amazonaws.com': 'sso',
  'sso-directory.amazonaws.com': 'sso-directory',
  'identitystore.amazonaws.com': 'identitystore',
};

/** Event names whose IAM action differs, keyed by IAM service prefix (names already stripped of Lambda suffixes). */
const EVENT_TO_ACTION: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  lambda: {
    Invoke: 'InvokeFunction',
    InvokeWithResponseStream: 'InvokeFunction',
    InvokeFunctionUrl: 'InvokeFunctionUrl',
  },
  s3: {
    ListObjects: 'ListBucket',
    ListObjectsV2: 'ListBucket',
    HeadBucket: 'ListBucket',
    ListObjectVersions: 'ListBucketVersions',
    ListBuckets: 'ListAllMyBuckets',
    HeadObject: 'GetObject',
    GetObjectAttributes: 'GetObject',
    SelectObjectContent: 'GetObject',
    CopyObject: 'PutObject',
    CreateMultipartUpload: 'PutObject',
    UploadPart: 'PutObject',
    UploadPartCopy: 'PutObject',
    CompleteMultipartUpload: 'PutObject',
    DeleteObjects: 'DeleteObject',
    PutBucketNotificationConfiguration: 'PutBucketNotification',
    GetBucketNotificationConfiguration: 'GetBucketNotification',
    GetBucketEncryption: 'GetEncryptionConfiguration',
    PutBucketEncryption: 'PutEncryptionConfiguration',
    DeleteBucketEncryption: 'PutEncryptionConfiguration',
    GetBucketLifecycle: 'GetLifecycleConfiguration',
    GetBucketLifecycleConfiguration: 'GetLifecycleConfiguration',
    PutBucketLifecycle: 'PutLifecycleConfiguration',
    PutBucketLifecycleConfiguration: 'PutLifecycleConfiguration',
    GetBucketReplication: 'GetReplicationConfiguration',
    PutBucketReplication: 'PutReplicationConfiguration',
    GetBucketCors: 'GetBucketCORS',
    PutBucketCors: 'PutBucketCORS',
    DeleteBucketCors: 'PutBucketCORS',
    DeleteBucketLifecycle: 'PutLifecycleConfiguration',
  },
  kms: { ReEncrypt: 'ReEncryptFrom' },
  sts: { AssumeRoleWithSAML: 'AssumeRoleWithSAML', AssumeRoleWithWebIdentity: 'AssumeRoleWithWebIdentity' },
};

/** Lambda suffixes its CloudTrail event names with the API version, e.g. `GetFunction20150331v2`. */
export const LAMBDA_VERSION_SUFFIX = /\d{8}(v\d+)?$/;

/**
 * IAM service prefix for a CloudTrail `eventSource` (`lambda.amazonaws.com` → `lambda`,
 * `monitoring.amazonaws.com` → `cloudwatch`).
 */
export function servicePrefix(eventSource: string): string {
  const source = eventSource.toLowerCase();
  return SOURCE_TO_PREFIX[source] ?? source.split('.')[0] ?? source;
}

/**
 * Canonical spelling of an IAM action (`SNS:Publish` → `sns:Publish`, `sqs:sendmessage` →
 * `sqs:SendMessage` with a catalog). Actions the catalog does not know, and every action when no catalog
 * is given, keep their name with a lower-cased service prefix.
 * @param catalog the IAM action catalog (`lambda/catalog`'s `loadActionCatalog()` in the entry points)
 */
export function canonicalAction(action: string, catalog?: ActionCatalog): string {
  const idx = action.indexOf(':');
  if (idx <= 0) return action;
  const lowered = `${action.slice(0, idx).toLowerCase()}:${action.slice(idx + 1)}`;
  return catalog?.canonical(lowered) ?? lowered;
}

/** Event name without Lambda's API-version suffix (`UpdateFunctionCode20150331v2` → `UpdateFunctionCode`). */
export function baseEventName(eventSource: string, eventName: string): string {
  return servicePrefix(eventSource) === 'lambda' ? eventName.replace(LAMBDA_VERSION_SUFFIX, '') : eventName;
}

/**
 * IAM action for a CloudTrail event (`lambda.amazonaws.com` + `GetFunction20150331v2` →
 * `lambda:GetFunction`; `s3.amazonaws.com` + `ListObjects` → `s3:ListBucket`).
 * @param catalog the IAM action catalog used for the canonical spelling (see {@link canonicalAction})
 */
export function actionForEvent(eventSource: string, eventName: string, catalog?: ActionCatalog): string {
  const service = servicePrefix(eventSource);
  const base = baseEventName(eventSource, eventName);
  const mapped = EVENT_TO_ACTION[service]?.[base] ?? base;
  return canonicalAction(`${service}:${mapped}`, catalog);
}
