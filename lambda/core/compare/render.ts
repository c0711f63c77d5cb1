/**
 * Plain-text rendering of a permission comparison: deltas grouped by resource, so "A can do 12 s3
 * actions on bucket X and B cannot" reads as one block. Words come from the catalog (`report.compare.*`) in
 * the reader's language; function names, role ARNs, actions and resources stay verbatim.
 */
import { DEFAULT_LANG, t, type Lang, type MessageKey, type MessageParams } from '../i18n';
import type { CompareResult, PermissionDelta } from './types';

type Tr = (key: MessageKey, params?: MessageParams) => string;

function group(deltas: readonly PermissionDelta[]): Map<string, string[]> {
  const byResource = new Map<string, string[]>();
  for (const d of deltas) {
    const list = byResource.get(d.resource) ?? [];
    list.push(d.action);
    byResource.set(d.resource, list);
  }
  return byResource;
}

function block(tr: Tr, title: string, deltas: readonly PermissionDelta[], maxActions: number): string[] {
  if (deltas.length === 0) return [tr('report.compare.nothing', { title })];
  const lines = [tr('report.compare.count', { title, count: deltas.length })];
  for (const [resource, actions] of [...group(deltas)].sort((x, y) => x[0].localeCompare(y[0]))) {
    const shown = actions.slice(0, maxActions).join(', ');
    const more = actions.length > maxActions ? tr('report.compare.more', { count: actions.length - maxActions }) : '';
    lines.push(`  ${tr('report.compare.on', { resource, actions: shown, more })}`);
  }
  return lines;
}

/**
 * Renders a comparison for a terminal.
 * @param r the comparison
 * @param maxActions actions listed per resource at most
 * @param lang language of the words (English by default; notes without catalog references stay as given)
 */
export function renderComparison(r: CompareResult, maxActions = 12, lang: Lang = DEFAULT_LANG): string {
  const tr: Tr = (key, params) => t(lang, key, params);
  const notes = r.text?.notes.map((ref) => tr(ref.key, ref.params)) ?? r.notes;
  const services = r.services.join(', ') || tr('report.compare.noServices');
  const truncated = r.truncated ? tr('report.compare.truncated') : '';
  const onlyA = tr('report.compare.canCannot', { yes: r.a.functionName, no: r.b.functionName });
  const onlyB = tr('report.compare.canCannot', { yes: r.b.functionName, no: r.a.functionName });
  return [
    tr('report.compare.heading', { a: r.a.functionName, roleA: r.a.roleArn, b: r.b.functionName, roleB: r.b.roleArn }),
    tr('report.compare.services', { services, count: r.evaluations, truncated }),
    ...block(tr, onlyA, r.onlyA, maxActions),
    ...block(tr, onlyB, r.onlyB, maxActions),
    ...notes.map((note) => tr('report.compare.note', { note })),
  ].join('\n');
}
