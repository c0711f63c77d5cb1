/**
 * Snapshot sections about resources other than functions and principals (schema version 2): KMS keys with
 * their key policies and grants, and the resource-based policies of resources that denials or function
 * configurations name.
 */
/** A policy document as JSON (decoded). Parsed by the policy engine, which reports problems as data. */
export type PolicyDocument = Record<string, unknown>;

/**
 * A KMS grant (`ListGrants`): allows `grantee` the listed operations on the key, alongside the key policy.
 * Lambda's deploy-time grant for encrypted environment variables is one (why a role without
 * `kms:Decrypt` in any policy can still decrypt them).
 */
export interface KmsGrantInfo {
  readonly grantId: string;
  readonly name?: string;
  /** Principal the grant allows (an ARN, an account, or a service principal). */
  readonly granteePrincipal?: string;
  readonly retiringPrincipal?: string;
  readonly issuingAccount?: string;
  /** KMS operation names, e.g. `Decrypt`, `GenerateDataKey` (the action is `kms:<operation>`). */
  readonly operations: readonly string[];
  /** Encryption-context constraints: the grant applies only when the request's context matches. */
  readonly constraints?: {
    readonly encryptionContextEquals?: Readonly<Record<string, string>>;
    readonly encryptionContextSubset?: Readonly<Record<string, string>>;
  };
  readonly creationDate?: string;
}

/** A KMS key with its key policy and grants, when readable. */
export interface KmsKeyInfo {
  readonly arn: string;
  /** Key policy (`GetKeyPolicy`); absent when unknown (not read, or the read failed: see provenance). */
  readonly keyPolicy?: PolicyDocument;
  readonly awsManaged?: boolean;
  /** Grants on the key (`ListGrants`, all pages); absent when not read. */
  readonly grants?: readonly KmsGrantInfo[];
  /** False when the grant listing stopped early (a page failed): a missing grant is then not evidence. */
  readonly grantsComplete?: boolean;
}

/**
 * What the collector learned about one resource's resource-based policy:
 * - `present`: `document` is the policy (decoded; converted to IAM JSON for Signer / SAR, see `note`);
 * - `none`: AWS answered that the resource has no policy;
 * - `not-found`: the resource does not exist;
 * - `unreadable`: the read failed (the reason is in `provenance.failedReads`);
 * - `not-read`: deliberately not read (another account or Region, no client): `note` says why.
 */
export type ResourcePolicyStatus = 'present' | 'none' | 'not-found' | 'unreadable' | 'not-read';

/** The resource-based policy of a resource a denial or a function's configuration names. */
export interface ResourcePolicyInfo {
  /** ARN of the resource the policy belongs to (bucket, queue, topic, table, stream, secret, …). */
  readonly arn: string;
  /** IAM service prefix of the resource (`s3`, `sqs`, `secretsmanager`, `es`, …). */
  readonly service: string;
  readonly status: ResourcePolicyStatus;
  readonly document?: PolicyDocument;
  /** Why it was not read, or how the document was converted. */
  readonly note?: string;
}
