/**
 * `explain`: parses CloudTrail input, shows how each denial was understood and classified, and
 * with `--snapshot` runs the event checks (why AWS said no and the smallest fix).
 */
import { renderDenial } from '../../core/render/denial';
import { stableStringify } from '../../core/render/json';
import { summarize } from '../../core/render/summary';
import { CliInputError } from '../io';
import { emit, failOnExitCode, renderOutcome } from '../output';
import { runAudit, type AuditOutcome } from '../pipeline';
import {
  auditTime,
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

/** The `explain` command. */
export const EXPLAIN_COMMAND: Command = {
  spec: {
    name: 'explain',
    summary: 'Explain CloudTrail authorization failures; with a snapshot, also diagnose them and propose fixes.',
    description:
      'Accepts an EventBridge event, a bare CloudTrail record, a JSON array of those, or a CloudTrail log file\n' +
      '(plain or gzipped). Without --snapshot only the event is analysed (nothing is read from AWS).',
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
    ],
    positionals: [],
    examples: [
      'lambda-access-auditor explain --event denial.json',
      'lambda-access-auditor explain --event denial.json --snapshot snap.json',
    ],
  },
  async run(args, ctx) {
    const paths = list(args, 'event');
    const events = loadEvents(ctx, paths);
    if (events.denials.length === 0) {
      throw new CliInputError(`no authorization failure found in ${paths.join(', ')} (see the warnings above)`);
    }
    const snapshotPath = str(args, 'snapshot');
    const snapshot = snapshotPath ? loadSnapshot(ctx, snapshotPath) : undefined;
    const outcome: AuditOutcome | undefined = snapshot
      ? runAudit(ctx.deps, {
          snapshot,
          denials: events.denials,
          sweep: false,
          now: auditTime(args, snapshot.provenance.takenAt),
          catalog: ctx.deps.loadCatalog(),
        })
      : undefined;
    const { style } = outputStyle(args, ctx);
    let text: string;
    if (format(args) === 'json') {
      const runs = outcome?.runs ?? [];
      const findings = outcome?.findings ?? [];
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
        findings,
        runs,
      };
      text = `${stableStringify(report)}\n`;
    } else {
      const parts = events.denials.map((d) => renderDenial(d, style));
      if (snapshot && outcome) {
        const rendered = renderOutcome(outcome, {
          ...renderSettings(args, ctx),
          format: 'table',
          snapshot,
          denialsParsed: events.denials.length,
          denialsRejected: events.rejected.length,
        });
        parts.push(rendered.text);
      } else {
        parts.push(
          'Add --snapshot FILE to diagnose these denials against the policies of the account and get fixes.\n',
        );
      }
      text = parts.join('\n');
    }
    emit(ctx.io, text, str(args, 'out'), `${events.denials.length} denials`);
    return failOnExitCode(outcome?.findings ?? [], str(args, 'fail-on'));
  },
};
