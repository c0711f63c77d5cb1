/**
 * A CloudTrail authorization failure, parsed and classified. Produced by `parseDenial` in this
 * folder from an EventBridge envelope, a bare CloudTrail record or one record of a log file.
 */
import type { PolicyType } from '../policy/model';

/** Longest `errorMessage` kept on a {@link DeniedRequest}; longer ones are cut with a marker (never a parse failure). */
export const MAX_ERROR_MESSAGE_CHARS = 4096;

/** How a denial relates to Lambda. */
export type DenialClass =
  | 'execution-role'
  | 'deployer'
  | 'pass-role'
  | 'vpc-network'
  | 'trust-policy'
  | 'cross-account'
  | 'invoke-permission'
  | 'unrelated';

/** The caller, from `userIdentity`. Access key IDs are identifiers, never secrets. */
export interface Caller {
  /** `IAMUser`, `AssumedRole`, `Root`, `FederatedUser`, `AWSService`, `AWSAccount`, `IdentityCenterUser`, `Unknown`, … */
  readonly type: string;
  readonly arn?: string;
  readonly principalId?: string;
  readonly accountId?: string;
  readonly accessKeyId?: string;
  readonly userName?: string;
  /** For assumed roles: `sessionContext.sessionIssuer.arn` (IAM role ARN with path). */
  readonly roleArn?: string;
  readonly roleName?: string;
  readonly sessionName?: string;
  /** True when the call came from the AWS console. */
  readonly viaConsole: boolean;
  readonly invokedBy?: string;
  readonly mfaAuthenticated?: boolean;
  /** True for IAM Identity Center users and SSO permission-set roles (`AWSReservedSSO_…`): a person. */
  readonly identityCenter?: boolean;
}

/** Why AWS said no, from the enhanced error message. */
export interface DenialReason {
  /** `explicit` ("with an explicit deny in …"), `implicit` ("because no … allows …"), `unknown` (old style). */
  readonly kind: 'explicit' | 'implicit' | 'unknown';
  /** Policy type named by the message, mapped to the engine's names. */
  readonly policyType?: PolicyType;
  /** Policy type text exactly as AWS wrote it (e.g. `VPC endpoint policy transitively through a service control policy`). */
  readonly policyTypeText?: string;
  /** Denying policy ARN when the message carries one. */
  readonly policyArn?: string;
  /** For chained messages (`… in a VPC endpoint policy transitively through a service control policy`): the second type. */
  readonly throughPolicyType?: PolicyType;
  /** IAM Access Troubleshooter authorization ID (`…#/authorization-details/<ID>`), when the message carries one (AWS-FACTS §12). */
  readonly authorizationId?: string;
  /** The console link AWS appended (`Go to https://<region>.console.aws.amazon.com/iam/home…#/authorization-details/<ID>`). */
  readonly authorizationUrl?: string;
  /** True when the message carried EC2's `Encoded authorization failure message` (kept out of every parsed field). */
  readonly encodedMessageOmitted?: boolean;
}

/** The layer a primary fix must change (issue 9): where the deciding policy lives. */
export type FixTarget =
  | 'identity'
  | 'resource'
  | 'boundary'
  | 'session'
  | 'scp'
  | 'rcp'
  | 'vpc-endpoint'
  | 'trust'
  | 'permission-set'
  | 'function-code';

/** Stable codes of the intake's flags (plain data the checks can consume). */
export type DenialFlagCode =
  | 'cross-account-resource'
  | 'identity-invoke'
  | 'console-read'
  | 'cross-account-layer'
  | 's3-notification-destination'
  | 'self-assume-execution-role'
  | 'lambda-cannot-assume-role'
  | 'pass-role-short-form'
  | 'identity-center-permission-set'
  | 'message-truncated';

/** A fact about a denial that checks may act on, with the reasons (plain English) and data. */
export interface DenialFlag {
  readonly code: DenialFlagCode;
  readonly reasons: readonly string[];
  /** Identifiers the check needs (ARNs, account IDs, service principals); never environment values. */
  readonly data?: Readonly<Record<string, string>>;
}

/** Where the primary fix goes, derived from AWS's stated reason first (`source: 'message'`), else inferred. */
export interface FixDirection {
  readonly target: FixTarget;
  /** Whose policy must change: a role / user ARN, a resource ARN, a policy ARN, an account ID or a VPC endpoint ID. */
  readonly principal?: string;
  readonly source: 'message' | 'inferred';
  readonly reasons: readonly string[];
}

/** Classification of a denial, with the reasons it was chosen. */
export interface DenialClassification {
  readonly class: DenialClass;
  readonly reasons: readonly string[];
  /** Lambda function concerned, when known (e.g. session name of an execution role). */
  readonly functionName?: string;
  readonly functionArn?: string;
  /** Execution role (or role to pass / assume) concerned. */
  readonly roleArn?: string;
  /** Set when an ignore rule matched: counted, never alerted. */
  readonly ignoredBy?: { readonly rule: string; readonly reason: string };
  /** Severity hint for alerting (`low` for e.g. read-only console browsing). */
  readonly severityHint?: 'critical' | 'high' | 'medium' | 'low' | 'info';
  /** Facts checks may consume (cross-account resource, console read, S3 destination validation, …). */
  readonly flags?: readonly DenialFlag[];
  /** Caller and resource accounts when they differ (cross-account requests). */
  readonly accounts?: { readonly caller: string; readonly resource: string };
  /** The layer AWS's reason (or, when AWS named none, the classification) says the primary fix must change. */
  readonly fix?: FixDirection;
}

/** A denied request: everything the checks and the alert need. */
export interface DeniedRequest {
  readonly eventId: string;
  /** UTC ISO-8601. */
  readonly eventTime: string;
  /** Account that recorded the event (`recipientAccountId`, else the envelope's account). */
  readonly account: string;
  readonly region: string;
  readonly eventSource: string;
  readonly eventName: string;
  readonly caller: Caller;
  readonly sourceIp?: string;
  readonly userAgent?: string;
  readonly requestId?: string;
  readonly vpcEndpointId?: string;
  readonly errorCode: string;
  /** CloudTrail `errorMessage`, truncated to {@link MAX_ERROR_MESSAGE_CHARS} with a marker when longer. */
  readonly errorMessage?: string;
  /** True when `errorMessage` was truncated at parse time (the reason was parsed from the whole text first). */
  readonly errorMessageTruncated?: boolean;
  /** Canonical IAM action `service:Action` that was denied. */
  readonly action: string;
  /** Where the action came from: the error message, or mapping `eventSource` + `eventName`. */
  readonly actionSource: 'message' | 'event';
  /** Resource ARN that was denied (`*` when none applies), when known. */
  readonly resource?: string;
  readonly resourceSource?: 'message' | 'request-parameters';
  readonly reason: DenialReason;
  readonly classification: DenialClassification;
  /** Interesting request parameters (function name, role ARN to pass, …); never environment values. */
  readonly requestParameters?: Readonly<Record<string, string>>;
  /** CloudTrail `readOnly` (Get/List/Describe calls), when the record says. */
  readonly readOnly?: boolean;
}

/** A typed parse error: bad input is data, never an exception. */
export interface CloudTrailParseError {
  /** Stable code, e.g. `INVALID_JSON`, `MISSING_DETAIL`, `NOT_A_FAILURE`, `TOO_LARGE`. */
  readonly code: string;
  readonly message: string;
  /** JSON path of the offending field. */
  readonly path?: string;
}

/** What classification reads: the request without its classification. */
export type Unclassified = Omit<DeniedRequest, 'classification'>;
