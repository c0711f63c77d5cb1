/**
 * "Compare with a working setup": which actions / resources the execution role of function A may
 * use and that of function B may not (and vice versa), over every catalog action of the services
 * either role's policies mention, probed on every resource pattern they name. Each role's policy
 * set is compiled once (snapshot policy-set cache) and the engine answers every pair: this is the
 * path that runs millions of evaluations.
 */
import { en, msg, type MessageRef } from '../i18n';
import { evaluate } from '../policy';
import type { ActionCatalog, AuthzRequest, PolicySet, RequestPrincipal } from '../policy/model';
import { err, ok, type Result } from '../result';
import { findRole, missingManagedPolicies, policySetForRole } from '../snapshot/policy-sets';
import type { FunctionInfo, RoleInfo, Snapshot } from '../snapshot/types';
import { executionPrincipal } from '../checks/shared/principal';
import { resourcesFor, scopeOf } from './scope';
import type { CompareError, CompareOptions, CompareResult, CompareSide, PermissionDelta } from './types';

export type { CompareError, CompareOptions, CompareResult, CompareSide, PermissionDelta } from './types';

interface Side {
  readonly fn: FunctionInfo;
  readonly role: RoleInfo;
  readonly set: PolicySet;
  readonly principal: RequestPrincipal;
}

function resolve(snapshot: Snapshot, nameOrArn: string): Result<Side, CompareError> {
  const fn = snapshot.functions.find((f) => f.name === nameOrArn || f.arn === nameOrArn);
  if (!fn)
    return err({
      code: 'FUNCTION_NOT_FOUND',
      message: `Function ${nameOrArn} is not in the snapshot; list functions with --verbose or check the name.`,
    });
  const role = findRole(snapshot, fn.roleArn);
  if (!role)
    return err({
      code: 'ROLE_NOT_FOUND',
      message: `Role ${fn.roleArn} of ${fn.name} is not in the snapshot (the collector could not read it).`,
    });
  return ok({ fn, role, set: policySetForRole(snapshot, role), principal: executionPrincipal(fn, role) });
}

function side(s: Side): CompareSide {
  return { functionName: s.fn.name, functionArn: s.fn.arn, roleArn: s.role.arn };
}

function request(s: Side, action: string, resource: string): AuthzRequest {
  return { principal: s.principal, action, resource, context: { 'lambda:SourceFunctionArn': s.fn.arn } };
}

function notesFor(
  snapshot: Snapshot,
  a: Side,
  b: Side,
  openEnded: boolean,
  catalog: ActionCatalog,
  services: readonly string[],
): MessageRef[] {
  const notes: MessageRef[] = [];
  for (const s of [a, b]) {
    const missing = missingManagedPolicies(snapshot, s.role.attachedPolicies);
    if (missing.length > 0)
      notes.push(msg('report.compare.noteMissing', { role: s.role.name, policies: missing.join(', ') }));
  }
  if (openEnded) notes.push(msg('report.compare.noteOpenEnded'));
  const unknown = services.filter((svc) => catalog.actionsFor(svc).length === 0);
  if (unknown.length > 0) notes.push(msg('report.compare.noteUnknown', { services: unknown.join(', ') }));
  notes.push(msg('report.compare.noteIdentityOnly'));
  return notes;
}

/**
 * Compares the effective identity-side permissions of the execution roles of two functions.
 * @param functionA name or ARN of the first (e.g. the failing) function
 * @param functionB name or ARN of the second (e.g. the working) function
 */
export function compare(
  snapshot: Snapshot,
  functionA: string,
  functionB: string,
  catalog: ActionCatalog,
  options: CompareOptions = {},
): Result<CompareResult, CompareError> {
  const ra = resolve(snapshot, functionA);
  if (!ra.ok) return ra;
  const rb = resolve(snapshot, functionB);
  if (!rb.ok) return rb;
  const a = ra.value;
  const b = rb.value;
  const scope = scopeOf(a.set, b.set);
  const services = [...new Set((options.services ?? scope.services).map((s) => s.toLowerCase()))].sort();
  const max = options.maxEvaluations ?? 50_000_000;
  const onlyA: PermissionDelta[] = [];
  const onlyB: PermissionDelta[] = [];
  let evaluations = 0;
  let truncated = false;
  outer: for (const service of services) {
    const resources = resourcesFor(service, scope.resources);
    for (const action of catalog.actionsFor(service)) {
      for (const resource of resources) {
        if (evaluations + 2 > max) {
          truncated = true;
          break outer;
        }
        const allowA = evaluate(request(a, action, resource), a.set).decision === 'Allowed';
        const allowB = evaluate(request(b, action, resource), b.set).decision === 'Allowed';
        evaluations += 2;
        if (allowA && !allowB) onlyA.push({ action, resource });
        else if (allowB && !allowA) onlyB.push({ action, resource });
      }
    }
  }
  const notes = notesFor(snapshot, a, b, scope.openEnded, catalog, services);
  const order = (x: PermissionDelta, y: PermissionDelta): number =>
    x.action.localeCompare(y.action) || x.resource.localeCompare(y.resource);
  return ok({
    a: side(a),
    b: side(b),
    services,
    resources: scope.resources.filter((r) => r !== '*'),
    onlyA: onlyA.sort(order),
    onlyB: onlyB.sort(order),
    evaluations,
    truncated,
    notes: notes.map(en),
    text: { notes },
  });
}

export { renderComparison } from './render';
export { resourcesFor, scopeOf, type ComparisonScope } from './scope';
