/**
 * IAM last-accessed data of an execution role (issue 13, over-broad proposal): which services, and for
 * services with action-level tracking which actions, the role was used for within IAM's tracking period
 * (`GenerateServiceLastAccessedDetails` with `Granularity: ACTION_LEVEL`, then
 * `GetServiceLastAccessedDetails`: https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetServiceLastAccessedDetails.html).
 * The data counts attempts (denied ones included) and ignores boundaries and SCPs.
 */

/** One service of a last-accessed report. */
export interface ServiceLastAccessed {
  /** Service namespace, e.g. `s3`. */
  readonly namespace: string;
  /** Last authenticated attempt (ISO 8601); absent when never used within the tracking period. */
  readonly lastAuthenticated?: string;
  /** Tracked actions (`s3:GetObject`) with their last access; absent when the service has no action tracking. */
  readonly actions?: readonly { readonly action: string; readonly lastAccessed?: string }[];
}

/** The report of one role. */
export interface RoleLastAccessed {
  readonly roleArn: string;
  /** When IAM completed the report (ISO 8601). */
  readonly completedAt: string;
  readonly services: readonly ServiceLastAccessed[];
}
