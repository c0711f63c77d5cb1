/**
 * `audit`: runs every check over a snapshot file (and the event checks for each `--event`), prints
 * the report in the chosen format, and exits 1 when a finding reaches `--fail-on`.
 */
import { audit } from '../../core/audit';
import { SUPPRESSIONS_OPTION, loadSuppressions, noteSuppressions } from '../suppressions';
import { ALERTS_OPTION, alertsAsPublished } from '../alert-preview';
import { CONSOLE_READ_OPTION, consoleReadSettings } from '../console-read';
import {
  auditTime,
  checkFunctions,
  extraChecks,
  flag,
  list,
  loadEvents,
  loadSnapshot,
  outputStyle,
  report,
  outputLang,
  reportOptions,
  str,
  warnPartial,
  messageLang,
  type Command,
} from './common';

/** The `audit` command. */
export const AUDIT_COMMAND: Command = {
  spec: {
    name: 'audit',
    summary: 'Audit a snapshot file: every check over every function, plus the event checks for CloudTrail events.',
    description:
      'The snapshot is what `sweep --save-snapshot` or the collector writes (schema in docs/snapshot-schema.md).\n' +
      'An event file is an EventBridge event, a bare CloudTrail record, a JSON array of those, or a CloudTrail\n' +
      'log file ({"Records": [...]}, plain or gzipped).',
    options: [
      { name: 'snapshot', type: 'string', valueName: 'FILE', required: true, description: 'Snapshot JSON file.' },
      {
        name: 'function',
        type: 'string',
        valueName: 'NAME',
        repeatable: true,
        description: 'Audit only this function (name or ARN).',
      },
      { name: 'event', type: 'string', valueName: 'FILE', repeatable: true, description: 'CloudTrail event file.' },
      { name: 'events-only', type: 'boolean', description: 'Run only the event checks (skip the sweep).' },
      ...reportOptions({ now: true, check: true }),
      ALERTS_OPTION,
      SUPPRESSIONS_OPTION,
      CONSOLE_READ_OPTION,
    ],
    positionals: [],
    examples: [
      'lambda-access-auditor audit --snapshot examples/demo-account/snapshot.json',
      'lambda-access-auditor audit --snapshot snap.json --function orders --event denial.json --fail-on high',
      'lambda-access-auditor audit --snapshot snap.json --format sarif --out results.sarif',
      'lambda-access-auditor audit --snapshot snap.json --event denial.json --events-only --alerts',
    ],
  },
  async run(args, ctx) {
    const snapshotPath = str(args, 'snapshot') as string;
    const snapshot = loadSnapshot(ctx, snapshotPath);
    warnPartial(args, ctx, snapshot);
    const functions = list(args, 'function');
    checkFunctions(snapshot, functions);
    const events = loadEvents(ctx, list(args, 'event'));
    const outcome = audit(snapshot, events.denials, {
      checks: ctx.deps.checks,
      suppressions: loadSuppressions(args, ctx.io),
      functions: flag(args, 'events-only') ? 'none' : functions.length > 0 ? functions : 'all',
      now: auditTime(args, snapshot.provenance.takenAt),
      catalog: ctx.deps.loadCatalog(),
      extraChecks: extraChecks(args, ctx.deps),
      settings: consoleReadSettings(args),
    });
    noteSuppressions(ctx.io, outcome, messageLang(args, ctx));
    const code = report(args, ctx, outcome, {
      snapshot,
      denialsParsed: events.denials.length,
      denialsRejected: events.rejected.length,
      snapshotPath,
    });
    if (flag(args, 'alerts')) {
      ctx.io.stdout.write(alertsAsPublished(outcome.findings, outputStyle(args, ctx).style, outputLang(args, ctx)));
    }
    return code;
  },
};
