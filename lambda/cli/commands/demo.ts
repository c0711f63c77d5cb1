/**
 * `demo` (`npm run demo`): the whole pipeline, offline, on the bundled example account. Assembles
 * the demo snapshot from the scenarios in examples/demo-account, validates it, parses each scenario's
 * CloudTrail events, runs the sweep and the event checks, prints the findings with explanations and
 * fixes, and verifies that every scenario produced exactly its expected findings.
 */
import { SUPPRESSIONS_OPTION, loadSuppressions, noteSuppressions } from '../suppressions';
import { demoEvents } from '../../../examples/demo-account/events';
import type { DeniedRequest } from '../../core/cloudtrail/types';
import { renderSnapshotProblems } from '../../core/render/snapshot-problems';
import { alertPreview } from '../alert-preview';
import { verifyDemo, type DemoVerification } from '../demo-verify';
import type { CliIo } from '../io';
import { emit, failOnExitCode, renderOutcome } from '../output';
import { audit } from '../../core/audit';
import {
  FAIL_ON_OPTION,
  formatOption,
  NO_COLOR_OPTION,
  NO_DETAILS_OPTION,
  OUT_OPTION,
  flag,
  LANG_OPTION,
  renderSettings,
  str,
  messageLang,
  type Command,
} from './common';
import type { Style } from '../../core/render/style';
import { DEFAULT_LANG, t, type MessageKey, type MessageParams } from '../../core/i18n';
import type { CliDeps } from '../deps';
import type { DemoAccount } from '../demo-verify';

type Tr = (key: MessageKey, params?: MessageParams) => string;

function intro(demo: DemoAccount, denials: number, checks: number, style: Style, tr: Tr): string {
  const s = demo.snapshot;
  const counts = { functions: s.functions.length, scenarios: demo.scenarios.length, denials, checks };
  const lines = [
    style.heading('lambda-access-auditor demo'),
    tr('report.demo.intro', { account: s.account.id, region: s.account.region, ...counts }),
    '',
    style.bold(tr('report.demo.scenarios')),
    ...demo.scenarios.map((sc) => {
      const fns = (sc.functions ?? []).map((f) => f.name).join(', ');
      const quiet = sc.expectedSweep.length + (sc.events ?? []).length + (sc.expectedAccount ?? []).length === 0;
      const tag = quiet ? tr('report.demo.healthy') : '';
      return `  - ${sc.id}${tag}: ${sc.description}${fns ? style.dim(` [${fns}]`) : ''}`;
    }),
    '',
  ];
  return `${lines.join('\n')}\n`;
}

function verificationText(v: DemoVerification, parseErrors: readonly string[], style: Style, tr: Tr): string {
  const problems = [
    ...parseErrors,
    ...v.mismatches.map((m) =>
      tr('report.demo.mismatch', {
        scenario: m.scenario,
        part: m.part,
        expected: m.expected.join(', '),
        actual: m.actual.join(', '),
      }),
    ),
    ...v.unattributed.map((f) =>
      tr('report.demo.unattributed', {
        checkId: f.checkId,
        target: f.function?.name ?? f.principal ?? tr('report.demo.accountTarget'),
      }),
    ),
  ];
  if (problems.length === 0) {
    return `${style.bold(tr('report.demo.selfCheck'))} ${tr('report.demo.passed', { count: v.scenarios })}\n`;
  }
  return `${style.bold(tr('report.demo.failed'))}\n${problems.map((p) => `  - ${p}`).join('\n')}\n`;
}

function parseScenarioEvents(demo: DemoAccount, parse: CliDeps['parseDenial']) {
  const denials: DeniedRequest[] = [];
  const owners: { scenario: string; index: number }[] = [];
  const errors: string[] = [];
  for (const event of demoEvents(demo.scenarios)) {
    const parsed = parse(event.envelope);
    if (parsed.ok) {
      denials.push(parsed.value);
      owners.push({ scenario: event.scenario, index: event.index });
    } else {
      errors.push(`${event.scenario} event #${event.index + 1}: ${parsed.error.code}: ${parsed.error.message}`);
    }
  }
  return { denials, owners, errors };
}

function writeSnapshot(io: CliIo, path: string, demo: DemoAccount, tr: Tr): void {
  io.writeFile(path, `${JSON.stringify(demo.snapshot, null, 2)}\n`);
  io.stderr.write(`${tr('report.demo.wroteSnapshot', { count: demo.snapshot.functions.length, path })}\n`);
}

function writeEvents(io: CliIo, path: string, demo: DemoAccount, tr: Tr): void {
  const envelopes = demoEvents(demo.scenarios).map((e) => e.envelope);
  io.writeFile(path, `${JSON.stringify(envelopes, null, 2)}\n`);
  io.stderr.write(`${tr('report.demo.wroteEvents', { count: envelopes.length, path })}\n`);
}

/** The `demo` command. */
export const DEMO_COMMAND: Command = {
  spec: {
    name: 'demo',
    summary: 'Run every check offline over the bundled example account and print findings with fixes.',
    description:
      'Exit code 1 when the self-check fails (a scenario did not produce exactly its expected findings)\n' +
      'or, with --fail-on, when a finding reaches that severity.',
    options: [
      formatOption(),
      FAIL_ON_OPTION,
      OUT_OPTION,
      { name: 'write-snapshot', type: 'string', valueName: 'FILE', description: 'Also write the demo snapshot JSON.' },
      {
        name: 'write-events',
        type: 'string',
        valueName: 'FILE',
        description: "Also write the scenarios' CloudTrail events (a JSON array, for audit/explain --event).",
      },
      LANG_OPTION,
      NO_DETAILS_OPTION,
      {
        name: 'alerts',
        type: 'boolean',
        description: 'Also print the first alert exactly as the deployed auditor publishes it (email and Slack).',
      },
      NO_COLOR_OPTION,
      SUPPRESSIONS_OPTION,
    ],
    positionals: [],
    examples: [
      'npm run demo',
      'npm run demo -- --no-details --alerts',
      'npm run demo -- --alerts --lang ja',
      'npm run demo -- --format markdown --out demo.md',
      'npm run demo -- --write-snapshot examples/demo-account/snapshot.json --write-events examples/demo-account/events.json',
    ],
  },
  async run(args, ctx) {
    const demo = await ctx.deps.demoAccount();
    const note: Tr = (key, params) => t(messageLang(args, ctx), key, params);
    const valid = ctx.deps.validateSnapshot(demo.snapshot);
    if (!valid.ok) {
      ctx.io.stderr.write(
        `${note('report.demo.invalid')}\n${renderSnapshotProblems(valid.error, messageLang(args, ctx))}\n`,
      );
      return 1;
    }
    const snapshotOut = str(args, 'write-snapshot');
    if (snapshotOut) writeSnapshot(ctx.io, snapshotOut, demo, note);
    const eventsOut = str(args, 'write-events');
    if (eventsOut) writeEvents(ctx.io, eventsOut, demo, note);
    const events = parseScenarioEvents(demo, (e) => ctx.deps.parseDenial(e));
    const outcome = audit(valid.value, events.denials, {
      checks: ctx.deps.checks,
      suppressions: loadSuppressions(args, ctx.io),
      now: new Date(valid.value.provenance.takenAt),
      catalog: ctx.deps.loadCatalog(),
    });
    noteSuppressions(ctx.io, outcome, messageLang(args, ctx));
    const settings = renderSettings(args, ctx);
    const { style, format: fmt } = settings;
    const rendered = renderOutcome(outcome, {
      ...settings,
      snapshot: valid.value,
      denialsParsed: events.denials.length,
      denialsRejected: events.errors.length,
      snapshotPath: 'examples/demo-account/snapshot.json',
      title: t(settings.lang ?? DEFAULT_LANG, 'report.md.demoTitle'),
    });
    const lang = settings.lang ?? DEFAULT_LANG;
    const tr: Tr = (key, params) => t(lang, key, params);
    const verification = verifyDemo(demo.scenarios, outcome, events.owners);
    const check = verificationText(verification, events.errors, style, fmt === 'table' ? tr : note);
    const text =
      fmt === 'table'
        ? `${intro(demo, events.denials.length, ctx.deps.checks.length, style, tr)}\n${rendered.text}${alertPreview(outcome.findings, flag(args, 'alerts'), style, settings.lang)}${check}`
        : rendered.text;
    emit(ctx.io, text, str(args, 'out'), t(lang, 'report.cli.findingsCount', { count: outcome.findings.length }), lang);
    if (fmt !== 'table') ctx.io.stderr.write(check);
    const failed = verification.mismatches.length + verification.unattributed.length + events.errors.length > 0;
    return failed ? 1 : failOnExitCode(outcome.findings, str(args, 'fail-on'));
  },
};
