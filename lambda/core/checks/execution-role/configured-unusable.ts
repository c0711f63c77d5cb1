/**
 * LAA-CONFIGURED-UNUSABLE (latent, no event needed): a resource the function's environment names (an ARN
 * or SQS queue URL in a variable's value; the collector keeps only those, by variable NAME) on which the
 * execution role may perform NONE of the actions a function typically needs (shared/typical-use.ts).
 * Evaluated with the engine against the role and, when the snapshot holds it, the resource's own policy
 * (snapshot/resource-policies.ts resourceSideFor). A role that allows some of the actions (read, not write)
 * is not knowably wrong and is never reported. Other configured resources have their own checks (DLQ and
 * destinations: LAA-ASYNC-DESTINATIONS; event sources: LAA-ESM-PERMISSIONS; KMS key: LAA-ENV-KMS-DECRYPT;
 * EFS: LAA-EFS-MOUNT; layers / image: the cross-account checks). The finding names the variable, never
 * its value (which the snapshot does not have).
 */
import { renderFix } from '../../fix';
import type { Finding } from '../../findings/types';
import { en, lines, msg } from '../../i18n';
import type { FunctionInfo, Snapshot } from '../../snapshot/types';
import { resourceSideFor } from '../../snapshot/resource-policies';
import {
  awaitsUnseenResourcePolicy,
  canWith,
  executionRole,
  undecidable,
  type Answer,
  type ExecutionRoleView,
} from '../shared/can';
import { buildFinding, notApplicable, result } from '../shared/finding';
import { typicalUse, type TypicalUse } from '../shared/typical-use';
import type { Check, CheckInput, CheckResult } from '../types';

/** The answers for every typical action on one resource, or undefined when one is undecidable. */
function answers(snapshot: Snapshot, view: ExecutionRoleView, fn: FunctionInfo, use: TypicalUse): Answer[] | undefined {
  const out: Answer[] = [];
  for (const action of use.actions) {
    const side = resourceSideFor(snapshot, { action, resourceArn: use.requestArn, principalArn: view.role.arn });
    const answer = canWith(
      view,
      fn,
      action,
      use.requestArn,
      undefined,
      side.resource ? { resourcePolicy: side.resource } : {},
    );
    if (undecidable(view, answer) || awaitsUnseenResourcePolicy(answer, side.status === 'present')) return undefined;
    out.push(answer);
  }
  return out;
}

function unusableFinding(
  fn: FunctionInfo,
  view: ExecutionRoleView,
  variable: string,
  arn: string,
  use: TypicalUse,
  first: Answer,
): Finding {
  const actions = use.actions.join(', ');
  const names = { fn: fn.name, what: use.whatRef, variable, role: view.role.name, arn, actions };
  const title = msg('latent.unusable.title', names);
  const summary = msg('latent.unusable.summary', names);
  const fixSummary = msg('latent.unusable.fix', names);
  const details = [
    msg('latent.unusable.value', { variable }),
    msg('latent.unusable.checked', { actions, arn: use.requestArn }),
  ];
  const notes = [msg('latent.unusable.typical'), msg('fix.propagation')];
  return buildFinding({
    check: CONFIGURED_UNUSABLE,
    fn,
    title: en(title),
    summary: en(summary),
    request: first.request,
    decision: first.decision,
    details: details.map(en),
    text: { title, summary, fixSummary, lines: lines(...details, ...notes) },
    fix: renderFix({
      kind: 'identity-statement',
      target: { kind: 'role', name: view.role.name },
      policyName: `use-${variable.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
      statements: [{ Effect: 'Allow', Action: [...use.actions], Resource: use.requestArn }],
      summary: en(fixSummary),
      notes: notes.map(en),
    }),
    cause: `env|${variable}|${arn}`,
  });
}

function run({ snapshot, fn }: CheckInput): CheckResult {
  if (!fn) return notApplicable('Function-scoped check without a function.');
  const named = (fn.environmentResources ?? []).map((r) => ({ ...r, use: typicalUse(r.arn) }));
  const known = named.filter((r): r is typeof r & { use: TypicalUse } => r.use !== undefined);
  if (known.length === 0)
    return notApplicable('No environment variable names a resource the auditor knows how a function uses.');
  const view = executionRole(snapshot, fn);
  if (!view) return notApplicable(`Role ${fn.roleArn} is not in the snapshot.`);
  const findings: Finding[] = [];
  const notes: string[] = [];
  for (const { variable, arn, use } of known) {
    const all = answers(snapshot, view, fn, use);
    if (!all)
      notes.push(`${variable}: undecidable (missing policies or an unseen resource policy in another account).`);
    else if (all.every((a) => a.decision.decision !== 'Allowed'))
      findings.push(unusableFinding(fn, view, variable, arn, use, all[0]));
  }
  return result(findings, notes);
}

/** `LAA-CONFIGURED-UNUSABLE`: once per function and environment variable naming an unusable resource. */
export const CONFIGURED_UNUSABLE: Check = {
  id: 'LAA-CONFIGURED-UNUSABLE',
  title: 'Resources the environment names are usable by the execution role',
  topic: 'execution-role',
  category: 'execution-role',
  defaultSeverity: 'medium',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html',
  fixKinds: ['identity-statement'],
  scope: 'function',
  run,
};
