/**
 * Deterministic ordering of findings: severity (highest first), then function, check, title,
 * fingerprint.
 */
import { SEVERITIES, type Finding } from './types';

/** Compares two findings for a stable, deterministic order. */
export function compareFindings(a: Finding, b: Finding): number {
  const bySeverity = SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity);
  if (bySeverity !== 0) return bySeverity;
  const keys: readonly ((f: Finding) => string)[] = [
    (f) => f.function?.name ?? f.principal ?? '',
    (f) => f.checkId,
    (f) => f.title,
    (f) => f.fingerprint,
  ];
  for (const key of keys) {
    const ka = key(a);
    const kb = key(b);
    if (ka !== kb) return ka < kb ? -1 : 1;
  }
  return 0;
}

/** Returns a sorted copy, without duplicates of the same fingerprint (the first one is kept). */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  const unique: Finding[] = [];
  for (const f of [...findings].sort(compareFindings)) {
    if (seen.has(f.fingerprint)) continue;
    seen.add(f.fingerprint);
    unique.push(f);
  }
  return unique;
}
