/**
 * Building blocks of the demo account: each scenario contributes the resources of one problem (or
 * one healthy setup) and declares exactly which findings it must produce.
 */
import type {
  FunctionInfo,
  GroupInfo,
  KmsKeyInfo,
  RoleLastAccessed,
  LogExcerpt,
  ManagedPolicyInfo,
  PermissionChange,
  ResourcePolicyInfo,
  RoleInfo,
  TrailCoverage,
  TriggerInfo,
  TriggerKind,
  UserInfo,
} from '../../lambda/core/snapshot/types';

/** One scenario of the demo account. */
export interface Scenario {
  /** Short id, e.g. `vpc-missing-eni`. */
  readonly id: string;
  /** One line shown by `npm run demo`. */
  readonly description: string;
  readonly functions?: readonly FunctionInfo[];
  readonly roles?: readonly RoleInfo[];
  readonly users?: readonly UserInfo[];
  readonly groups?: readonly GroupInfo[];
  readonly managedPolicies?: readonly ManagedPolicyInfo[];
  readonly triggers?: readonly TriggerInfo[];
  /** ARNs known to exist per trigger kind (listings are complete in the demo account). */
  readonly inventory?: Readonly<Partial<Record<TriggerKind, readonly string[]>>>;
  readonly permissionChanges?: readonly PermissionChange[];
  readonly logExcerpts?: readonly LogExcerpt[];
  readonly kmsKeys?: readonly KmsKeyInfo[];
  /** Resource-based policies of resources the scenario's denials name (bucket, queue, secret, …). */
  readonly resourcePolicies?: readonly ResourcePolicyInfo[];
  /** IAM last-accessed reports of the scenario's roles (the over-broad proposal uses them). */
  readonly lastAccessed?: readonly RoleLastAccessed[];
  /** CloudTrail trails of the account (the snapshot's `trails` section, complete, when any scenario has one). */
  readonly trails?: readonly TrailCoverage[];
  /**
   * Check IDs of account-level findings (no function, no principal a scenario owns, e.g. auditor
   * coverage) this scenario causes; the self-check compares all scenarios' IDs with the account findings.
   */
  readonly expectedAccount?: readonly string[];
  /** Check IDs the sweep (no event) must produce for this scenario, exactly (order irrelevant). */
  readonly expectedSweep: readonly string[];
  /** CloudTrail events (EventBridge envelopes) of this scenario's denials, with the check IDs each must produce. */
  readonly events?: readonly { readonly envelope: unknown; readonly expected: readonly string[] }[];
}
