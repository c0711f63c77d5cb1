/** Assembles a {@link Snapshot} from collected parts and the run's provenance. */
import { SNAPSHOT_SCHEMA_VERSION, type Snapshot } from '../../core/snapshot/types';
import type { CollectContext } from './context';

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
};

/** Builds the snapshot; `partial` is set when any read failed or a listing was incomplete. */
export function buildSnapshot(ctx: CollectContext, p: SnapshotParts): Snapshot {
  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    account: { id: p.accountId, region: p.region, partition: p.partition },
    provenance: {
      takenAt: p.now.toISOString(),
      mode: p.mode,
      collectorVersion: COLLECTOR_VERSION,
      failedReads: [...ctx.failedReads],
      partial: ctx.failedReads.length > 0 || p.incomplete === true,
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
