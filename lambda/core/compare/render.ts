/**
 * Plain-text rendering of a permission comparison: deltas grouped by resource, so "A can do 12 s3
 * actions on bucket X and B cannot" reads as one block.
 */
import type { CompareResult, PermissionDelta } from './types';

function group(deltas: readonly PermissionDelta[]): Map<string, string[]> {
  const byResource = new Map<string, string[]>();
  for (const d of deltas) {
    const list = byResource.get(d.resource) ?? [];
    list.push(d.action);
    byResource.set(d.resource, list);
  }
  return byResource;
}

function block(title: string, deltas: readonly PermissionDelta[], maxActions: number): string[] {
  if (deltas.length === 0) return [`${title}: nothing.`];
  const lines = [`${title} (${deltas.length}):`];
  for (const [resource, actions] of [...group(deltas)].sort((x, y) => x[0].localeCompare(y[0]))) {
    const shown = actions.slice(0, maxActions).join(', ');
    const more = actions.length > maxActions ? ` … and ${actions.length - maxActions} more` : '';
    lines.push(`  on ${resource}: ${shown}${more}`);
  }
  return lines;
}

/** Renders a comparison for a terminal (at most `maxActions` actions listed per resource). */
export function renderComparison(r: CompareResult, maxActions = 12): string {
  return [
    `Compared ${r.a.functionName} (role ${r.a.roleArn}) with ${r.b.functionName} (role ${r.b.roleArn}).`,
    `Services: ${r.services.join(', ') || '(none)'}; ${r.evaluations} evaluations${r.truncated ? ' (TRUNCATED: raise maxEvaluations)' : ''}.`,
    ...block(`${r.a.functionName} can, ${r.b.functionName} cannot`, r.onlyA, maxActions),
    ...block(`${r.b.functionName} can, ${r.a.functionName} cannot`, r.onlyB, maxActions),
    ...r.notes.map((n) => `Note: ${n}`),
  ].join('\n');
}
