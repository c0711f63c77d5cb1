/**
 * Requirement lists: "this feature needs these actions on these resources". Each requirement is
 * asked to the engine; denied ones are merged into one finding with one combined fix.
 */
import type { Finding, FindingFix, Severity } from '../../findings/types';
import { proposeFix } from '../../policy';
import type { ActionCatalog, CompiledPolicy, ContextValue, FixProposal, PolicyStatementJson } from '../../policy/model';
import { decisionText } from '../../policy/wording';
import type { FunctionInfo } from '../../snapshot/types';
import type { Check } from '../types';
import { type Answer, type ExecutionRoleView, awaitsUnseenResourcePolicy, canWith, incompleteNotes } from './can';
import { buildFinding } from './finding';
import { fixPolicyName, renderFix } from '../../fix';
import { renderProposal } from './proposal';

/** One permission a feature needs. */
export interface Requirement {
  readonly action: string;
  readonly resource: string;
  readonly context?: Readonly<Record<string, ContextValue>>;
  /** Lambda injects `lambda:SourceFunctionArn` for this call. */
  readonly sourceFunctionArn?: boolean;
  readonly resourcePolicy?: CompiledPolicy;
}

/** Outcome of a requirement list. */
export interface RequirementOutcome {
  readonly denied: readonly Answer[];
  /** True when a denial may be caused by unreadable managed policies only (no explicit deny). */
  readonly undecided: boolean;
  readonly notes: readonly string[];
}

function ask(view: ExecutionRoleView, fn: FunctionInfo, r: Requirement): Answer {
  return canWith(view, fn, r.action, r.resource, r.context, {
    sourceFunctionArn: r.sourceFunctionArn,
    resourcePolicy: r.resourcePolicy,
  });
}

/** Evaluates every requirement for the execution role of `fn`. */
export function checkRequirements(
  view: ExecutionRoleView,
  fn: FunctionInfo,
  reqs: readonly Requirement[],
): RequirementOutcome {
  const unseen: string[] = [];
  const denied = reqs
    .map((r) => ({ r, a: ask(view, fn, r) }))
    .filter(
      ({ r, a }) => !keyPolicyNote(r, a, unseen) && a.decision.decision !== 'Allowed' && !unseenNote(r, a, unseen),
    )
    .map(({ a }) => a);
  return outcome(view, denied, unseen);
}

/** Records (and returns true for) a denial that only waits on another account's unseen resource policy. */
function unseenNote(r: Requirement, a: Answer, notes: string[]): boolean {
  if (!awaitsUnseenResourcePolicy(a, r.resourcePolicy !== undefined)) return false;
  notes.push(
    `Undecided: ${r.action} on ${r.resource} also needs that account's resource policy, which is not in the snapshot.`,
  );
  return true;
}

/**
 * Records (and returns true for) an Allowed that holds only if a KMS key policy the snapshot could not read
 * allows too (`Decision.requires`): such an answer is reported, not passed silently.
 */
function keyPolicyNote(r: Requirement, a: Answer, notes: string[]): boolean {
  if (a.decision.decision !== 'Allowed' || !a.decision.requires?.includes('key-policy')) return false;
  notes.push(
    `${r.action} on ${r.resource}: the role's policies allow it, but the key policy could not be read, so a Deny there is not ruled out.`,
  );
  return true;
}

/**
 * Evaluates groups of alternatives (e.g. `kafka:DescribeClusterV2` OR `kafka:DescribeCluster`): a
 * group is denied when every alternative is; its first alternative's answer is reported.
 */
export function checkGroups(
  view: ExecutionRoleView,
  fn: FunctionInfo,
  groups: readonly { readonly alternatives: readonly Requirement[] }[],
): RequirementOutcome {
  const denied: Answer[] = [];
  const unseen: string[] = [];
  for (const group of groups) {
    const answers = group.alternatives.map((r) => ask(view, fn, r));
    answers.forEach((a, i) => keyPolicyNote(group.alternatives[i], a, unseen));
    const open = answers.some((a, i) => unseenNote(group.alternatives[i], a, unseen));
    if (answers.length > 0 && !open && answers.every((a) => a.decision.decision !== 'Allowed')) denied.push(answers[0]);
  }
  return outcome(view, denied, unseen);
}

function outcome(
  view: ExecutionRoleView,
  denied: readonly Answer[],
  unseen: readonly string[] = [],
): RequirementOutcome {
  const incomplete = incompleteNotes(view);
  const undecided =
    denied.length > 0 &&
    view.missingPolicies.length > 0 &&
    denied.every((a) => a.decision.decision === 'ImplicitlyDenied');
  const notes = undecided
    ? [...incomplete, ...unseen, 'Undecided: the missing policies may grant these actions, so no finding is reported.']
    : [...incomplete, ...unseen];
  return { denied: undecided ? [] : denied, undecided, notes };
}

function mergeStatements(statements: readonly PolicyStatementJson[]): PolicyStatementJson[] {
  const byKey = new Map<string, { actions: string[]; statement: PolicyStatementJson }>();
  for (const s of statements) {
    const key = JSON.stringify([s.Resource, s.Condition ?? null]);
    const actions = typeof s.Action === 'string' ? [s.Action] : [...s.Action];
    const hit = byKey.get(key);
    if (hit) hit.actions.push(...actions.filter((a) => !hit.actions.includes(a)));
    else byKey.set(key, { actions, statement: s });
  }
  return [...byKey.values()].map(({ actions, statement }) => ({
    ...statement,
    Sid: undefined,
    Action: actions.length === 1 ? actions[0] : actions,
  }));
}

function stripUndefined(s: PolicyStatementJson): PolicyStatementJson {
  return JSON.parse(JSON.stringify(s)) as PolicyStatementJson;
}

/** The combined fix for denied answers: one inline policy for missing allows, else the blocking layer. */
export function combinedFix(
  view: ExecutionRoleView,
  denied: readonly Answer[],
  policyName: string,
  catalog?: ActionCatalog,
  extraNotes: readonly string[] = [],
): FindingFix {
  const proposals: FixProposal[] = denied.map((a) => proposeFix(a.request, a.decision, catalog));
  const blocking = proposals.find((p) => p.kind !== 'add-identity-allow');
  if (blocking) {
    const others = proposals.length > 1 ? [`${proposals.length} required actions are denied; fix this one first.`] : [];
    return renderProposal(
      blocking,
      {
        target: { kind: 'role', name: view.role.name },
        policyName,
        functionVar: 'fn',
        boundaryArn: view.role.permissionsBoundaryArn,
      },
      [...others, ...extraNotes],
    );
  }
  const statements = mergeStatements(proposals.flatMap((p) => (p.statement ? [p.statement] : []))).map(stripUndefined);
  const actions = [...new Set(denied.map((a) => a.request.action))];
  return renderFix({
    kind: 'identity-statement',
    summary: `Allow ${actions.join(', ')} for role ${view.role.name} (inline policy).`,
    target: { kind: 'role', name: view.role.name },
    policyName,
    statements,
    functionVar: 'fn',
    notes: extraNotes,
  });
}

/** What {@link requirementFinding} needs. */
export interface RequirementFindingInput {
  readonly check: Check;
  readonly fn: FunctionInfo;
  readonly view: ExecutionRoleView;
  readonly denied: readonly Answer[];
  readonly title: string;
  readonly summary: string;
  readonly severity?: Severity;
  readonly catalog?: ActionCatalog;
  /** Inline policy name for the fix (default from the first action). */
  readonly policyName?: string;
  readonly details?: readonly string[];
  readonly fixNotes?: readonly string[];
  /** A CDK snippet that is better than the generic one (e.g. a managed policy attachment). */
  readonly cdk?: string;
  readonly cause?: string;
}

/** One finding for all denied requirements, evidence from the first denial. */
export function requirementFinding(input: RequirementFindingInput): Finding {
  const first = input.denied[0];
  const fix = combinedFix(
    input.view,
    input.denied,
    input.policyName ?? fixPolicyName(first.request.action),
    input.catalog,
    input.fixNotes,
  );
  const lines = input.denied.map(
    (a) =>
      `${a.request.action} on ${a.request.resource}: ${decisionText(a.decision.decision, a.decision.decidingType)}`,
  );
  return buildFinding({
    check: input.check,
    fn: input.fn,
    request: first.request,
    decision: first.decision,
    title: input.title,
    summary: input.summary,
    severity: input.severity,
    details: [...lines, ...(input.details ?? [])],
    fix: input.cdk && fix.cli?.startsWith('aws iam put-role-policy') ? { ...fix, cdk: input.cdk } : fix,
    cause:
      input.cause ??
      input.denied
        .map((a) => a.request.action.toLowerCase())
        .sort()
        .join(','),
  });
}
