/**
 * `LAA-ROLE-SHADOWED-GRANT` (medium, account scope, one finding per role and Allow statement): an
 * Allow in an execution role that never takes effect because an explicit Deny (identity, SCP, RCP),
 * the permissions boundary, or an SCP / RCP without a matching Allow blocks it. A latent denial:
 * found before the function calls it. Each Allow is asked to the engine (evaluate) with the
 * execution-role session of a function that uses the role, for every action it names; wildcard
 * actions are expanded over the catalog and reported only when EVERY matched action is blocked
 * (a boundary narrowing `s3:*` is intended, a boundary blocking all of it is a mistake). The fix
 * targets the blocking layer (AWS policy evaluation logic:
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html).
 */
import { proposeFix } from '../../policy';
import type { Decision, PolicyType } from '../../policy/model';
import type { Finding } from '../../findings/types';
import { en, lines, msg, type MessageParams } from '../../i18n';
import type { FunctionInfo } from '../../snapshot/types';
import { canWith, executionRole, type Answer, type ExecutionRoleView } from '../shared/can';
import { buildFinding, notApplicable, result } from '../shared/finding';
import { allowGrants, expandAction, isWildcard, type Grant } from '../shared/grants';
import { renderProposal } from '../shared/proposal';
import type { Check, CheckInput, CheckResult } from '../types';
import { executionRoles } from '../shared/execution-roles';

/** Layers that can shadow an identity Allow. */
const BLOCKERS: readonly PolicyType[] = ['identity', 'permissions-boundary', 'scp', 'rcp'];
/** At most this many resources of one statement are asked (the rest share its fate in practice). */
const MAX_RESOURCES = 5;

/** True when the identity policies allow the request but the decision is a denial by another layer. */
export function isShadowed(decision: Decision): boolean {
  if (decision.decision === 'Allowed') return false;
  const identityAllows = decision.layers.some((l) => l.type === 'identity' && l.outcome !== 'no-allow');
  const allowMatched = decision.layers.some(
    (l) => l.type === 'identity' && l.matched.some((m) => m.effect === 'Allow'),
  );
  return identityAllows && allowMatched && BLOCKERS.includes(decision.decidingType ?? 'identity');
}

/** The (action, resource) questions of one grant; undefined when it cannot be swept (NotAction, NotResource). */
function questions(grant: Grant, input: CheckInput): { action: string; resource: string; wildcard: boolean }[] {
  const s = grant.statement;
  if (!s.action || !s.resource || s.notResource) return [];
  const resources = s.resource.slice(0, MAX_RESOURCES);
  return s.action.flatMap((pattern) =>
    expandAction(pattern, input.catalog).flatMap((action) =>
      resources.map((resource) => ({ action, resource, wildcard: isWildcard(pattern) })),
    ),
  );
}

/** The blocked answers of a grant: explicit actions each, wildcard ones only when all are blocked. */
export function shadowedAnswers(view: ExecutionRoleView, fn: FunctionInfo, grant: Grant, input: CheckInput): Answer[] {
  const asked = questions(grant, input).map((q) => ({ q, answer: canWith(view, fn, q.action, q.resource) }));
  const explicit = asked.filter((a) => !a.q.wildcard && isShadowed(a.answer.decision));
  const wild = asked.filter((a) => a.q.wildcard);
  const allWildBlocked = wild.length > 0 && wild.every((a) => isShadowed(a.answer.decision));
  return [...explicit, ...(allWildBlocked ? wild : [])].map((a) => a.answer);
}

/** Placeholders naming the grant (`policy "Sid"` or `policy statement #n`) and the layer blocking it. */
function names(grant: Grant, d: Decision): MessageParams {
  const sid = grant.ref.sid ?? '';
  const first = d.deciding[0];
  return {
    policy: grant.ref.policy.name,
    hasSid: sid ? 'yes' : 'no',
    sid,
    index: grant.ref.index,
    hasBlocker: first ? 'yes' : 'no',
    blocker: first?.policy.name ?? '',
    layer: String(d.decidingType),
  };
}

function finding(view: ExecutionRoleView, fns: readonly FunctionInfo[], grant: Grant, blocked: Answer[]): Finding {
  const [first] = blocked;
  const d = first.decision;
  const actions = [...new Set(blocked.map((b) => b.request.action))];
  const params = {
    ...names(grant, d),
    role: view.role.name,
    actions: actions.slice(0, 5).join(', '),
    hasMore: actions.length > 5 ? 'yes' : 'no',
    more: actions.length - 5,
    functions: fns.map((f) => f.name).join(', '),
    count: fns.length,
  };
  const title = msg('latent.shadowed.title', params);
  const summary = msg('latent.shadowed.summary', params);
  const detail = msg('latent.shadowed.blocked', { count: actions.length, actions: actions.join(', ') });
  const fix = renderProposal(proposeFix(first.request, d), {
    target: { kind: 'role', name: view.role.name },
    policyName: 'laa-fix-shadowed-grant',
    boundaryArn: view.role.permissionsBoundaryArn,
    account: view.role.accountId,
  });
  return buildFinding({
    check: SHADOWED_GRANT,
    principal: view.role.arn,
    request: first.request,
    decision: d,
    title: en(title),
    summary: en(summary),
    details: [en(detail)],
    text: { title, summary, lines: lines(detail) },
    fix,
    cause: `${grant.ref.policy.name}#${grant.ref.index}`,
  });
}

function run(input: CheckInput): CheckResult {
  const uses = executionRoles(input.snapshot);
  if (uses.length === 0) return notApplicable('No execution role of a function is in the snapshot.');
  const findings: Finding[] = [];
  const notes: string[] = [];
  for (const use of uses) {
    const fn = use.functions[0];
    const view = executionRole(input.snapshot, fn);
    if (!view) continue;
    if (view.missingBoundary) notes.push(`${view.role.name}: boundary ${view.missingBoundary} unreadable, skipped.`);
    if (view.missingBoundary) continue;
    for (const grant of allowGrants(view.policySet.identity)) {
      const blocked = shadowedAnswers(view, fn, grant, input);
      if (blocked.length > 0) findings.push(finding(view, use.functions, grant, blocked));
    }
  }
  return result(findings, notes);
}

/** `LAA-ROLE-SHADOWED-GRANT`: an execution-role Allow that a Deny, boundary or SCP/RCP blocks. */
export const SHADOWED_GRANT: Check = {
  id: 'LAA-ROLE-SHADOWED-GRANT',
  title: 'Execution role grants take effect (no Allow shadowed by a Deny, boundary or SCP/RCP)',
  topic: 'execution-role',
  category: 'execution-role',
  defaultSeverity: 'medium',
  docsUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html',
  scope: 'account',
  run,
};
