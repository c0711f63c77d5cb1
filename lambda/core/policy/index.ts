/**
 * The IAM policy engine: parse → compile → evaluate → explain → fix.
 *
 * ```ts
 * const role = loadPolicy(doc, { type: 'identity', name: 'inline' });
 * const d = evaluate(request, { identity: [role] });
 * explain(request, d).sentence; proposeFix(request, d).statement;
 * ```
 */
import { compilePolicy } from './compile';
import type { CompiledPolicy, PolicySourceRef } from './model';
import { parsePolicy } from './parse';

export * from './model';
export { createActionCatalog, type CatalogData } from './catalog';
export { compilePolicy } from './compile';
export { evaluate } from './evaluate';
export { decisionData } from './decision';
export { explain } from './explain';
export { proposeFix } from './fix';
export { parsePolicy } from './parse';

/**
 * Parses and compiles a document in one step. Never throws; parse problems are in `parsed.problems`.
 * @param document policy object or JSON string
 * @param source where the document comes from
 */
export function loadPolicy(document: unknown, source: PolicySourceRef): CompiledPolicy {
  return compilePolicy(parsePolicy(document, source));
}
