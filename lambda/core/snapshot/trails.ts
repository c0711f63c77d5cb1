/**
 * Snapshot section of the auditor's own visibility (issue 13, "auditor coverage"): which CloudTrail
 * trails record what in the audited account and Region, and how the auditor itself is deployed. Shapes
 * follow the CloudTrail API (`DescribeTrails`, `GetTrailStatus`, `GetEventSelectors`:
 * https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_GetEventSelectors.html); the
 * collector reduces them to what the coverage check needs.
 */

/** Management events a trail records. */
export type ManagementCoverage = 'All' | 'WriteOnly' | 'ReadOnly' | 'None';

/** What one trail records, derived from its status and event selectors. */
export interface TrailCoverage {
  readonly name: string;
  readonly arn: string;
  readonly homeRegion?: string;
  readonly multiRegion: boolean;
  /** IAM / STS (global service) events included (`IncludeGlobalServiceEvents`). */
  readonly globalServiceEvents: boolean;
  /** `GetTrailStatus.IsLogging`; absent when the status could not be read. */
  readonly logging?: boolean;
  /** Management events recorded; absent when the selectors could not be read. */
  readonly management?: ManagementCoverage;
  /** Data event resource types recorded (`AWS::S3::Object`, `AWS::Lambda::Function`, …). */
  readonly dataEventTypes: readonly string[];
}

/** The trails visible from the audited Region (shadow trails of multi-Region trails included). */
export interface TrailsInfo {
  /** False when `DescribeTrails` itself failed: then nothing is known. */
  readonly complete: boolean;
  readonly trails: readonly TrailCoverage[];
}

/** How the auditor that took the snapshot is deployed (known to the handlers, not to the CLI). */
export interface AuditorDeployment {
  /** Region of the auditor's stack (IAM / STS denials reach EventBridge in us-east-1 only). */
  readonly stackRegion: string;
  /** True when another auditor stack (or a forwarding rule) covers us-east-1; absent when unknown. */
  readonly globalRegionCovered?: boolean;
  /** State of the auditor's own denial rule (`ENABLED`, `DISABLED`, …); absent when unreadable. */
  readonly denialRuleState?: string;
  /**
   * Whether the rule's event pattern matches a read-only management-event denial (false: the pattern
   * filters them out whatever the state); absent when unread.
   */
  readonly denialRuleReadOnlyEvents?: boolean;
}
