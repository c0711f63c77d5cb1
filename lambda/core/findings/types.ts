/**
 * The finding: what every check returns and every renderer (table, JSON, SARIF, email, Slack,
 * support bundle) formats. Plain data; never contains environment variable values.
 */
import type { MessageRef } from '../i18n';
import type { DecisionKind, PolicyType } from '../policy/model';

/** Severity, highest first. */
export type Severity = 'critical' | 'high' | 'medium' | 'low' | 'info';

/** All severities, highest first (for sorting). */
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low', 'info'];

/** Finding categories (one per problem family of the troubleshooting guide). */
export type Category =
  | 'execution-role'
  | 'invoke-permission'
  | 'deployer'
  | 'vpc-network'
  | 'trust-policy'
  | 'cross-account'
  | 'event-source'
  | 'exposure'
  | 'hygiene'
  | 'change-correlation'
  | 'support'
  | 'auditor'
  | 'check-error';

/** The function a finding is about. */
export interface FunctionRef {
  readonly name: string;
  readonly arn: string;
  readonly account: string;
  readonly region: string;
}

/** A statement cited as evidence. */
export interface StatementEvidence {
  /** Policy display name (and ARN when there is one). */
  readonly policy: string;
  readonly policyType: PolicyType;
  readonly sid?: string;
  readonly index: number;
  readonly effect: 'Allow' | 'Deny';
  readonly statement: unknown;
}

/** Why: the engine's explanation plus context. */
export interface FindingExplanation {
  /** One sentence a tired on-call engineer can act on. */
  readonly summary: string;
  readonly decision?: DecisionKind;
  readonly decidingPolicyType?: PolicyType;
  readonly statements: readonly StatementEvidence[];
  readonly nearMisses: readonly string[];
  readonly details: readonly string[];
}

/** CloudTrail context of an event-driven finding. */
export interface FindingEvent {
  readonly principal: string;
  readonly principalType: string;
  readonly accessKeyId?: string;
  readonly sourceIp?: string;
  readonly userAgent?: string;
  /** Exact UTC ISO-8601 time. */
  readonly time: string;
  readonly requestId?: string;
  readonly eventId: string;
  readonly errorCode: string;
  readonly errorMessage?: string;
  readonly region: string;
  readonly account: string;
  /** The authorization ID AWS appended to the message (IAM Access Troubleshooter), when there was one. */
  readonly authorizationId?: string;
  /** AWS's console link to its own evaluation of this denial; only kept when it points at the AWS console. */
  readonly authorizationUrl?: string;
}

/** The smallest change, in three forms. */
export interface FindingFix {
  readonly summary: string;
  /** Policy JSON to add (a full policy document or one statement). */
  readonly policyJson?: unknown;
  /** AWS CLI command(s). */
  readonly cli?: string;
  /** CDK (TypeScript) snippet: `grant*` where one exists, else `addToRolePolicy`. */
  readonly cdk?: string;
  /** E.g. "takes effect on the next cold start" or "an added Allow does not override a Deny". */
  readonly notes: readonly string[];
  /** The fix kind it was rendered from (`identity-statement`, `lambda-permission`, … see lambda/core/fix). */
  readonly kind?: string;
  /** The policy layer the fix changes (undefined for a change that is not a policy). */
  readonly targetLayer?: PolicyType;
  /** Catalog refs of the summary and notes; `buildFinding` moves them into `Finding.text` (never in output). */
  readonly text?: Pick<FindingText, 'fixSummary' | 'lines'>;
}

/** A documentation link. */
export interface Reference {
  readonly title: string;
  readonly url: string;
}

/** One finding. */
export interface Finding {
  /** Stable check ID, e.g. `LAA-ROLE-DENIED-ACTION`. */
  readonly checkId: string;
  readonly category: Category;
  readonly severity: Severity;
  readonly function?: FunctionRef;
  /** Principal the finding is about when it is not a function (deployer user/role). */
  readonly principal?: string;
  /** One line. */
  readonly title: string;
  /** IAM action concerned, when one is. */
  readonly action?: string;
  /** Resource concerned, when one is. */
  readonly resource?: string;
  readonly explanation: FindingExplanation;
  readonly event?: FindingEvent;
  readonly fix?: FindingFix;
  readonly references: readonly Reference[];
  /** Stable hash of (check, function, action, resource pattern, cause): the dedup key. */
  readonly fingerprint: string;
  readonly occurrences?: { readonly count: number; readonly firstSeen: string; readonly lastSeen: string };
  /**
   * Catalog references of the finding's texts (issue 15), so renderers can show them in the deployment's
   * language; the plain strings above stay the English rendering. Absent refs fall back to the English text.
   * Not part of the fingerprint.
   */
  readonly text?: FindingText;
}

/**
 * Catalog references of a finding's texts. `lines` localizes explanation details, near misses and fix notes by
 * their exact English text (order-independent: fix renderers add and deduplicate notes).
 */
export interface FindingText {
  readonly title?: MessageRef;
  readonly summary?: MessageRef;
  readonly fixSummary?: MessageRef;
  readonly lines?: readonly { readonly en: string; readonly ref: MessageRef }[];
}
