/**
 * The snapshot: a versioned, JSON-serializable picture of everything that decides a function's
 * permissions. The collector writes it, checks read it, `--snapshot FILE` loads it and tests use it
 * as fixtures. Policy documents are stored *decoded* (plain JSON objects, never URL-encoded strings).
 *
 * Environment variable VALUES are never part of a snapshot: only their names.
 */

/**
 * Current schema version, written by the collector. Version 2 added the optional `resourcePolicies`,
 * `kmsKeys[].grants` / `grantsComplete`, `organization.source`, `trails` and `auditor`; every version-1 snapshot is also a valid
 * version-2 snapshot without them, so both load (see {@link SUPPORTED_SCHEMA_VERSIONS}).
 */
export const SNAPSHOT_SCHEMA_VERSION = 2 as const;

/** Schema versions this auditor reads (older ones lack only optional sections). */
export const SUPPORTED_SCHEMA_VERSIONS: readonly SnapshotSchemaVersion[] = [1, 2];

/** A schema version this auditor reads. */
export type SnapshotSchemaVersion = 1 | 2;

import type { KmsKeyInfo, PolicyDocument, ResourcePolicyInfo } from './resource-types';
import type { AuditorDeployment, TrailsInfo } from './trails';
import type { RoleLastAccessed } from './last-accessed';

export type * from './resource-types';
export type * from './trails';
export type * from './last-accessed';

/** A named policy document (inline policy, SCP, …). */
export interface NamedPolicy {
  readonly name: string;
  readonly arn?: string;
  readonly document: PolicyDocument;
}

/** A managed policy attached somewhere, with its default version's document. */
export interface ManagedPolicyInfo {
  readonly arn: string;
  readonly name: string;
  /** True for `arn:aws:iam::aws:policy/...`. */
  readonly awsManaged: boolean;
  readonly defaultVersionId?: string;
  /** Default version's document; absent when the auditor could not read it (see provenance). */
  readonly document?: PolicyDocument;
}

/** An attachment reference to a managed policy. */
export interface AttachedPolicyRef {
  readonly arn: string;
  readonly name: string;
}

/** An IAM role (execution roles and any other role the collector saw). */
export interface RoleInfo {
  readonly arn: string;
  readonly name: string;
  readonly path: string;
  readonly roleId?: string;
  readonly accountId: string;
  /** Trust policy (`AssumeRolePolicyDocument`), decoded. */
  readonly trustPolicy: PolicyDocument;
  readonly inlinePolicies: readonly NamedPolicy[];
  readonly attachedPolicies: readonly AttachedPolicyRef[];
  readonly permissionsBoundaryArn?: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly lastUsed?: { readonly date?: string; readonly region?: string };
}

/** An IAM access key's metadata (never the secret). */
export interface AccessKeyInfo {
  readonly accessKeyId: string;
  readonly status: 'Active' | 'Inactive';
  readonly createDate: string;
  readonly lastUsedDate?: string;
}

/** An IAM user (deployers). */
export interface UserInfo {
  readonly arn: string;
  readonly name: string;
  readonly accountId: string;
  readonly inlinePolicies: readonly NamedPolicy[];
  readonly attachedPolicies: readonly AttachedPolicyRef[];
  /** Group names. */
  readonly groups: readonly string[];
  readonly permissionsBoundaryArn?: string;
  readonly tags: Readonly<Record<string, string>>;
  readonly accessKeys?: readonly AccessKeyInfo[];
}

/** An IAM group. */
export interface GroupInfo {
  readonly arn: string;
  readonly name: string;
  readonly inlinePolicies: readonly NamedPolicy[];
  readonly attachedPolicies: readonly AttachedPolicyRef[];
}

/** Kind of event source mapping, derived from the source ARN / self-managed config. */
export type EventSourceKind = 'sqs' | 'kinesis' | 'dynamodb' | 'msk' | 'kafka' | 'mq' | 'documentdb' | 'unknown';

/** An event source mapping (Lambda polls with the execution role). */
export interface EventSourceMappingInfo {
  readonly uuid: string;
  readonly kind: EventSourceKind;
  readonly eventSourceArn?: string;
  /** `Enabled`, `Disabled`, `Creating`, … */
  readonly state?: string;
  readonly stateTransitionReason?: string;
  readonly lastProcessingResult?: string;
  readonly onFailureDestination?: string;
  /** `SourceAccessConfigurations` (type + URI; secrets are ARNs, never values). */
  readonly sourceAccessConfigurations?: readonly { readonly type: string; readonly uri: string }[];
  /** KMS key that encrypts the source (queue / stream / secret) when known. */
  readonly sourceKmsKeyArn?: string;
  /** KMS key for filter criteria encryption. */
  readonly filterCriteriaKmsKeyArn?: string;
  /** For self-managed Kafka: true when it runs in a VPC (needs ENI permissions). */
  readonly vpc?: boolean;
}

/** A function URL. */
export interface FunctionUrlInfo {
  readonly url: string;
  readonly authType: 'AWS_IAM' | 'NONE';
  readonly qualifier?: string;
}

/** One function's configuration (values of environment variables are never kept). */
export interface FunctionInfo {
  readonly arn: string;
  readonly name: string;
  readonly accountId: string;
  readonly region: string;
  readonly runtime?: string;
  readonly architectures?: readonly string[];
  readonly roleArn: string;
  readonly packageType: 'Zip' | 'Image';
  readonly imageUri?: string;
  readonly vpc?: {
    readonly vpcId?: string;
    readonly subnetIds: readonly string[];
    readonly securityGroupIds: readonly string[];
  };
  readonly deadLetterTargetArn?: string;
  readonly destinations?: { readonly onSuccess?: string; readonly onFailure?: string };
  /** Customer managed KMS key for environment variables. */
  readonly kmsKeyArn?: string;
  readonly tracingMode?: 'Active' | 'PassThrough';
  /**
   * EFS access points (`arn`); `fileSystemArn` is the access point's file system when collected.
   * `fileSystemPolicy` is that file system's policy (`DescribeFileSystemPolicy`): `null` when it has
   * none (EFS then lets any client that reaches a mount target mount it), absent when unknown.
   */
  readonly fileSystems?: readonly {
    readonly arn: string;
    readonly localMountPath: string;
    readonly fileSystemArn?: string;
    readonly fileSystemPolicy?: PolicyDocument | null;
  }[];
  readonly layers?: readonly { readonly arn: string; readonly accountId: string }[];
  readonly state?: string;
  readonly stateReason?: string;
  readonly stateReasonCode?: string;
  readonly lastUpdateStatus?: string;
  readonly lastUpdateStatusReason?: string;
  readonly lastUpdateStatusReasonCode?: string;
  /** Custom log group (`LoggingConfig.LogGroup`); default is `/aws/lambda/<name>`. */
  readonly logGroup?: string;
  /** Names only: the values are never collected. */
  readonly environmentVariableNames: readonly string[];
  /** Resources environment values name (ARNs, SQS queue URLs as ARNs), by variable NAME; never other values. */
  readonly environmentResources?: readonly { readonly variable: string; readonly arn: string }[];
  readonly tags: Readonly<Record<string, string>>;
  /** Resource-based policy of the unqualified function; null when it has none. */
  readonly resourcePolicy: PolicyDocument | null;
  /** Resource-based policies of aliases / versions used by triggers. */
  readonly qualifierPolicies?: readonly { readonly qualifier: string; readonly policy: PolicyDocument | null }[];
  readonly url?: FunctionUrlInfo;
  readonly eventSourceMappings: readonly EventSourceMappingInfo[];
}

/** Kinds of triggers that invoke a function through its resource policy. */
export type TriggerKind =
  'eventbridge-rule' | 'sns' | 's3' | 'apigateway' | 'logs-subscription' | 'iot' | 'cognito' | 'alexa' | 'other';

/** Every {@link TriggerKind}, in a stable order (for validators and fixtures that iterate the kinds). */
export const TRIGGER_KINDS: readonly TriggerKind[] = [
  'eventbridge-rule',
  'sns',
  's3',
  'apigateway',
  'logs-subscription',
  'iot',
  'cognito',
  'alexa',
  'other',
];

/** A trigger that needs `lambda:InvokeFunction` in the function's resource policy. */
export interface TriggerInfo {
  readonly kind: TriggerKind;
  /** ARN of the source (rule, topic, bucket, API, log group …). */
  readonly sourceArn: string;
  /** Account that owns the source (S3 bucket ARNs do not contain it). */
  readonly sourceAccount?: string;
  /** The target ARN as configured (may carry a qualifier `:alias`). */
  readonly targetArn: string;
  /** Service principal that invokes, e.g. `events.amazonaws.com`. */
  readonly servicePrincipal: string;
}

/** A recent permission-relevant change from CloudTrail LookupEvents. */
export interface PermissionChange {
  readonly eventId: string;
  readonly eventTime: string;
  readonly eventSource: string;
  readonly eventName: string;
  /** Who made the change (ARN). */
  readonly actor: string;
  /** The role or function ARN it changed. */
  readonly target: string;
  /** Safe summary of request parameters (policy ARN, statement ID, …); never environment values. */
  readonly summary: string;
}

/** Function log lines around a denial (bounded, for support bundles). */
export interface LogExcerpt {
  readonly functionArn: string;
  readonly logGroup: string;
  readonly from: string;
  readonly to: string;
  readonly lines: readonly { readonly timestamp: string; readonly message: string }[];
  readonly truncated: boolean;
}

/** One level of the organization hierarchy (root, OU…, account) with its policies. */
export interface OrgPolicyLevel {
  readonly target: string;
  readonly policies: readonly NamedPolicy[];
}

/**
 * Organization policies that apply to the account, when known (supplied or collected). Levels run from
 * the root down to the account itself; every level must allow (AWS evaluates each one).
 */
export interface OrganizationInfo {
  readonly id?: string;
  readonly scpLevels?: readonly OrgPolicyLevel[];
  readonly rcpLevels?: readonly OrgPolicyLevel[];
  /** `collected`: read by the collector (`ListParents`, `ListPoliciesForTarget`, `DescribePolicy`). */
  readonly source?: 'collected' | 'supplied';
}

/** Resources known to exist, per kind, for orphaned-statement detection. */
export interface InventoryList {
  /** True when the listing was complete; orphans are only claimed against complete listings. */
  readonly complete: boolean;
  readonly arns: readonly string[];
}

/** A read the auditor attempted and could not do. */
export interface FailedRead {
  readonly api: string;
  readonly target: string;
  readonly errorCode: string;
  readonly message: string;
  /** IAM action the read needs (e.g. `lambda:GetPolicy`), when the API maps to one. */
  readonly action?: string;
}

/** How and when the snapshot was taken. */
export interface Provenance {
  readonly takenAt: string;
  readonly mode: 'function' | 'sweep' | 'fixture';
  readonly collectorVersion: string;
  readonly failedReads: readonly FailedRead[];
  /** True when some data is missing; checks must not claim "missing permission" from missing data. */
  readonly partial: boolean;
  /** ARN of the principal the collector ran as, when known. */
  readonly auditorPrincipal?: string;
}

/** The whole snapshot. */
export interface Snapshot {
  readonly schemaVersion: SnapshotSchemaVersion;
  readonly account: { readonly id: string; readonly region: string; readonly partition: string };
  readonly provenance: Provenance;
  readonly functions: readonly FunctionInfo[];
  readonly roles: readonly RoleInfo[];
  readonly users: readonly UserInfo[];
  readonly groups: readonly GroupInfo[];
  readonly managedPolicies: readonly ManagedPolicyInfo[];
  readonly triggers: readonly TriggerInfo[];
  readonly inventory: Readonly<Partial<Record<TriggerKind, InventoryList>>>;
  readonly permissionChanges: readonly PermissionChange[];
  readonly logExcerpts: readonly LogExcerpt[];
  readonly organization?: OrganizationInfo;
  readonly kmsKeys?: readonly KmsKeyInfo[];
  /** Resource-based policies of resources named by denials or by function configuration (schema 2). */
  readonly resourcePolicies?: readonly ResourcePolicyInfo[];
  /** CloudTrail trails visible from the Region (sweeps; lambda/core/snapshot/trails.ts). */
  readonly trails?: TrailsInfo;
  /** How the auditor itself is deployed (handler sweeps). */
  readonly auditor?: AuditorDeployment;
  /** IAM last-accessed reports of over-broad execution roles (sweeps; ./last-accessed.ts). */
  readonly lastAccessed?: readonly RoleLastAccessed[];
}
