/** Assembles a {@link Snapshot} from collected parts and the run's provenance. */
import { emptySnapshot } from '../../core/snapshot/empty';
import type { Snapshot } from '../../core/snapshot/types';
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
  const { mode, now, accountId, region, partition, incomplete, auditorPrincipal, ...lists } = p;
  return emptySnapshot(
    {
      accountId,
      region,
      partition,
      provenance: {
        takenAt: now.toISOString(),
        mode,
        collectorVersion: COLLECTOR_VERSION,
        failedReads: [...ctx.failedReads],
        partial: ctx.failedReads.some((f) => readsAnalysisData(f.api)) || incomplete === true,
        ...(auditorPrincipal ? { auditorPrincipal } : {}),
      },
    },
    lists,
  );
}
