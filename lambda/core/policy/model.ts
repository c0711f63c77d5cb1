/**
 * Public data model of the IAM policy engine: parsed policies, requests, decisions, explanations
 * and fixes. Pure types, shared by the engine, the checks, the CLI and the renderers.
 *
 * Pipeline: {@link ParsedPolicy} (parse) → CompiledPolicy (compile) → {@link Decision} (evaluate)
 * → {@link Explanation} (explain) → {@link FixProposal} (fix).
 */

/** The policy types AWS evaluates for a request. `trust` is a role's trust policy (resource-based). */
export type PolicyType =
  'identity' | 'resource' | 'trust' | 'permissions-boundary' | 'session' | 'scp' | 'rcp' | 'vpc-endpoint';

/** Where a policy came from, used as evidence in every explanation. */
export interface PolicySourceRef {
  /** Policy type this document plays in evaluation. */
  readonly type: PolicyType;
  /** Display name: inline policy name, managed policy name, `resource policy of my-fn`, … */
  readonly name: string;
  /** Managed policy / SCP ARN when there is one. */
  readonly arn?: string;
  /** `inline`, `aws-managed`, `customer-managed`, `resource`, `trust`, `organization`, … */
  readonly origin?: string;
}

/** A problem found while parsing. Never thrown: returned as data. */
export interface ParseProblem {
  /** JSON path of the offending element, e.g. `Statement[2].Condition.StringLikee`. */
  readonly path: string;
  readonly message: string;
  /** `error` makes the element ineffective (AWS would reject the policy); `warning` is advice. */
  readonly severity: 'error' | 'warning';
}

/** `Allow` or `Deny`. */
export type Effect = 'Allow' | 'Deny';

/** A normalized `Principal` / `NotPrincipal` element. */
export interface PrincipalSpec {
  /** `"Principal": "*"` or `{"AWS": "*"}`. */
  readonly wildcard: boolean;
  /** `AWS` entries as written (account IDs, root / user / role / assumed-role ARNs). */
  readonly aws: readonly string[];
  /** `Service` entries, e.g. `lambda.amazonaws.com`. */
  readonly service: readonly string[];
  /** `Federated` entries. */
  readonly federated: readonly string[];
  /** `CanonicalUser` entries. */
  readonly canonicalUser: readonly string[];
}

/** One `Operator: { Key: [values] }` condition entry, normalized. */
export interface ConditionEntry {
  /** Operator exactly as written, e.g. `ForAnyValue:StringLikeIfExists`. */
  readonly operator: string;
  /** Condition key as written (matching is case-insensitive). */
  readonly key: string;
  /** Values as strings (IAM compares booleans and numbers by their string form). */
  readonly values: readonly string[];
}

/** A statement after parsing. `raw` keeps the original for evidence. */
export interface ParsedStatement {
  /** Zero-based position in the policy's `Statement` list. */
  readonly index: number;
  readonly sid?: string;
  readonly effect: Effect;
  readonly action?: readonly string[];
  readonly notAction?: readonly string[];
  readonly resource?: readonly string[];
  readonly notResource?: readonly string[];
  readonly principal?: PrincipalSpec;
  readonly notPrincipal?: PrincipalSpec;
  readonly conditions: readonly ConditionEntry[];
  /** The statement exactly as it appeared in the document. */
  readonly raw: unknown;
  /**
   * True when the statement has an `error` problem that makes it unusable as a whole (no valid Effect,
   * Action together with NotAction, …). Invalid statements are listed for evidence but never evaluated.
   */
  readonly invalid?: boolean;
}

/** A parsed policy document. Statements with `error` problems are still listed but marked invalid. */
export interface ParsedPolicy {
  readonly source: PolicySourceRef;
  /** `2012-10-17`, `2008-10-17` or undefined (no policy variables in the latter two). */
  readonly version?: string;
  readonly id?: string;
  readonly statements: readonly ParsedStatement[];
  readonly problems: readonly ParseProblem[];
  /** Document size in characters, whitespace excluded (as IAM counts it). */
  readonly size: number;
  readonly raw: unknown;
}

/** The kind of principal that makes a request. */
export type PrincipalKind = 'user' | 'role' | 'assumed-role' | 'root' | 'service' | 'federated' | 'anonymous';

/** Who is making the request. */
export interface RequestPrincipal {
  readonly kind: PrincipalKind;
  /** Caller ARN (`arn:aws:sts::111122223333:assumed-role/r/s` for sessions). Service name for services. */
  readonly arn: string;
  /** Account of the caller (absent for service principals). */
  readonly accountId?: string;
  /** For assumed-role sessions: the IAM role ARN (with path). */
  readonly roleArn?: string;
  readonly sessionName?: string;
  /** Unique ID (AIDA…/AROA…) for `aws:userid`. */
  readonly principalId?: string;
  /** Principal tags for `aws:PrincipalTag/…`. */
  readonly tags?: Readonly<Record<string, string>>;
  /** Organization ID for `aws:PrincipalOrgID`. */
  readonly orgId?: string;
}

/** Request context values: always strings (IAM's own representation); lists for multi-valued keys. */
export type ContextValue = string | readonly string[];

/** A request to authorize. Keys of `context` are case-insensitive. */
export interface AuthzRequest {
  readonly principal: RequestPrincipal;
  /** `service:Action`, any case. */
  readonly action: string;
  /** Resource ARN, or `*` for actions without resource-level permissions. */
  readonly resource: string;
  /** Account that owns the resource; defaults to the account in the resource ARN, else the principal's. */
  readonly resourceAccount?: string;
  readonly context?: Readonly<Record<string, ContextValue>>;
}

/** Decision of an evaluation. */
export type DecisionKind = 'Allowed' | 'ExplicitlyDenied' | 'ImplicitlyDenied';

/** Evidence: a pointer to one statement of one policy. */
export interface StatementRef {
  readonly policy: PolicySourceRef;
  readonly index: number;
  readonly sid?: string;
  readonly effect: Effect;
  /** Original statement JSON. */
  readonly statement: unknown;
}

/** Which element of a statement failed to match. */
export type MatchElement = 'action' | 'resource' | 'principal' | 'condition';

/** A statement that almost applied: it failed on few elements. */
export interface NearMiss {
  readonly statement: StatementRef;
  /** Elements that did not match (those that matched are omitted). */
  readonly failed: readonly MatchElement[];
  /** Plain-language detail, e.g. `resource arn:aws:s3:::a/* does not match arn:aws:s3:::b/key`. */
  readonly detail: string;
}

/** The outcome of one policy layer. */
export interface LayerResult {
  readonly type: PolicyType;
  /**
   * `not-present` when the request meets no policy of this type (the layer does not apply); `unknown` when the
   * layer applies but its policy was not supplied (a KMS key's key policy: see {@link PolicySet.keyPolicy}).
   */
  readonly outcome: 'allow' | 'explicit-deny' | 'no-allow' | 'not-present' | 'unknown';
  /** Statements that matched in this layer (allows and denies). */
  readonly matched: readonly StatementRef[];
}

/** A rule of AWS that decides a request whatever its policies say (see aws-rules.ts for the sources). */
export interface AwsRule {
  /** `always-allowed`: no policy can deny it (sts:GetCallerIdentity); `aws-protected`: no policy can allow it. */
  readonly kind: 'always-allowed' | 'aws-protected';
  /** One sentence for explanations. */
  readonly detail: string;
}

/** The result of {@link AuthzRequest} evaluation. Every decision carries its reasons. */
export interface Decision {
  readonly decision: DecisionKind;
  /** The layer that decided: the denying layer, or for `Allowed` the layer that granted. */
  readonly decidingType?: PolicyType;
  /** The statements that decided (denies for explicit deny, allows for allowed; empty for implicit deny). */
  readonly deciding: readonly StatementRef[];
  /** Per-layer outcomes, in AWS's evaluation order. */
  readonly layers: readonly LayerResult[];
  /** For implicit denies: the closest statements, best first. */
  readonly nearMisses: readonly NearMiss[];
  /** Plain-language reasons, in order. */
  readonly reasons: readonly string[];
  /** Whether principal and resource are in different accounts. */
  readonly crossAccount: boolean;
  /** Present when an AWS rule decided regardless of the policies (the layers are still reported). */
  readonly awsRule?: AwsRule;
  /**
   * Present on an `Allowed` decision that holds only if a layer whose policy was not supplied allows too:
   * `key-policy` for a `kms:` request on a key whose key policy is unknown (see {@link PolicySet.keyPolicy}).
   * Such a decision is not a plain Allowed: report that the key policy could not be read.
   */
  readonly requires?: readonly 'key-policy'[];
}

/** A decision rendered for humans. */
export interface Explanation {
  /** One sentence in the style of AWS's enhanced access-denied messages. */
  readonly sentence: string;
  /** Further lines: deciding statements, near misses, layer outcomes. */
  readonly details: readonly string[];
}

/** A policy statement as JSON (what a fix proposes to add). */
export interface PolicyStatementJson {
  readonly Sid?: string;
  readonly Effect: Effect;
  readonly Principal?: unknown;
  readonly Action: string | readonly string[];
  readonly Resource: string | readonly string[];
  readonly Condition?: Readonly<Record<string, Readonly<Record<string, string | readonly string[]>>>>;
}

/** The smallest change that would make a denied request succeed (or why none is safe). */
export interface FixProposal {
  readonly kind:
    | 'add-identity-allow'
    | 'add-resource-allow'
    | 'edit-explicit-deny'
    | 'change-permissions-boundary'
    | 'change-session-policy'
    | 'change-scp'
    | 'change-rcp'
    | 'change-vpc-endpoint-policy'
    | 'none';
  /** The layer that must change. */
  readonly layer?: PolicyType;
  /** Statement to add (least privilege: exact action, exact or minimal-pattern resource). */
  readonly statement?: PolicyStatementJson;
  /** Statement that must be changed (explicit denies). */
  readonly target?: StatementRef;
  /** One line: what to change. */
  readonly summary: string;
  /** Why, and what would not help (e.g. "adding an Allow does not override an explicit Deny"). */
  readonly notes: readonly string[];
}

/** IAM action catalog used to validate actions named in fixes and to expand wildcards in sweeps. */
export interface ActionCatalog {
  /** True when `service:Action` exists (case-insensitive). */
  hasAction(action: string): boolean;
  /** Canonical spelling of an action, or undefined when unknown. */
  canonical(action: string): string | undefined;
  /** All actions (canonical `service:Action`) of a service prefix, e.g. `s3`. */
  actionsFor(service: string): readonly string[];
  /** All service prefixes. */
  services(): readonly string[];
}

/**
 * A policy compiled for fast repeated evaluation (pre-built matchers). Produced by
 * `compilePolicy`; the matcher internals are private to the engine.
 */
export interface CompiledPolicy {
  readonly parsed: ParsedPolicy;
}

/**
 * The policies a real request meets. Every layer is optional except `identity` (which may be empty).
 * SCP / RCP levels: each level of the organization hierarchy (root, OUs, account) must allow.
 */
export interface PolicySet {
  /** Identity-based policies of the principal: inline + managed (+ group policies for users). */
  readonly identity: readonly CompiledPolicy[];
  /** Resource-based policy of the target resource (a role's trust policy for sts:AssumeRole). */
  readonly resource?: CompiledPolicy;
  readonly permissionsBoundary?: CompiledPolicy;
  readonly sessionPolicies?: readonly CompiledPolicy[];
  readonly scpLevels?: readonly (readonly CompiledPolicy[])[];
  readonly rcpLevels?: readonly (readonly CompiledPolicy[])[];
  readonly vpcEndpoint?: CompiledPolicy;
  /**
   * Legacy form of `keyPolicy: 'none'`: with `true` and no `resource`, a `kms:` request meets a key policy
   * that allows nothing (implicit deny in the resource layer).
   */
  readonly keyPolicyRequired?: boolean;
  /**
   * The KMS key-policy layer of a `kms:` request on a key (`arn:…:kms:…:key/…`) when `resource` is absent.
   * AWS KMS Developer Guide, "Key policies in AWS KMS": "Every KMS key must have exactly one key policy";
   * "Unless the key policy explicitly allows it, you cannot use IAM policies to allow access to a KMS key".
   * So "no key policy supplied" is never "no key-policy layer":
   * - `unknown` (the default): the key policy could not be read. The other layers decide, the resource layer
   *   is reported as `unknown`, and an `Allowed` carries `requires: ['key-policy']`;
   * - `grants-cover`: a KMS grant authorizes the caller for this operation (KMS Developer Guide, "Grants in
   *   AWS KMS"): the key-policy layer allows the caller directly; explicit denies, SCPs and RCPs still apply;
   * - `none`: the key policy is known to allow nothing for this request (same as `keyPolicyRequired: true`).
   * With `resource` supplied the layer is that key policy (grants can be merged into it as statements, as
   * `snapshot/resource-policies.ts` does). Requests without a key resource (`kms:CreateKey`, `kms:ListKeys`,
   * `kms:GenerateRandom`, custom key stores: resource `*`; alias operations on an alias ARN) have no key-policy
   * layer (KMS Developer Guide, "AWS KMS permissions": their policy type is "IAM policy" with resource `*`,
   * and alias ARNs are used only in IAM policy statements about alias operations).
   */
  readonly keyPolicy?: 'unknown' | 'grants-cover' | 'none';
}
