/**
 * Pure planning of a sweep's alerts from the sweep index (what earlier sweeps saw and alerted, stored as one
 * record in the dedup table by lambda/aws/dedup/sweep-index.ts, so no table Scan is needed):
 *
 * - {@link orderForSweep}: the alert cap rotates. Findings never alerted come first (severity, then age:
 *   oldest first seen), then alerted ones (severity, then least recently alerted), so every finding is
 *   eventually alerted whatever the cap.
 * - {@link planDigest}: what was not alerted one by one is counted in one digest per sweep, by severity;
 *   sent only when it holds something no earlier digest or alert mentioned.
 * - {@link resolvedEntries}: findings alerted before and absent from a complete (not partial) sweep.
 * - {@link nextIndex}: the index to store after the sweep.
 */
import { SEVERITIES, type Finding, type Severity } from './types';

/** What the index remembers about one finding (no texts from the account beyond the function ARN). */
export interface SweepIndexEntry {
  readonly severity: Severity;
  readonly checkId: string;
  readonly functionArn?: string;
  /** ISO time of the first sweep that saw it. */
  readonly firstSeen: string;
  /** ISO time it was last alerted on its own (or found already alerted by the dedup table). */
  readonly alertedAt?: string;
  /** ISO time it was last counted in a digest. */
  readonly digestedAt?: string;
}

/** Index by fingerprint. */
export type SweepIndex = Readonly<Record<string, SweepIndexEntry>>;

/** Entries kept at most (one DynamoDB item holds at most 400 KB; an entry takes about 250 bytes). */
export const MAX_INDEX_ENTRIES = 1_000;

/** One digest message's content. */
export interface SweepDigest {
  /** Findings not alerted one by one this sweep, by severity (every severity present, 0 when none). */
  readonly bySeverity: Readonly<Record<Severity, number>>;
  readonly total: number;
  /** How many of them no earlier alert or digest mentioned. */
  readonly newSinceLastDigest: number;
}

/** A finding to announce as resolved. */
export interface ResolvedEntry extends SweepIndexEntry {
  readonly fingerprint: string;
}

const rank = (s: Severity): number => SEVERITIES.indexOf(s);

/** `findings` in the order the capped sweep should try to alert them (see module comment). */
export function orderForSweep(findings: readonly Finding[], index: SweepIndex, now: Date): Finding[] {
  const nowIso = now.toISOString();
  const key = (f: Finding): [number, number, string] => {
    const entry = index[f.fingerprint];
    const sent = entry?.alertedAt !== undefined ? 1 : 0;
    const when = sent ? (entry?.alertedAt ?? nowIso) : (entry?.firstSeen ?? nowIso);
    return [sent, rank(f.severity), when];
  };
  return [...findings].sort((a, b) => {
    const [sa, ra, wa] = key(a);
    const [sb, rb, wb] = key(b);
    return sa - sb || ra - rb || wa.localeCompare(wb) || a.fingerprint.localeCompare(b.fingerprint);
  });
}

/** The digest of `notAlerted` findings, or `undefined` when it would tell nothing new. */
export function planDigest(notAlerted: readonly Finding[], index: SweepIndex): SweepDigest | undefined {
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  let fresh = 0;
  for (const f of notAlerted) {
    bySeverity[f.severity]++;
    const entry = index[f.fingerprint];
    if (entry?.alertedAt === undefined && entry?.digestedAt === undefined) fresh++;
  }
  if (fresh === 0) return undefined;
  return { bySeverity, total: notAlerted.length, newSinceLastDigest: fresh };
}

/**
 * Entries alerted before, absent from `findings`, at or above `minSeverity`. Empty for a partial sweep (a
 * finding may be missing only because a read failed) and when `minSeverity` is `'off'`.
 */
export function resolvedEntries(
  index: SweepIndex,
  findings: readonly Finding[],
  partial: boolean,
  minSeverity: Severity | 'off',
): ResolvedEntry[] {
  if (partial || minSeverity === 'off') return [];
  const present = new Set(findings.map((f) => f.fingerprint));
  return Object.entries(index)
    .filter(([fp, e]) => !present.has(fp) && e.alertedAt !== undefined && rank(e.severity) <= rank(minSeverity))
    .map(([fingerprint, e]) => ({ ...e, fingerprint }))
    .sort((a, b) => rank(a.severity) - rank(b.severity) || a.fingerprint.localeCompare(b.fingerprint));
}

/** What happened to the findings in this sweep. */
export interface SweepMarks {
  readonly alerted: ReadonlySet<string>;
  readonly digested: ReadonlySet<string>;
}

/**
 * The index after a sweep: current findings with updated marks; absent ones are dropped after a complete
 * sweep and kept after a partial one. Bounded to {@link MAX_INDEX_ENTRIES} (alerted first, then severity).
 */
export function nextIndex(
  index: SweepIndex,
  findings: readonly Finding[],
  marks: SweepMarks,
  partial: boolean,
  now: Date,
): SweepIndex {
  const nowIso = now.toISOString();
  const out: Record<string, SweepIndexEntry> = partial ? { ...index } : {};
  for (const f of findings) {
    const prev = index[f.fingerprint];
    out[f.fingerprint] = {
      ...prev,
      severity: f.severity,
      checkId: f.checkId,
      ...(f.function?.arn ? { functionArn: f.function.arn } : {}),
      firstSeen: prev?.firstSeen ?? nowIso,
      ...(marks.alerted.has(f.fingerprint) ? { alertedAt: nowIso } : {}),
      ...(marks.digested.has(f.fingerprint) ? { digestedAt: nowIso } : {}),
    };
  }
  const entries = Object.entries(out);
  if (entries.length <= MAX_INDEX_ENTRIES) return out;
  const kept = entries.sort(
    ([, a], [, b]) =>
      Number(b.alertedAt !== undefined) - Number(a.alertedAt !== undefined) || rank(a.severity) - rank(b.severity),
  );
  return Object.fromEntries(kept.slice(0, MAX_INDEX_ENTRIES));
}
