/**
 * `explain`: parses CloudTrail input, shows how each denial was understood and classified, and runs
 * the event checks (why AWS said no and the smallest fix): against `--snapshot` when given, else against
 * an empty snapshot, so the diagnosis comes from AWS's error message alone.
 */
import { SUPPRESSIONS_OPTION, loadSuppressions, noteSuppressions } from '../suppressions';
import type { DeniedRequest } from '../../core/cloudtrail/types';
import { renderDenial } from '../../core/render/denial';
import { stableStringify } from '../../core/render/json';
import { summarize } from '../../core/render/summary';
import { emptySnapshot } from '../../core/snapshot/empty';
import type { Snapshot } from '../../core/snapshot/types';
import { ALERTS_OPTION, alertsAsPublished } from '../alert-preview';
import { CliInputError } from '../io';
import { emit, failOnExitCode, renderOutcome } from '../output';
import { runAudit, type AuditOutcome } from '../pipeline';
import {
  auditTime,
  flag,
  format,
  list,
  loadEvents,
  loadSnapshot,
  outputStyle,
  renderSettings,
  reportOptions,
  str,
  type Command,
} from './common';

/** Printed (and set as `note` in JSON) when `explain` runs without `--snapshot`. */
export const NO_SNAPSHOT_NOTE =
  "No --snapshot: no account data was read, so the diagnosis comes from AWS's error messages alone. " +
  'Add --snapshot FILE to diagnose these denials against the policies of the account.';

/**
 * An empty snapshot for the account and region of the first denial (`provenance.mode: 'fixture'`), so that
 * the event checks still run and diagnose what the error messages say.
 */
export function eventOnlySnapshot(denials: readonly DeniedRequest[]): Snapshot {
  const first = denials[0];
  const arn = first?.caller.arn ?? first?.resource ?? '';
  const partition = arn.startsWith('arn:') ? arn.split(':')[1] || 'aws' : 'aws';
  return emptySnapshot({
    accountId: first?.account ?? '000000000000',
    region: first?.region ?? 'us-east-1',
    partition,
    provenance: {
      takenAt: first?.eventTime ?? new Date(0).toISOString(),
      mode: 'fixture',
      collectorVersion: 'none (explain without --snapshot: no account data was read)',
      failedReads: [],
      partial: false,
    },
  });
}

/** The `explain` command. */
export const EXPLAIN_COMMAND: Command = {
  spec: {
    name: 'explain',
    summary: 'Explain CloudTrail authorization failures, diagnose them and propose fixes.',
    description:
      'Accepts an EventBridge event, a bare CloudTrail record, a JSON array of those, or a CloudTrail log file\n' +
      '(plain or gzipped). Without --snapshot the diagnosis comes from the error message alone (nothing is read\n' +
      "from AWS); with it, the account's policies are evaluated too.",
    options: [
      {
        name: 'event',
        type: 'string',
        valueName: 'FILE',
        required: true,
        repeatable: true,
        description: 'Event file.',
      },
      { name: 'snapshot', type: 'string', valueName: 'FILE', description: 'Snapshot to run the event checks against.' },
      ...reportOptions({ formats: ['table', 'json'], now: true }),
      ALERTS_OPTION,
      SUPPRESSIONS_OPTION,
    ],
    positionals: [],
    examples: [
      'lambda-access-auditor explain --event denial.json',
      'lambda-access-auditor explain --event denial.json --snapshot snap.json',
      'lambda-access-auditor explain --event denial.json --alerts',
    ],
  },
  async run(args, ctx) {
    const paths = list(args, 'event');
    const events = loadEvents(ctx, paths);
    if (events.denials.length === 0) {
      throw new CliInputError(`no authorization failure found in ${paths.join(', ')} (see the warnings above)`);
    }
    const snapshotPath = str(args, 'snapshot');
    const snapshot = snapshotPath ? loadSnapshot(ctx, snapshotPath) : eventOnlySnapshot(events.denials);
    const outcome: AuditOutcome = runAudit(ctx.deps, {
      suppressions: loadSuppressions(args, ctx.io),
      snapshot,
      denials: events.denials,
      sweep: false,
      now: auditTime(args, snapshot.provenance.takenAt),
      catalog: ctx.deps.loadCatalog(),
    });
    noteSuppressions(ctx.io, outcome);
    const { style } = outputStyle(args, ctx);
    let text: string;
    if (format(args) === 'json') {
      const { runs, findings } = outcome;
      const report = {
        tool: { name: 'lambda-access-auditor', version: ctx.deps.version },
        summary: summarize({
          findings,
          runs,
          functionsAudited: 0,
          denialsParsed: events.denials.length,
          denialsRejected: events.rejected.length,
        }),
        denials: events.denials,
        rejected: events.rejected,
        ...(snapshotPath ? {} : { note: NO_SNAPSHOT_NOTE }),
        findings,
        runs,
      };
      text = `${stableStringify(report)}\n`;
    } else {
      const parts = events.denials.map((d) => renderDenial(d, style));
      if (!snapshotPath) parts.push(`${NO_SNAPSHOT_NOTE}\n`);
      const rendered = renderOutcome(outcome, {
        ...renderSettings(args, ctx),
        format: 'table',
        snapshot,
        denialsParsed: events.denials.length,
        denialsRejected: events.rejected.length,
      });
      parts.push(rendered.text);
      text = parts.join('\n');
    }
    emit(ctx.io, text, str(args, 'out'), `${events.denials.length} denials`);
    if (flag(args, 'alerts')) ctx.io.stdout.write(alertsAsPublished(outcome.findings, style));
    return failOnExitCode(outcome.findings, str(args, 'fail-on'));
  },
};
