/**
 * Progress on stderr: a redrawn bar on a terminal, plain periodic lines otherwise (CI logs).
 */
import type { OutStream } from './io';

/** Receives `(done, total)` updates; `finish()` ends the line. */
export interface Progress {
  update(done: number, total: number): void;
  finish(): void;
}

const BAR_WIDTH = 28;

/** A bar like `collect [██████░░░░░░] 50% 250/500`. */
export function progressBar(label: string, done: number, total: number): string {
  const ratio = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(ratio * BAR_WIDTH);
  return `${label} [${'█'.repeat(filled)}${'░'.repeat(BAR_WIDTH - filled)}] ${Math.floor(ratio * 100)
    .toString()
    .padStart(3)}% ${done}/${total}`;
}

/**
 * Creates a progress reporter for `stream`. On a TTY the bar is redrawn in place when the percentage
 * changes; otherwise a line is written at every `step` percent (default 10) and at the end.
 */
export function createProgress(stream: OutStream, label: string, step = 10): Progress {
  let lastPercent = -1;
  let lastBucket = -1;
  let drawn = false;
  let last: { done: number; total: number } | undefined;
  let lastWritten = -1;
  const line = (done: number, total: number, percent: number): void => {
    stream.write(`${label}: ${done}/${total} (${percent}%)\n`);
    lastWritten = done;
  };
  const percentOf = (done: number, total: number): number =>
    total > 0 ? Math.floor((Math.min(done, total) / total) * 100) : 100;
  return {
    update(done, total) {
      const percent = percentOf(done, total);
      if (stream.isTTY) {
        if (percent === lastPercent && done !== total) return;
        lastPercent = percent;
        stream.write(`\r${progressBar(label, done, total)}`);
        drawn = true;
        return;
      }
      last = { done, total };
      const bucket = Math.floor(percent / step);
      if (bucket === lastBucket) return;
      lastBucket = bucket;
      line(done, total, percent);
    },
    finish() {
      if (stream.isTTY) {
        if (drawn) stream.write('\n');
      } else if (last && lastWritten !== last.done) {
        line(last.done, last.total, percentOf(last.done, last.total));
      }
    },
  };
}
