/**
 * `can()`: the one way checks ask "may this function's execution role do X on Y?". It builds the
 * engine request (execution-role session principal + context) and evaluates it against the role's
 * full policy set from the snapshot (+ an optional resource policy). Never compares actions itself.
 */
import { evaluate } from '../../policy';
import type { AuthzRequest, CompiledPolicy, ContextValue, Decision, PolicySet } from '../../policy/model';
import { findRole, missingManagedPolicies, policySetForRole } from '../../snapshot/policy-sets';
import type { FunctionInfo, RoleInfo, Snapshot } from '../../snapshot/types';
import { AuditorError } from '../../errors';
import { executionPrincipal } from './principal';

/** A question and its answer. */
export interface Answer {
  readonly request: AuthzRequest;
  readonly decision: Decision;
}

/** Options of {@link can}. */
export interface CanOptions {
  /** Resource-based policy of the target (key policy, queue policy, function policy…). */
  readonly resourcePolicy?: CompiledPolicy;
  /** Add `lambda:SourceFunctionArn` = the function ARN (Lambda injects it for code and logs/X-Ray/EFS calls). */
  readonly sourceFunctionArn?: boolean;
}

/** What a check knows about a function's execution role. */
export interface ExecutionRoleView {
  readonly role: RoleInfo;
  readonly policySet: PolicySet;
  /** Attached managed policies whose document the snapshot lacks (a decision may be incomplete). */
  readonly missingPolicies: readonly string[];
  /** Permissions boundary ARN whose document the snapshot lacks. */
  readonly missingBoundary?: string;
  /** Organization of the role's account when known (`aws:PrincipalOrgID`, used by RCP / SCP perimeters). */
  readonly orgId?: string;
}

/** The execution role of `fn` with its policy set, or undefined when the role is not in the snapshot. */
export function executionRole(snapshot: Snapshot, fn: FunctionInfo): ExecutionRoleView | undefined {
  const role = findRole(snapshot, fn.roleArn);
  if (!role) return undefined;
  const boundaryArn = role.permissionsBoundaryArn;
  const boundaryKnown = !boundaryArn || snapshot.managedPolicies.some((p) => p.arn === boundaryArn && p.document);
  return {
    role,
    policySet: policySetForRole(snapshot, role),
    missingPolicies: missingManagedPolicies(snapshot, role.attachedPolicies),
    missingBoundary: boundaryKnown ? undefined : boundaryArn,
    orgId: role.accountId === snapshot.account.id ? snapshot.organization?.id : undefined,
  };
}

/** Builds the execution-role request for `action` on `resource`. */
export function executionRequest(
  fn: FunctionInfo,
  role: RoleInfo | undefined,
  action: string,
  resource: string,
  context?: Readonly<Record<string, ContextValue>>,
  sourceFunctionArn = false,
): AuthzRequest {
  // Lambda calls the function's own Region: region-restriction SCPs (`aws:RequestedRegion`) must see it.
  const merged: Record<string, ContextValue> = { 'aws:RequestedRegion': fn.region, ...(context ?? {}) };
  if (sourceFunctionArn) merged['lambda:SourceFunctionArn'] = fn.arn;
  return { principal: executionPrincipal(fn, role), action, resource, context: merged };
}

/** The question {@link can} and {@link canWith} answer: an action on a resource, with context and options. */
export type CanQuestion = [
  action: string,
  resource: string,
  context?: Readonly<Record<string, ContextValue>>,
  options?: CanOptions,
];

/**
 * Evaluates `action` on `resource` for the execution role of `fn`. Throws an {@link AuditorError}
 * when the role is not in the snapshot: callers check {@link executionRole} first.
 */
export function can(snapshot: Snapshot, fn: FunctionInfo, ...question: CanQuestion): Answer {
  const view = executionRole(snapshot, fn);
  if (!view) throw new AuditorError('ROLE_NOT_IN_SNAPSHOT', `Role ${fn.roleArn} of ${fn.name} is not in the snapshot`);
  return canWith(view, fn, ...question);
}

/** Like {@link can} with an already resolved role view (avoids repeated lookups in loops). */
export function canWith(view: ExecutionRoleView, fn: FunctionInfo, ...question: CanQuestion): Answer {
  const [action, resource, context, options = {}] = question;
  const base = executionRequest(fn, view.role, action, resource, context, options.sourceFunctionArn);
  const request = view.orgId ? { ...base, principal: { ...base.principal, orgId: view.orgId } } : base;
  const policySet = options.resourcePolicy ? { ...view.policySet, resource: options.resourcePolicy } : view.policySet;
  return { request, decision: evaluate(request, policySet) };
}

/**
 * True when the role's own policies allow the call and only the resource policy of a resource in
 * another account is missing: the snapshot cannot see that policy, so this is undecided, not denied.
 */
export function awaitsUnseenResourcePolicy(answer: Answer, resourcePolicyKnown: boolean): boolean {
  const d = answer.decision;
  return (
    !resourcePolicyKnown &&
    d.decision === 'ImplicitlyDenied' &&
    d.crossAccount &&
    d.layers.some((l) => l.type === 'identity' && l.outcome === 'allow')
  );
}

/** True when the decision lets the request through. */
export function allowed(answer: Answer): boolean {
  return answer.decision.decision === 'Allowed';
}

/**
 * Notes explaining why a denial may be an artefact of missing data (unreadable managed policies or
 * boundary). Empty when the role's policies are all known.
 */
export function incompleteNotes(view: ExecutionRoleView): string[] {
  const notes: string[] = [];
  if (view.missingPolicies.length > 0) {
    notes.push(`Could not read attached managed policies: ${view.missingPolicies.join(', ')}.`);
  }
  if (view.missingBoundary) notes.push(`Could not read permissions boundary ${view.missingBoundary}.`);
  return notes;
}

/** True when a denial from the snapshot could be wrong because part of the role's policies is missing. */
export function undecidable(view: ExecutionRoleView, answer: Answer): boolean {
  return answer.decision.decision === 'ImplicitlyDenied' && view.missingPolicies.length > 0;
}
