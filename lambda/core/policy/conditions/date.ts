/**
 * Date condition operators: DateEquals, DateNotEquals, DateLessThan, DateLessThanEquals, DateGreaterThan,
 * DateGreaterThanEquals. Values are W3C ISO 8601 dates (`2026-01-31`, `2026-01-31T10:00:00Z`,
 * `2026-01-31T10:00:00.5+02:00`) or epoch seconds (`1767225600`). No wildcards, no policy variables.
 * A time without a zone designator is read as UTC. Comparison is at millisecond precision.
 */
import { orderedFamily } from './compare';
import type { OperatorDef } from './types';

const ISO_RE =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?([Zz]|[+-]\d{2}:?\d{2})?)?)?)?$/;
const EPOCH_RE = /^\d+(?:\.\d+)?$/;

function zoneOffsetMinutes(zone: string | undefined): number {
  if (zone === undefined || zone === 'Z' || zone === 'z') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

function inRange(n: number, lo: number, hi: number): boolean {
  return n >= lo && n <= hi;
}

/**
 * Parses a date value to epoch milliseconds; undefined when it is neither ISO 8601 nor epoch seconds.
 * Pure digit strings are epoch seconds (so `2026` is a second count, not a year: write `2026-01-01`).
 * @param value text of a policy or context value
 */
export function parseDate(value: string): number | undefined {
  const t = value.trim();
  if (EPOCH_RE.test(t)) return Math.round(Number(t) * 1000);
  const m = ISO_RE.exec(t);
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((x) =>
    x === undefined ? undefined : Number(x),
  );
  const mo = month ?? 1;
  const d = day ?? 1;
  const h = hour ?? 0;
  const mi = minute ?? 0;
  const s = second ?? 0;
  if (!inRange(mo, 1, 12) || !inRange(d, 1, 31) || !inRange(h, 0, 24) || !inRange(mi, 0, 59) || !inRange(s, 0, 60)) {
    return undefined;
  }
  const ms = m[7] === undefined ? 0 : Math.round(Number(`0.${m[7]}`) * 1000);
  const utc = Date.UTC(year as number, mo - 1, d, h, mi, s, ms);
  if (new Date(Date.UTC(year as number, mo - 1, d)).getUTCDate() !== d) return undefined; // e.g. 2026-02-30
  return utc - zoneOffsetMinutes(m[8]) * 60_000;
}

/** The six date operators. */
export const DATE_OPERATORS: readonly OperatorDef[] = orderedFamily(
  'Date',
  parseDate,
  'an ISO 8601 date or epoch seconds',
);
