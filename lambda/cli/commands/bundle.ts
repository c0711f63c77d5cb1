/**
 * `bundle`: a Markdown support bundle for one function (everything an AWS support case asks for),
 * built from the snapshot, the findings and an optional CloudTrail denial.
 */
import type { DeniedRequest } from '../../core/cloudtrail/types';
import type { FunctionInfo } from '../../core/snapshot/types';
import { inputError } from '../io';
import { t } from '../../core/i18n';
import { emit } from '../output';
import { audit } from '../../core/audit';
import {
  auditTime,
  checkFunctions,
  list,
  loadEvents,
  LANG_OPTION,
  loadSnapshot,
  NOW_OPTION,
  OUT_OPTION,
  outputLang,
  str,
  type Command,
} from './common';

/**
 * The denials about `fn`: classified to it, made by its role, or aimed at it. A single denial given
 * on its own is taken as is (the user chose it).
 */
export function relevantDenials(denials: readonly DeniedRequest[], fn: FunctionInfo): DeniedRequest[] {
  const mine = denials.filter(
    (d) =>
      d.classification.functionArn === fn.arn ||
      d.classification.functionName === fn.name ||
      d.caller.roleArn === fn.roleArn ||
      d.resource === fn.arn ||
      d.requestParameters?.functionName === fn.name,
  );
  return mine.length > 0 || denials.length !== 1 ? mine : [...denials];
}

/** The `bundle` command. */
export const BUNDLE_COMMAND: Command = {
  spec: {
    name: 'bundle',
    summary: 'Write a Markdown support bundle for one function (for an AWS support case or a ticket).',
    description: 'Contains no environment variable values and no secrets: only what the snapshot holds.',
    options: [
      { name: 'snapshot', type: 'string', valueName: 'FILE', required: true, description: 'Snapshot JSON file.' },
      { name: 'function', type: 'string', valueName: 'NAME', required: true, description: 'Function name or ARN.' },
      {
        name: 'event',
        type: 'string',
        valueName: 'FILE',
        repeatable: true,
        description: 'CloudTrail denial(s) to include.',
      },
      OUT_OPTION,
      NOW_OPTION,
      LANG_OPTION,
    ],
    positionals: [],
    examples: [
      'lambda-access-auditor bundle --snapshot snap.json --function orders --event denial.json --out case.md',
      'lambda-access-auditor bundle --snapshot snap.json --function orders --lang ja --out case-ja.md',
    ],
  },
  async run(args, ctx) {
    const render = ctx.deps.supportBundle;
    const lang = outputLang(args, ctx);
    if (!render) throw inputError('bundle is not available in this build');
    const snapshot = loadSnapshot(ctx, str(args, 'snapshot') as string);
    const name = str(args, 'function') as string;
    checkFunctions(snapshot, [name]);
    const fn = snapshot.functions.find((f) => f.name === name || f.arn === name);
    if (!fn) throw inputError(`no function "${name}" in the snapshot`);
    const events = loadEvents(ctx, list(args, 'event'));
    const denials = relevantDenials(events.denials, fn);
    if (events.denials.length > 0 && denials.length === 0) {
      const warning = t(lang, 'report.cli.bundleNoDenial', { count: events.denials.length, name: fn.name });
      ctx.io.stderr.write(`warning: ${warning}\n`);
    }
    const outcome = audit(snapshot, denials, {
      checks: ctx.deps.checks,
      functions: [fn.arn],
      now: auditTime(args, snapshot.provenance.takenAt),
      catalog: ctx.deps.loadCatalog(),
    });
    // This function's findings, plus event findings about a deployer (they carry no function).
    const findings = outcome.findings.filter((f) => f.function?.arn === fn.arn || (!f.function && f.event));
    const text = render(snapshot, fn.arn, findings, denials[0], lang);
    emit(ctx.io, text, str(args, 'out'), 'support bundle', lang);
    return 0;
  },
};
