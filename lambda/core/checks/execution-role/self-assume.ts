/**
 * `LAA-SELF-ASSUME-ROLE`: a function's code called `sts:AssumeRole` on its own execution role and was
 * denied. The Lambda developer guide: "Lambda automatically assumes your execution role when you invoke
 * your function. You should avoid manually calling sts:AssumeRole to assume the execution role in your
 * function code. If your use case requires that the role assumes itself, you must include the role itself
 * as a trusted principal in your role's trust policy."
 * (https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html). The fix is to remove
 * the call, never "add sts:AssumeRole".
 */
import { lastSegment } from '../../arn';
import type { DeniedRequest } from '../../cloudtrail/types';
import { renderFix } from '../../fix';
import { en, lines, msg } from '../../i18n';
import type { FunctionInfo, Snapshot } from '../../snapshot/types';
import { buildFinding, notApplicable, result } from '../shared/finding';
import { DOCS } from '../shared/references';
import { awsStated, flagData, flagOf, functionsUsingRole } from '../shared/flags';
import type { Check, CheckInput, CheckResult } from '../types';

const GUIDE = 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html';

/** The function whose session made the call: same role, session named after the function when several. */
function callingFunction(snapshot: Snapshot, roleArn: string, denial: DeniedRequest): FunctionInfo | undefined {
  const users = functionsUsingRole(snapshot, roleArn);
  const session = denial.caller.sessionName;
  return users.find((f) => f.name === session) ?? (users.length === 1 ? users[0] : undefined);
}

function run(input: CheckInput): CheckResult {
  const { denial, snapshot } = input;
  const flag = flagOf(denial, 'self-assume-execution-role');
  if (!denial || !flag) return notApplicable('Not a role session assuming its own role.');
  const roleArn = flagData(flag, 'roleArn') ?? denial.caller.roleArn ?? '';
  const roleName = lastSegment(roleArn);
  const fn = callingFunction(snapshot, roleArn, denial);
  const names = { role: roleName, action: denial.action, fn: fn?.name ?? '', hasFn: fn ? 'yes' : 'no' };
  const title = msg('latent.selfAssume.title', names);
  const summary = msg('latent.selfAssume.summary', names);
  const fixSummary = msg('latent.selfAssume.fix', names);
  const guide = msg('latent.selfAssume.guide', { url: GUIDE });
  const notes = [msg('latent.selfAssume.noGrant'), msg('latent.selfAssume.trustItself')];
  const finding = buildFinding({
    check: SELF_ASSUME_ROLE,
    fn,
    principal: fn ? undefined : roleArn,
    title: en(title),
    summary: en(summary),
    action: denial.action,
    resource: roleArn,
    stated: awsStated(denial),
    details: [...flag.reasons, en(guide)],
    text: { title, summary, fixSummary, lines: lines(guide, ...notes) },
    fix: renderFix({ kind: 'config-change', summary: en(fixSummary), notes: notes.map(en) }),
    denial,
    references: [DOCS.executionRoleSelfAssume],
    cause: 'self-assume',
  });
  return result([finding]);
}

/** `LAA-SELF-ASSUME-ROLE`. */
export const SELF_ASSUME_ROLE: Check = {
  id: 'LAA-SELF-ASSUME-ROLE',
  title: 'Function code assumes its own execution role',
  topic: 'execution-role',
  category: 'execution-role',
  defaultSeverity: 'medium',
  docsUrl: GUIDE,
  fixKinds: ['config-change'],
  scope: 'event',
  run,
};
