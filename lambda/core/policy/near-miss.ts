/**
 * Near misses for implicit denies: Allow statements of the deciding layer that failed on few elements
 * (right action but other resource, right resource but other action, or only a condition), so a human
 * sees what almost granted the request. Computed only when read.
 */
import { actionMatches, type CompiledStatement } from './compile';
import type { LayerEval } from './layers';
import type { MatchElement, NearMiss } from './model';
import { principalVia, resourceMatches, type EvalInput } from './scan';

const WEIGHT: Record<MatchElement, number> = { condition: 1, resource: 2, principal: 3, action: 4 };
const MAX_NEAR_MISSES = 5;

function list(values: readonly string[]): string {
  const shown = values.slice(0, 5).join(', ');
  return values.length > 5 ? `${shown}, … (${values.length} in all)` : shown;
}

function actionDetail(s: CompiledStatement, input: EvalInput): string {
  const p = s.parsed;
  return s.notAction
    ? `action ${input.requestedAction} is excluded by NotAction [${list(p.notAction ?? [])}]`
    : `action ${input.requestedAction} is not matched by Action [${list(p.action ?? [])}]`;
}

function resourceDetail(s: CompiledStatement, input: EvalInput): string {
  const p = s.parsed;
  return s.notResource
    ? `resource ${input.resource} is excluded by NotResource [${list(p.notResource ?? [])}]`
    : `resource ${input.resource} does not match Resource [${list(p.resource ?? [])}]`;
}

function conditionDetails(s: CompiledStatement, input: EvalInput): string[] {
  const out: string[] = [];
  for (const c of s.conditions) {
    if (c.test(input.ctx)) continue;
    const e = c.entry;
    const actual = input.ctx.get(e.key);
    const has = actual === undefined ? `the request has no ${e.key}` : `the request has ${e.key} = [${list(actual)}]`;
    out.push(`condition ${e.operator} ${e.key} [${list(e.values)}] is not met: ${has}`);
  }
  return out;
}

/**
 * Whether a statement that does not match the action still talks about the request's service (an
 * `Action` pattern with the same service prefix, or a `NotAction` that names the action). A statement
 * about other services only (e.g. `logs:*` on `*` for an `sqs:` request) is not a near miss.
 */
function sameService(s: CompiledStatement, input: EvalInput): boolean {
  if (s.notAction) return true;
  return (s.parsed.action ?? []).some((a) => {
    const prefix = a.slice(0, Math.max(a.indexOf(':'), 0)).toLowerCase();
    return prefix === input.service || prefix === '*' || a === '*';
  });
}

/** Tests one statement element by element. */
function missOf(s: CompiledStatement, input: EvalInput): NearMiss | undefined {
  const failed: MatchElement[] = [];
  const details: string[] = [];
  if (!actionMatches(s, input.action)) {
    if (!sameService(s, input)) return undefined;
    failed.push('action');
    details.push(actionDetail(s, input));
  }
  if (!resourceMatches(s, input)) {
    failed.push('resource');
    details.push(resourceDetail(s, input));
  }
  if (failed.length === 2) return undefined; // neither action nor resource: not a near miss
  if (principalVia(s, input) === 'none') {
    failed.push('principal');
    details.push(`principal ${input.principal.arn} is not named by ${s.principal ? 'Principal' : 'NotPrincipal'}`);
  }
  const conds = conditionDetails(s, input);
  if (conds.length > 0) {
    failed.push('condition');
    details.push(...conds);
  }
  if (failed.length === 0) return undefined;
  return { statement: s.ref, failed, detail: details.join('; ') };
}

const score = (m: NearMiss): number => m.failed.reduce((n, f) => n + WEIGHT[f] * 10, m.failed.length * 100);

/**
 * Near misses of the layer that lacked an Allow, best first (fewest failed elements; a failed
 * condition is closer than a failed resource, which is closer than a failed action).
 * @param layer the layer whose missing Allow decided
 * @param input request facts
 */
export function findNearMisses(layer: LayerEval, input: EvalInput): NearMiss[] {
  const out: NearMiss[] = [];
  for (const p of layer.policies) {
    for (const s of p.statements) {
      if (!s.allow) continue;
      const m = missOf(s, input);
      if (m) out.push(m);
    }
  }
  return out
    .map((m, i) => ({ m, i, k: score(m) }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .slice(0, MAX_NEAR_MISSES)
    .map((x) => x.m);
}
