/**
 * Sweeps over several runs against dynalite (a real DynamoDB API): the cap rotates so every finding is
 * alerted, one digest counts the rest, and a finding alerted before and absent from a complete sweep gets
 * one "resolved" notice (none after a partial sweep). SNS is mocked; subjects tell the message kinds apart.
 */
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mockClient } from 'aws-sdk-client-mock';
import type { Severity } from '../../lambda/core/findings/types';
import type { Snapshot } from '../../lambda/core/snapshot/types';
import { runSweep, type SweepSummary } from '../../lambda/handlers/sweep';
import { startDynalite, type LocalDynamo } from '../support/dynalite';
import { CONFIG, NOW, perFunctionCheck, testDeps } from './helpers';
import { snapshotWithFunctions } from '../support/factory';

const sns = mockClient(SNSClient);
let local: LocalDynamo;
let table = 0;

beforeAll(async () => {
  local = await startDynalite();
});
afterAll(() => local.close());
beforeEach(() => {
  sns.reset();
  sns.on(PublishCommand).resolves({ MessageId: 'm' });
});

const HOUR = 3_600_000;

/** Subjects published by one sweep, reduced to kind + function (`alert fn-1`, `digest`, `resolved fn-3`). */
function published(): string[] {
  return sns.commandCalls(PublishCommand).map((c) => {
    const subject = c.args[0].input.Subject ?? '';
    const fn = /fn-\d+/.exec(subject)?.[0] ?? '';
    if (subject.includes('digest')) return 'digest';
    return subject.includes('RESOLVED') ? `resolved ${fn}` : `alert ${fn}`;
  });
}

interface Run {
  readonly snapshot: Snapshot;
  readonly hours: number;
}

/** Runs sweeps in order on a fresh table; returns what each published and its summary. */
async function sweeps(
  runs: readonly Run[],
  config: Partial<typeof CONFIG>,
  severity: Severity = 'high',
): Promise<{ published: string[][]; summaries: SweepSummary[] }> {
  const tableName = `sweep-${++table}`;
  await local.createDedupTable(tableName);
  const out = { published: [] as string[][], summaries: [] as SweepSummary[] };
  for (const run of runs) {
    sns.resetHistory();
    const deps = testDeps({
      config: { ...CONFIG, tableName, ...config },
      ddb: local.client(),
      checks: [perFunctionCheck(severity)],
      now: () => new Date(NOW.getTime() + run.hours * HOUR),
      collectSweep: jest.fn(async () => run.snapshot),
    });
    out.summaries.push(await runSweep(deps));
    out.published.push(published().sort());
  }
  return out;
}

const all5 = snapshotWithFunctions(5);
const first3 = snapshotWithFunctions(3);
const partial3: Snapshot = { ...first3, provenance: { ...first3.provenance, partial: true } };

describe('sweep rotation, digest and resolved notices (dynalite)', () => {
  it('rotates the cap: every finding is alerted even when the dedup window expires between sweeps', async () => {
    // Window 60 s, sweeps an hour apart: without rotation fn-0/fn-1 would win the cap every time.
    const { published } = await sweeps(
      [0, 1, 2].map((hours) => ({ snapshot: all5, hours })),
      { maxAlertsPerSweep: 2, ttlSeconds: 60 },
    );
    const alerts = published.map((run) => run.filter((p) => p.startsWith('alert')));
    // The window has expired each time, so the cap is always used: never-alerted first, then the oldest alert.
    expect(alerts.map((a) => a.length)).toEqual([2, 2, 2]);
    expect(alerts[1].filter((a) => alerts[0].includes(a))).toEqual([]);
    expect(new Set(alerts.flat()).size).toBe(5);
    expect(alerts[2].filter((a) => alerts[0].includes(a))).toHaveLength(1);
    // One digest (3 deferred, all new); later sweeps defer only findings a digest already counted.
    expect(published.map((run) => run.filter((p) => p === 'digest').length)).toEqual([1, 0, 0]);
  });

  it('sends one resolved notice for alerted findings absent from a complete sweep, none after a partial one', async () => {
    const { published, summaries } = await sweeps(
      [
        { snapshot: all5, hours: 0 },
        { snapshot: partial3, hours: 1 },
        { snapshot: first3, hours: 2 },
        { snapshot: first3, hours: 3 },
      ],
      {},
    );
    expect(published[0]).toEqual(['alert fn-0', 'alert fn-1', 'alert fn-2', 'alert fn-3', 'alert fn-4']);
    expect(published[1]).toEqual([]);
    expect(published[2]).toEqual(['resolved fn-3', 'resolved fn-4']);
    expect(published[3]).toEqual([]);
    expect(summaries.map((s) => s.resolved)).toEqual([0, 0, 2, 0]);
  });

  it.each([
    ['below the resolved threshold (medium, default high)', 'medium' as Severity, {}],
    ['resolved notices turned off', 'critical' as Severity, { resolvedMinSeverity: 'off' as const }],
  ])('sends no resolved notice when %s', async (_name, severity, config) => {
    const { published } = await sweeps(
      [
        { snapshot: all5, hours: 0 },
        { snapshot: first3, hours: 1 },
      ],
      config,
      severity,
    );
    expect(published[1]).toEqual([]);
  });

  it('counts findings below the per-finding threshold in one digest, sent again only when something is new', async () => {
    const { published, summaries } = await sweeps(
      [
        { snapshot: first3, hours: 0 },
        { snapshot: first3, hours: 1 },
        { snapshot: all5, hours: 2 },
      ],
      { individualMinSeverity: 'high', minAlertSeverity: 'low' },
      'medium',
    );
    expect(published).toEqual([['digest'], [], ['digest']]);
    expect(summaries.map((s) => [s.alerted, s.digest, s.digested])).toEqual([
      [0, 3, 3],
      [0, 3, 0],
      [0, 5, 5],
    ]);
    const digest = JSON.parse(sns.commandCalls(PublishCommand)[0].args[0].input.Message ?? '{}') as {
      email: string;
    };
    expect(digest.email).toContain('medium: 5');
    expect(digest.email).toContain('2 new since the last digest');
  });
});
