/**
 * The CloudTrail events of the demo scenarios, flattened with their owners and expectations, plus
 * their times (the demo snapshot is taken after the last one).
 */
import type { Scenario } from './types';

/** One scenario event. */
export interface DemoEvent {
  readonly scenario: string;
  /** Index in the scenario's `events`. */
  readonly index: number;
  readonly envelope: unknown;
  readonly expected: readonly string[];
}

/** Every event of `scenarios`, in scenario order. */
export function demoEvents(scenarios: readonly Scenario[]): DemoEvent[] {
  return scenarios.flatMap((s) =>
    (s.events ?? []).map((e, index) => ({ scenario: s.id, index, envelope: e.envelope, expected: e.expected })),
  );
}

/** The event time of an EventBridge envelope (`time`, else `detail.eventTime`), when present. */
export function envelopeTime(envelope: unknown): string | undefined {
  if (envelope === null || typeof envelope !== 'object') return undefined;
  const e = envelope as { time?: unknown; detail?: { eventTime?: unknown } };
  if (typeof e.time === 'string') return e.time;
  return typeof e.detail?.eventTime === 'string' ? e.detail.eventTime : undefined;
}

/** The latest event or permission-change time of the scenarios (ISO-8601), if any. */
export function latestActivity(scenarios: readonly Scenario[]): string | undefined {
  const times = [
    ...demoEvents(scenarios).map((e) => envelopeTime(e.envelope)),
    ...scenarios.flatMap((s) => (s.permissionChanges ?? []).map((c) => c.eventTime)),
  ].filter((t): t is string => t !== undefined && !Number.isNaN(Date.parse(t)));
  if (times.length === 0) return undefined;
  return new Date(Math.max(...times.map((t) => Date.parse(t)))).toISOString();
}
