/**
 * `snapshot --validate FILE`: checks a snapshot file against the schema and prints what it holds,
 * or every problem with its JSON path.
 */
import { renderSnapshotProblems } from '../../core/render/snapshot-problems';
import { readJson } from '../io';
import { t } from '../../core/i18n';
import { LANG_OPTION, outputLang, str, type Command } from './common';

/** The `snapshot` command. */
export const SNAPSHOT_COMMAND: Command = {
  spec: {
    name: 'snapshot',
    summary: 'Validate a snapshot file (exit code 1 when it is not valid).',
    options: [
      { name: 'validate', type: 'string', valueName: 'FILE', required: true, description: 'Snapshot file to check.' },
      LANG_OPTION,
    ],
    positionals: [],
    examples: ['lambda-access-auditor snapshot --validate examples/demo-account/snapshot.json'],
  },
  async run(args, ctx) {
    const path = str(args, 'validate') as string;
    const result = ctx.deps.validateSnapshot(readJson(ctx.io, path, 'snapshot'));
    const lang = outputLang(args, ctx);
    if (!result.ok) {
      const head = t(lang, 'report.snapshot.invalid', { path, count: result.error.length });
      ctx.io.stdout.write(`${head}\n${renderSnapshotProblems(result.error, lang)}\n`);
      return 1;
    }
    const s = result.value;
    const p = s.provenance;
    const lines = [
      t(lang, 'report.snapshot.valid', { path, version: s.schemaVersion }),
      t(lang, 'report.snapshot.account', {
        account: s.account.id,
        partition: s.account.partition,
        region: s.account.region,
        takenAt: p.takenAt,
        mode: p.mode,
        collector: p.collectorVersion,
      }),
      t(lang, 'report.snapshot.counts', {
        functions: s.functions.length,
        roles: s.roles.length,
        users: s.users.length,
        groups: s.groups.length,
        policies: s.managedPolicies.length,
        triggers: s.triggers.length,
      }),
      p.partial
        ? t(lang, 'report.snapshot.partial', { count: p.failedReads.length })
        : t(lang, 'report.snapshot.complete'),
    ];
    ctx.io.stdout.write(`${lines.map((line, i) => (i === 0 ? line : `  ${line}`)).join('\n')}\n`);
    return 0;
  },
};
