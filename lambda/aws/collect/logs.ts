/**
 * Function log lines around a denial (`FilterLogEvents`), bounded in lines, bytes and pages, with
 * every known environment variable value redacted.
 */
import { FilterLogEventsCommand, type CloudWatchLogsClient } from '@aws-sdk/client-cloudwatch-logs';
import type { LogExcerpt } from '../../core/snapshot/types';
import type { CollectContext } from './context';

/** Bounds of one excerpt. */
export interface ExcerptLimits {
  /** Window on each side of the denial time (default 120 s). */
  readonly windowSeconds: number;
  readonly maxLines: number;
  readonly maxBytes: number;
  readonly maxLineChars: number;
  readonly maxPages: number;
}

/** Default bounds: 100 lines, 32 KiB, 2,000 characters per line, 5 pages, ±2 minutes. */
export const DEFAULT_EXCERPT_LIMITS: ExcerptLimits = {
  windowSeconds: 120,
  maxLines: 100,
  maxBytes: 32_768,
  maxLineChars: 2_000,
  maxPages: 5,
};

/** Shortest environment value that is redacted (shorter ones cannot be told apart from ordinary text). */
export const MIN_REDACTED_LENGTH = 4;

/** Replaces every occurrence of each secret value with `[REDACTED]`, longest first. */
export function redact(text: string, values: readonly string[]): string {
  let out = text;
  const sorted = [...new Set(values)]
    .filter((v) => v.length >= MIN_REDACTED_LENGTH)
    .sort((a, b) => b.length - a.length);
  for (const value of sorted) out = out.split(value).join('[REDACTED]');
  return out;
}

/** Reads a bounded, redacted excerpt of the function's log group around `at`. */
export async function readLogExcerpt(
  ctx: CollectContext,
  logs: CloudWatchLogsClient,
  o: {
    functionArn: string;
    logGroup: string;
    at: Date;
    redactValues: readonly string[];
    limits?: Partial<ExcerptLimits>;
  },
): Promise<LogExcerpt | undefined> {
  const limits = { ...DEFAULT_EXCERPT_LIMITS, ...o.limits };
  const startTime = o.at.getTime() - limits.windowSeconds * 1000;
  const endTime = o.at.getTime() + limits.windowSeconds * 1000;
  const lines: { timestamp: string; message: string }[] = [];
  let bytes = 0;
  let truncated = false;
  let nextToken: string | undefined;
  let read = false;
  for (let page = 0; page < limits.maxPages; page++) {
    const res = await ctx.send(
      'logs:FilterLogEvents',
      o.logGroup,
      () =>
        logs.send(
          new FilterLogEventsCommand({
            logGroupName: o.logGroup,
            startTime,
            endTime,
            limit: limits.maxLines,
            nextToken,
          }),
        ),
      { absentOn: ['ResourceNotFoundException'] },
    );
    if (!res.ok) break;
    read = true;
    for (const e of res.value.events ?? []) {
      let message = redact(e.message ?? '', o.redactValues).replace(/\s+$/, '');
      if (message.length > limits.maxLineChars) message = `${message.slice(0, limits.maxLineChars)}…`;
      const size = Buffer.byteLength(message, 'utf8');
      if (lines.length >= limits.maxLines || bytes + size > limits.maxBytes) {
        truncated = true;
        break;
      }
      bytes += size;
      lines.push({ timestamp: new Date(e.timestamp ?? 0).toISOString(), message });
    }
    nextToken = res.value.nextToken;
    if (truncated || !nextToken) break;
    if (page === limits.maxPages - 1) truncated = true;
  }
  if (!read) return undefined;
  return {
    functionArn: o.functionArn,
    logGroup: o.logGroup,
    from: new Date(startTime).toISOString(),
    to: new Date(endTime).toISOString(),
    lines,
    truncated,
  };
}
