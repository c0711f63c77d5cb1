/**
 * The one constructor of a snapshot's skeleton: every list empty, provenance as given. The collector,
 * `explain` without `--snapshot`, fixtures and benchmarks all start from it.
 */
import { partitionOf } from '../arn';
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

/** Where a {@link denialOnlySnapshot} comes from, recorded in its provenance. */
export interface DenialOnlyOrigin {
  readonly mode: Provenance['mode'];
  readonly collectorVersion: string;
  /** When the snapshot is taken (default: the first denial's event time). */
  readonly takenAt?: string;
  /** True when account data exists but was not read (a handler); false when none was asked for (`explain`). */
  readonly partial: boolean;
}

/** The fields of a denial a {@link denialOnlySnapshot} reads (structurally a `DeniedRequest`). */
export interface DenialHeader {
  readonly account: string;
  readonly region: string;
  readonly eventTime: string;
  readonly caller: { readonly arn?: string };
  readonly resource?: string;
}

/**
 * The one snapshot of "no account data": the account, Region and partition of the first denial and nothing
 * else, so that the event checks still run and diagnose what AWS's error messages say. Used by the
 * on-denial handler for denials that name no function and by `explain` without `--snapshot`.
 */
export function denialOnlySnapshot(denials: readonly DenialHeader[], origin: DenialOnlyOrigin): Snapshot {
  const first = denials[0];
  const arn = first?.caller.arn ?? first?.resource ?? '';
  const partition = partitionOf(arn);
  return emptySnapshot({
    accountId: first?.account ?? '000000000000',
    region: first?.region ?? 'us-east-1',
    partition,
    provenance: {
      takenAt: origin.takenAt ?? first?.eventTime ?? new Date(0).toISOString(),
      mode: origin.mode,
      collectorVersion: origin.collectorVersion,
      failedReads: [],
      partial: origin.partial,
    },
  });
}
