/**
 * `sweep`: collects a live snapshot of the account (read-only AWS calls through `lambda/aws/collect`),
 * then runs every check. Progress goes to stderr: a bar on a terminal, periodic lines otherwise.
 */
import { inputErrorMsg } from '../io';
import { t } from '../../core/i18n';
import { audit } from '../../core/audit';
import { SUPPRESSIONS_OPTION, loadSuppressions, noteSuppressions } from '../suppressions';
import { createProgress } from '../progress';
import { extraChecks, list, messageLang, report, reportOptions, str, warnPartial, type Command } from './common';

/** Exit code when the audit could not run (see main.ts). */
const EXIT_COULD_NOT_RUN = 3;

const REGION_RE = /^[a-z]{2}(-[a-z]+)+-\d$/;

/** The `sweep` command. */
export const SWEEP_COMMAND: Command = {
  spec: {
    name: 'sweep',
    summary: 'Collect a live snapshot of an account and region (read-only), then run every check.',
    description:
      'Uses the default AWS credential chain (AWS_PROFILE, SSO, environment, instance role). The principal needs\n' +
      'the read-only actions listed in lambda/aws/collect/permissions.ts. Nothing is changed in the account.',
    options: [
      {
        name: 'region',
        type: 'string',
        valueName: 'REGION',
        required: true,
        description: 'AWS region, e.g. eu-west-1.',
      },
      {
        name: 'function',
        type: 'string',
        valueName: 'NAME',
        repeatable: true,
        description: 'Collect and audit only this function.',
      },
      {
        name: 'concurrency',
        type: 'string',
        valueName: 'N',
        defaultText: "the collector's",
        description: 'Parallel reads.',
      },
      { name: 'save-snapshot', type: 'string', valueName: 'FILE', description: 'Also write the collected snapshot.' },
      ...reportOptions({ check: true }),
      SUPPRESSIONS_OPTION,
    ],
    positionals: [],
    examples: [
      'lambda-access-auditor sweep --region eu-west-1',
      'lambda-access-auditor sweep --region us-east-1 --save-snapshot snap.json --format sarif --out sweep.sarif',
    ],
  },
  async run(args, ctx) {
    const region = str(args, 'region') as string;
    if (!REGION_RE.test(region)) throw inputErrorMsg('report.cli.badRegion', { value: region });
    const rawConcurrency = str(args, 'concurrency');
    const concurrency = rawConcurrency === undefined ? undefined : Number(rawConcurrency);
    if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64)) {
      throw inputErrorMsg('report.cli.badConcurrency', { value: String(rawConcurrency) });
    }
    const only = list(args, 'function');
    const collector = await ctx.deps.collector();
    const collecting = createProgress(ctx.io.stderr, 'collect');
    const snapshot = await collector.collectAccount(region, {
      concurrency,
      onProgress: (d, t) => collecting.update(d, t),
      functionFilter: only.length > 0 ? (name) => only.includes(name) : undefined,
    });
    collecting.finish();
    const saveTo = str(args, 'save-snapshot');
    if (saveTo) {
      ctx.io.writeFile(saveTo, `${JSON.stringify(snapshot, null, 2)}\n`);
      const wrote = t(messageLang(args, ctx), 'report.cli.wroteSnapshot', {
        count: snapshot.functions.length,
        path: saveTo,
      });
      ctx.io.stderr.write(`${wrote}\n`);
    }
    warnPartial(args, ctx, snapshot);
    const listing = snapshot.provenance.failedReads.find((r) => r.api === 'lambda:ListFunctions');
    if (listing) {
      const { errorCode, message } = listing;
      ctx.io.stderr.write(
        `error: ${t(messageLang(args, ctx), 'report.cli.cannotList', { region, errorCode, message })}\n`,
      );
      return EXIT_COULD_NOT_RUN;
    }
    const checking = createProgress(ctx.io.stderr, 'checks');
    const outcome = audit(snapshot, [], {
      checks: ctx.deps.checks,
      suppressions: loadSuppressions(args, ctx.io),
      now: ctx.io.now(),
      catalog: ctx.deps.loadCatalog(),
      extraChecks: extraChecks(args, ctx.deps),
      onProgress: (d, t) => checking.update(d, t),
    });
    noteSuppressions(ctx.io, outcome, messageLang(args, ctx));
    checking.finish();
    return report(args, ctx, outcome, { snapshot, denialsParsed: 0, denialsRejected: 0, snapshotPath: saveTo });
  },
};
