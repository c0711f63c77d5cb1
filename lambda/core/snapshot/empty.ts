/**
 * The one constructor of a snapshot's skeleton: every list empty, provenance as given. The collector,
 * `explain` without `--snapshot`, fixtures and benchmarks all start from it.
 */
import { SNAPSHOT_SCHEMA_VERSION, type Provenance, type Snapshot } from './types';

/** Account, region and provenance of a new snapshot; `partition` defaults to `aws`. */
export interface SnapshotHeader {
  readonly accountId: string;
  readonly region: string;
  readonly partition?: string;
  readonly provenance: Provenance;
}

/** A snapshot with no data, then `parts` (lists and optional sections) laid over it. */
export function emptySnapshot(
  header: SnapshotHeader,
  parts: Partial<Omit<Snapshot, 'schemaVersion' | 'account' | 'provenance'>> = {},
): Snapshot {
  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    account: { id: header.accountId, region: header.region, partition: header.partition ?? 'aws' },
    provenance: header.provenance,
    functions: [],
    roles: [],
    users: [],
    groups: [],
    managedPolicies: [],
    triggers: [],
    inventory: {},
    permissionChanges: [],
    logExcerpts: [],
    ...parts,
  };
}
