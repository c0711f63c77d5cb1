/** Assembles a {@link Snapshot} from collected parts and the run's provenance. */
import { SNAPSHOT_SCHEMA_VERSION, type Snapshot } from '../../core/snapshot/types';
import type { CollectContext } from './context';
import { readsAnalysisData } from './permissions';

/** Version of the collector recorded in provenance. */
export const COLLECTOR_VERSION = '0.1.0';

/** Collected parts; lists default to empty. */
export type SnapshotParts = Partial<Omit<Snapshot, 'schemaVersion' | 'account' | 'provenance'>> & {
  mode: 'function' | 'sweep';
  now: Date;
  accountId: string;
  region: string;
  partition: string;
  /** Extra reason to mark the snapshot partial (e.g. an incomplete listing). */
  incomplete?: boolean;
  /** ARN the collector ran as (STS `GetCallerIdentity`), when known. */
  auditorPrincipal?: string;
};

/**
 * Builds the snapshot; `partial` is set when a read of analysis data failed or a listing was incomplete
 * (a failed `GetCallerIdentity` is recorded but leaves no analysis data missing).
 */
export function buildSnapshot(ctx: CollectContext, p: SnapshotParts): Snapshot {
  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    account: { id: p.accountId, region: p.region, partition: p.partition },
    provenance: {
      takenAt: p.now.toISOString(),
      mode: p.mode,
      collectorVersion: COLLECTOR_VERSION,
      failedReads: [...ctx.failedReads],
      partial: ctx.failedReads.some((f) => readsAnalysisData(f.api)) || p.incomplete === true,
      ...(p.auditorPrincipal ? { auditorPrincipal: p.auditorPrincipal } : {}),
    },
    functions: p.functions ?? [],
    roles: p.roles ?? [],
    users: p.users ?? [],
    groups: p.groups ?? [],
    managedPolicies: p.managedPolicies ?? [],
    triggers: p.triggers ?? [],
    inventory: p.inventory ?? {},
    permissionChanges: p.permissionChanges ?? [],
    logExcerpts: p.logExcerpts ?? [],
  };
}
