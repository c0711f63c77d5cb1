/**
 * Fix kinds: WHAT a check wants changed, as plain data. A check returns one of these; the renderers
 * in this folder turn it into policy JSON, AWS CLI and CDK, each kind written once. Every kind
 * changes exactly one policy layer ({@link fixTargetLayer}), so "the fix targets the layer AWS named"
 * can be enforced in one place.
 */
import type { PolicyDocument } from '../snapshot/types';
import type { PolicyStatementJson, PolicyType } from '../policy/model';
import type { MessageRef } from '../i18n';

/**
 * Catalog refs of a fix's texts (issue 15, docs/i18n.md), so alerts show them in the deployment's language:
 * `buildFinding` merges them into `Finding.text`.
 */
export interface FixText {
  /** The summary's message: used only while its English is the summary (a spread that rewrites it drops it). */
  readonly summary?: MessageRef;
  /** Messages of the notes, and of evidence lines that come with the fix: matched by their English text. */
  readonly lines?: readonly MessageRef[];
}

/** What every fix kind carries besides its data. */
export interface FixBase {
  /** One line: what to change. */
  readonly summary: string;
  /** E.g. "an added Allow does not override a Deny"; the kind adds its own notes after these. */
  readonly notes?: readonly string[];
  /** Further changes to make after this one, in order (e.g. remove a statement, then add a scoped one). */
  readonly then?: readonly FixSpec[];
  /** Catalog refs of `summary` and `notes`. */
  readonly text?: FixText;
}

/** An IAM user or role whose identity-based policies change. */
export interface IdentityTarget {
  readonly kind: 'user' | 'role';
  readonly name: string;
  /** When the name is not known: an AWS CLI command that prints it; the CLI substitutes its output. */
  readonly nameLookup?: string;
}

/** Add statements to an identity-based policy (inline policy `policyName` of a user or role). */
export interface IdentityStatementFix extends FixBase {
  readonly kind: 'identity-statement';
  readonly target: IdentityTarget;
  readonly policyName: string;
  readonly statements: readonly PolicyStatementJson[];
  /** CDK variable of the function whose execution role `target` is: CDK uses `grant*` / `addToRolePolicy`. */
  readonly functionVar?: string;
  /** An AWS managed policy that covers the statements: the CLI attaches it, the inline policy is the alternative. */
  readonly managedPolicy?: { readonly name: string; readonly arn: string };
}

/** Add a statement to a Lambda function's resource-based policy (`add-permission`). */
export interface LambdaPermissionFix extends FixBase {
  readonly kind: 'lambda-permission';
  readonly functionName: string;
  /** Function ARN (qualified when `qualifier` is set): the statement's `Resource`. */
  readonly resourceArn: string;
  readonly qualifier?: string;
  readonly statementId: string;
  /** Service principal, account ID, IAM ARN or `*`. */
  readonly principal: string;
  readonly action?: string;
  readonly sourceArn?: string;
  readonly sourceAccount?: string;
  readonly principalOrgId?: string;
  /** Grant only for requests made through the function URL (`lambda:InvokedViaFunctionUrl`). */
  readonly invokedViaFunctionUrl?: boolean;
  /** CDK receiver of `addPermission` (default `fn`; `alias` when qualified). */
  readonly cdkTarget?: string;
}

/** Services whose resource-based policy a {@link ResourceStatementFix} can set. */
export type ResourcePolicyService = 'ecr' | 'kms' | 'other';

/** Add a statement to another resource's resource-based policy (ECR repository, KMS key, …). */
export interface ResourceStatementFix extends FixBase {
  readonly kind: 'resource-statement';
  readonly resourceArn: string;
  readonly statement: PolicyStatementJson | Record<string, unknown>;
  readonly service: ResourcePolicyService;
  /** The repository / key in the form the service's CLI names it. */
  readonly resourceName?: string;
  readonly region?: string;
  /** The current policy, when known: the CLI then sets the merged document. */
  readonly existing?: PolicyDocument;
  /** CDK snippet for the resource's owner stack (e.g. `repository.addToResourcePolicy(...)`). */
  readonly cdk?: string;
  /** AWS CLI for services whose policy API the renderer does not merge (e.g. `lambda add-permission`). */
  readonly cli?: string;
}

/** Merge a statement into a role's trust policy (never overwrite it). */
export interface TrustMergeFix extends FixBase {
  readonly kind: 'trust-merge';
  readonly roleName: string;
  /** When the role name is not known: an AWS CLI command that prints it. */
  readonly roleNameLookup?: string;
  readonly statement: Record<string, unknown>;
  /** The role's current trust policy, when known: the CLI sets it plus `statement`. */
  readonly existing?: PolicyDocument;
  /** Statements of `existing` that `statement` supersedes (e.g. the same grant without a guard): dropped. */
  readonly replaces?: readonly unknown[];
  /** Account the role lives in, when it is not the audited one. */
  readonly account?: string;
  /** CDK snippet in the idiom of the principal (e.g. `assumedBy: new iam.ServicePrincipal(...)`). */
  readonly cdk: string;
}

/** Where a statement to remove (or a Deny to edit) lives. */
export type StatementLocation =
  | {
      readonly in: 'lambda-permission';
      readonly functionName: string;
      readonly qualifier?: string;
      readonly statementIds: readonly string[];
      readonly cdk?: string;
    }
  | {
      readonly in: 'inline';
      readonly owner: IdentityTarget | { readonly kind: 'group'; readonly name: string };
      readonly policyName: string;
    }
  | {
      readonly in: 'managed';
      readonly policyArn: string;
      readonly awsManaged: boolean;
      readonly attachedTo?: IdentityTarget;
    }
  | { readonly in: 'trust'; readonly roleName: string }
  | { readonly in: 'unknown'; readonly layer: PolicyType; readonly lookup?: string };

/** Remove a statement (a grant that is too broad or dead, or an explicit Deny that blocks). */
export interface RemoveStatementFix extends FixBase {
  readonly kind: 'remove-statement';
  readonly location: StatementLocation;
  /** The layer the statement is in when the location does not say it (e.g. a managed policy used as a boundary). */
  readonly layer?: PolicyType;
  /** The statement as it stands, as evidence. */
  readonly statement?: unknown;
}

/** Change an SCP or RCP (management account). */
export interface OrgPolicyFix extends FixBase {
  readonly kind: 'org-policy';
  readonly policyType: 'scp' | 'rcp';
  readonly policyId?: string;
  /** Account the policy applies to, to list its policies when the ID is unknown. */
  readonly account?: string;
  readonly statement?: PolicyStatementJson;
}

/** Change the session policy passed when the role session was created. */
export interface SessionPolicyFix extends FixBase {
  readonly kind: 'session-policy';
  readonly roleArn?: string;
  readonly statement?: PolicyStatementJson;
}

/** Change an IAM Identity Center permission set (the source of `AWSReservedSSO_*` roles). */
export interface PermissionSetFix extends FixBase {
  readonly kind: 'permission-set';
  readonly permissionSetName: string;
  readonly statements: readonly PolicyStatementJson[];
}

/** Add a statement to the permissions boundary of a role (a new default version of the boundary policy). */
export interface BoundaryFix extends FixBase {
  readonly kind: 'boundary';
  readonly roleName: string;
  readonly boundaryArn?: string;
  readonly statement?: PolicyStatementJson;
}

/** A change that is not a policy statement: a function setting, a VPC endpoint policy, a manual step. */
export interface ConfigChangeFix extends FixBase {
  readonly kind: 'config-change';
  /** The layer the change affects, when it is a policy layer (e.g. `vpc-endpoint`, `resource` for URL auth). */
  readonly layer?: PolicyType;
  readonly cli?: string;
  readonly cdk?: string;
  readonly policyJson?: unknown;
}

/** Every fix a check can propose. */
export type FixSpec =
  | IdentityStatementFix
  | LambdaPermissionFix
  | ResourceStatementFix
  | TrustMergeFix
  | RemoveStatementFix
  | OrgPolicyFix
  | SessionPolicyFix
  | PermissionSetFix
  | BoundaryFix
  | ConfigChangeFix;

/** The name of a fix kind. */
export type FixKind = FixSpec['kind'];

/** A rendered fix kind: the three forms plus the notes the kind always carries (catalog messages). */
export interface RenderedForms {
  readonly policyJson?: unknown;
  readonly cli?: string;
  readonly cdk?: string;
  readonly notes: readonly MessageRef[];
}
