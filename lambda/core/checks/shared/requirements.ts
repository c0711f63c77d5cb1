/**
 * Requirement lists: "this feature needs these actions on these resources". Each requirement is
 * asked to the engine; denied ones are merged into one finding with one combined fix.
 */
import type { Finding, FindingFix, Severity } from '../../findings/types';
import { proposeFix } from '../../policy';
import type { ActionCatalog, CompiledPolicy, ContextValue, FixProposal, PolicyStatementJson } from '../../policy/model';
import { TYPE_NAME } from '../../policy/wording';
import { en, lines, msg, type MessageRef } from '../../i18n';
import type { FunctionInfo } from '../../snapshot/types';
import type { Check } from '../types';
import { type Answer, type ExecutionRoleView, awaitsUnseenResourcePolicy, canWith, incompleteNotes } from './can';
import { buildFinding } from './finding';
import { fixPolicyName, renderFix } from '../../fix';
import { renderProposal } from './proposal';
import { typeParams } from './describe';

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

/** A text given as English or as a catalog reference (what {@link requirementFinding} accepts). */
export type TextOrRef = string | MessageRef;

function english(text: TextOrRef): string {
  return typeof text === 'string' ? text : en(text);
}

function refsOf(texts: readonly TextOrRef[]): MessageRef[] {
  return texts.filter((x): x is MessageRef => typeof x !== 'string');
}

/** A combined fix with the catalog refs of its summary (when this module wrote it) and of its notes. */
interface CombinedFix {
  readonly fix: FindingFix;
  readonly summary?: MessageRef;
  readonly notes: readonly MessageRef[];
}

function combined(
  view: ExecutionRoleView,
  denied: readonly Answer[],
  policyName: string,
  catalog: ActionCatalog | undefined,
  extraNotes: readonly TextOrRef[],
): CombinedFix {
  const proposals: FixProposal[] = denied.map((a) => proposeFix(a.request, a.decision, catalog));
  const blocking = proposals.find((p) => p.kind !== 'add-identity-allow');
  const noteRefs = [...refsOf(extraNotes), msg('fix.propagation')];
  if (blocking) {
    const others = proposals.length > 1 ? [msg('req.fix.first', { count: proposals.length })] : [];
    const fix = renderProposal(
      blocking,
      {
        target: { kind: 'role', name: view.role.name },
        policyName,
        functionVar: 'fn',
        boundaryArn: view.role.permissionsBoundaryArn,
      },
      [...others.map(en), ...extraNotes.map(english)],
    );
    return { fix, notes: [...others, ...noteRefs] };
  }
  const statements = mergeStatements(proposals.flatMap((p) => (p.statement ? [p.statement] : []))).map(stripUndefined);
  const actions = [...new Set(denied.map((a) => a.request.action))];
  const summary = msg('req.fix.allow', { actions: actions.join(', '), role: view.role.name });
  const fix = renderFix({
    kind: 'identity-statement',
    summary: en(summary),
    target: { kind: 'role', name: view.role.name },
    policyName,
    statements,
    functionVar: 'fn',
    notes: extraNotes.map(english),
  });
  return { fix, summary, notes: noteRefs };
}

/** The combined fix for denied answers: one inline policy for missing allows, else the blocking layer. */
export function combinedFix(
  view: ExecutionRoleView,
  denied: readonly Answer[],
  policyName: string,
  catalog?: ActionCatalog,
  extraNotes: readonly TextOrRef[] = [],
): FindingFix {
  return combined(view, denied, policyName, catalog, extraNotes).fix;
}

/** The line of one denied requirement: `action on resource: implicitly denied (no … allows it)`. */
export function deniedLine(a: Answer): MessageRef {
  const { decision, decidingType } = a.decision;
  const kind = decision === 'ImplicitlyDenied' ? 'implicit' : decision === 'Allowed' ? 'allowed' : 'explicit';
  const type = decidingType ? typeParams(TYPE_NAME[decidingType], kind !== 'implicit') : { typeless: 'yes' };
  return msg('req.line', { action: a.request.action, resource: a.request.resource, kind, typeless: 'no', ...type });
}

/**
 * What {@link requirementFinding} needs. Title, summary, details and fix notes are English strings or catalog
 * references (docs/i18n.md): references are localized in alerts, strings stay English.
 */
export interface RequirementFindingInput {
  readonly check: Check;
  readonly fn: FunctionInfo;
  readonly view: ExecutionRoleView;
  readonly denied: readonly Answer[];
  readonly title: TextOrRef;
  readonly summary: TextOrRef;
  readonly severity?: Severity;
  readonly catalog?: ActionCatalog;
  /** Inline policy name for the fix (default from the first action). */
  readonly policyName?: string;
  readonly details?: readonly TextOrRef[];
  readonly fixNotes?: readonly TextOrRef[];
  /** A CDK snippet that is better than the generic one (e.g. a managed policy attachment). */
  readonly cdk?: string;
  readonly cause?: string;
}

/** One finding for all denied requirements, evidence from the first denial. */
export function requirementFinding(input: RequirementFindingInput): Finding {
  const first = input.denied[0];
  const fix = combined(
    input.view,
    input.denied,
    input.policyName ?? fixPolicyName(first.request.action),
    input.catalog,
    input.fixNotes ?? [],
  );
  const deniedRefs = input.denied.map(deniedLine);
  const details = input.details ?? [];
  const title = typeof input.title === 'string' ? undefined : input.title;
  const summary = typeof input.summary === 'string' ? undefined : input.summary;
  return buildFinding({
    check: input.check,
    fn: input.fn,
    request: first.request,
    decision: first.decision,
    title: english(input.title),
    summary: english(input.summary),
    text: {
      ...(title ? { title } : {}),
      ...(summary ? { summary } : {}),
      ...(fix.summary ? { fixSummary: fix.summary } : {}),
      lines: lines(...deniedRefs, ...refsOf(details), ...fix.notes),
    },
    severity: input.severity,
    details: [...deniedRefs.map(en), ...details.map(english)],
    fix: input.cdk && fix.fix.cli?.startsWith('aws iam put-role-policy') ? { ...fix.fix, cdk: input.cdk } : fix.fix,
    cause:
      input.cause ??
      input.denied
        .map((a) => a.request.action.toLowerCase())
        .sort()
        .join(','),
  });
}
