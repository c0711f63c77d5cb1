/**
 * `explain`: parses CloudTrail input, shows how each denial was understood and classified, and runs
 * the event checks (why AWS said no and the smallest fix): against `--snapshot` when given, else against
 * an empty snapshot, so the diagnosis comes from AWS's error message alone.
 */
import { SUPPRESSIONS_OPTION, loadSuppressions, noteSuppressions } from '../suppressions';
import { renderDenial } from '../../core/render/denial';
import { stableStringify, withoutTextRefs } from '../../core/render/json';
import { summarize } from '../../core/render/summary';
import { denialOnlySnapshot, type DenialOnlyOrigin } from '../../core/snapshot/empty';
import { inputErrorMsg } from '../io';
import { t } from '../../core/i18n';
import { ALERTS_OPTION, alertsAsPublished } from '../alert-preview';
import { CONSOLE_READ_OPTION, consoleReadSettings } from '../console-read';
import { emit, failOnExitCode, renderOutcome } from '../output';
import { audit, type AuditResult } from '../../core/audit';
import {
  auditTime,
  flag,
  format,
  list,
  loadEvents,
  loadSnapshot,
  messageLang,
  outputStyle,
  outputLang,
  renderSettings,
  reportOptions,
  str,
  type Command,
} from './common';

/** Printed (and set as `note` in JSON) when `explain` runs without `--snapshot`. */
export const NO_SNAPSHOT_NOTE = t('en', 'report.cli.noSnapshot');

/** Provenance of the snapshot `explain` audits when no `--snapshot` is given: nothing was read. */
export const NO_SNAPSHOT_ORIGIN: DenialOnlyOrigin = {
  mode: 'fixture',
  collectorVersion: 'none (explain without --snapshot: no account data was read)',
  partial: false,
};

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
      CONSOLE_READ_OPTION,
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
      throw inputErrorMsg('report.cli.noDenials', { paths: paths.join(', ') });
    }
    const snapshotPath = str(args, 'snapshot');
    const snapshot = snapshotPath
      ? loadSnapshot(ctx, snapshotPath)
      : denialOnlySnapshot(events.denials, NO_SNAPSHOT_ORIGIN);
    const outcome: AuditResult = audit(snapshot, events.denials, {
      checks: ctx.deps.checks,
      settings: consoleReadSettings(args),
      suppressions: loadSuppressions(args, ctx.io),
      functions: 'none',
      now: auditTime(args, snapshot.provenance.takenAt),
      catalog: ctx.deps.loadCatalog(),
    });
    noteSuppressions(ctx.io, outcome, messageLang(args, ctx));
    const { style } = outputStyle(args, ctx);
    const lang = format(args) === 'json' ? messageLang(args, ctx) : outputLang(args, ctx);
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
        findings: withoutTextRefs(findings),
        runs,
      };
      text = `${stableStringify(report)}\n`;
    } else {
      const parts = events.denials.map((d) => renderDenial(d, style, lang));
      if (!snapshotPath) parts.push(`${t(lang, 'report.cli.noSnapshot')}\n`);
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
    emit(ctx.io, text, str(args, 'out'), t(lang, 'report.cli.denialsCount', { count: events.denials.length }), lang);
    if (flag(args, 'alerts')) ctx.io.stdout.write(alertsAsPublished(outcome.findings, style, outputLang(args, ctx)));
    return failOnExitCode(outcome.findings, str(args, 'fail-on'));
  },
};
