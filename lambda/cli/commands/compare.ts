/**
 * `compare`: what one function's execution role can do that another's cannot (and vice versa), over
 * the services either role's policies mention. "Compare with a working setup" from the guide.
 */
import { stableStringify } from '../../core/render/json';
import { inputError } from '../io';
import { emit } from '../output';
import {
  checkFunctions,
  format,
  formatOption,
  LANG_OPTION,
  list,
  loadSnapshot,
  messageLang,
  OUT_OPTION,
  outputLang,
  str,
  type Command,
} from './common';

/** The `compare` command. */
export const COMPARE_COMMAND: Command = {
  spec: {
    name: 'compare',
    summary: "Compare two functions' effective execution-role permissions (failing vs working).",
    options: [
      { name: 'snapshot', type: 'string', valueName: 'FILE', required: true, description: 'Snapshot JSON file.' },
      {
        name: 'service',
        type: 'string',
        valueName: 'PREFIX',
        repeatable: true,
        description: 'Compare only this service prefix (e.g. s3); default: every service either role mentions.',
      },
      formatOption(['table', 'json']),
      OUT_OPTION,
      LANG_OPTION,
    ],
    positionals: [
      { name: 'A', description: 'Function name or ARN (e.g. the failing one).', required: true },
      { name: 'B', description: 'Function name or ARN (e.g. the working one).', required: true },
    ],
    examples: ['lambda-access-auditor compare --snapshot snap.json orders-failing orders-working'],
  },
  async run(args, ctx) {
    const compare = ctx.deps.compare;
    if (!compare) throw inputError('compare is not available in this build');
    const snapshot = loadSnapshot(ctx, str(args, 'snapshot') as string);
    const [a, b] = args.positionals;
    checkFunctions(snapshot, [a, b]);
    const services = list(args, 'service');
    const result = compare(snapshot, a, b, ctx.deps.loadCatalog(), {
      services: services.length > 0 ? services : undefined,
      lang: outputLang(args, ctx),
    });
    const text = format(args) === 'json' ? `${stableStringify(result.data)}\n` : result.text;
    emit(ctx.io, text, str(args, 'out'), 'comparison', messageLang(args, ctx));
    return 0;
  },
};
