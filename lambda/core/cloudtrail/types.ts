/**
 * A CloudTrail authorization failure, parsed and classified. Produced by `parseDenial` in this
 * folder from an EventBridge envelope, a bare CloudTrail record or one record of a log file.
 */
import type { PolicyType } from '../policy/model';

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
  readonly errorMessage?: string;
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
