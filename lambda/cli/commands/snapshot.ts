/**
 * `snapshot --validate FILE`: checks a snapshot file against the schema and prints what it holds,
 * or every problem with its JSON path.
 */
import { formatSnapshotProblems } from '../../core/snapshot/validate';
import { readJson } from '../io';
import { str, type Command } from './common';

/** The `snapshot` command. */
export const SNAPSHOT_COMMAND: Command = {
  spec: {
    name: 'snapshot',
    summary: 'Validate a snapshot file (exit code 1 when it is not valid).',
    options: [
      { name: 'validate', type: 'string', valueName: 'FILE', required: true, description: 'Snapshot file to check.' },
    ],
    positionals: [],
    examples: ['lambda-access-auditor snapshot --validate examples/demo-account/snapshot.json'],
  },
  async run(args, ctx) {
    const path = str(args, 'validate') as string;
    const result = ctx.deps.validateSnapshot(readJson(ctx.io, path, 'snapshot'));
    if (!result.ok) {
      ctx.io.stdout.write(
        `${path}: NOT VALID (${result.error.length} problems)\n${formatSnapshotProblems(result.error)}\n`,
      );
      return 1;
    }
    const s = result.value;
    const p = s.provenance;
    ctx.io.stdout.write(
      [
        `${path}: valid snapshot (schemaVersion ${s.schemaVersion})`,
        `  account ${s.account.id} (${s.account.partition}, ${s.account.region}), taken ${p.takenAt} (${p.mode}, collector ${p.collectorVersion})`,
        `  ${s.functions.length} functions, ${s.roles.length} roles, ${s.users.length} users, ${s.groups.length} groups, ${s.managedPolicies.length} managed policies, ${s.triggers.length} triggers`,
        p.partial
          ? `  PARTIAL: ${p.failedReads.length} reads failed (checks will not claim missing permissions from missing data)`
          : '  complete: no failed reads',
      ].join('\n') + '\n',
    );
    return 0;
  },
};
