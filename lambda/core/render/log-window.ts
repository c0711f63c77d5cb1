/** The function's log lines around a denial, for the support bundle (support-bundle.ts). */
import { DEFAULT_LANG, t as tr, type Lang } from '../i18n';
import type { LogExcerpt } from '../snapshot/types';

/** Log lines kept on each side of the denial. */
export const LOG_WINDOW_MS = 5 * 60_000;
/** Most log lines printed. */
export const MAX_LOG_LINES = 60;

/** Index of the line nearest to `t` (the denial), or -1 when there are none. */
function closestIndex(lines: readonly { readonly timestamp: string }[], t: number): number {
  let best = -1;
  let gap = Infinity;
  lines.forEach((l, i) => {
    const d = Math.abs(Date.parse(l.timestamp) - t);
    if (d < gap) {
      gap = d;
      best = i;
    }
  });
  return best;
}

/**
 * The log lines of the function around `at` (± {@link LOG_WINDOW_MS}), or the last ones without a time, and
 * where they come from (in `lang`).
 */
export function logLinesAround(
  excerpts: readonly LogExcerpt[],
  fnArn: string,
  at?: string,
  lang: Lang = DEFAULT_LANG,
): { lines: string[]; source?: string } {
  const mine = excerpts.filter((e) => e.functionArn === fnArn);
  if (mine.length === 0) return { lines: [] };
  const t = at ? Date.parse(at) : undefined;
  const all = mine.flatMap((e) => e.lines).sort((a, b) => a.timestamp.localeCompare(b.timestamp));
  const near = t === undefined ? all : all.filter((l) => Math.abs(Date.parse(l.timestamp) - t) <= LOG_WINDOW_MS);
  const kept = near.slice(-MAX_LOG_LINES);
  const closest = t === undefined ? -1 : closestIndex(kept, t);
  const lines = kept.map(
    (l, i) => `${i === closest ? '>>' : '  '} ${l.timestamp} ${l.message.replace(/```/g, "'''").trimEnd()}`,
  );
  return {
    lines,
    source: mine
      .map((e) => {
        const truncated = e.truncated ? tr(lang, 'report.case.truncated') : '';
        return tr(lang, 'report.case.logSource', { group: e.logGroup, from: e.from, to: e.to, truncated });
      })
      .join('; '),
  };
}
