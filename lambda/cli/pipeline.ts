/**
 * CloudTrail input for the commands: event files → denials (bad records returned, never thrown). The
 * analysis itself is `audit()` in `lambda/core/audit.ts`, the one entry point every caller shares.
 */
import { gunzipSync } from 'node:zlib';
import type { CloudTrailParseError, DeniedRequest } from '../core/cloudtrail/types';
import type { CliDeps } from './deps';

/** A CloudTrail input that did not yield a denial. */
export interface RejectedEvent {
  /** Which input: file name plus record index. */
  readonly source: string;
  readonly error: CloudTrailParseError;
}

/** Denials parsed from CloudTrail input. */
export interface ParsedEvents {
  readonly denials: readonly DeniedRequest[];
  readonly rejected: readonly RejectedEvent[];
}

function isGzip(buf: Buffer): boolean {
  return buf.length > 2 && buf[0] === 0x1f && buf[1] === 0x8b;
}

/**
 * Parses an event file: an EventBridge envelope or bare CloudTrail record, a JSON array of those, or a
 * CloudTrail log file (`{"Records": [...]}`, plain or gzipped). Bad records are returned, not thrown.
 */
export function parseEventFile(deps: CliDeps, content: Buffer, source: string): ParsedEvents {
  const denials: DeniedRequest[] = [];
  const rejected: RejectedEvent[] = [];
  const text = isGzip(content) ? gunzipSync(content).toString('utf8') : content.toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch (error) {
    return { denials, rejected: [{ source, error: { code: 'INVALID_JSON', message: (error as Error).message } }] };
  }
  const collect = (r: ReturnType<CliDeps['parseDenial']>, where: string): void => {
    if (r.ok) denials.push(r.value);
    else rejected.push({ source: where, error: r.error });
  };
  if (json !== null && typeof json === 'object' && Array.isArray((json as { Records?: unknown }).Records)) {
    const file = deps.parseLogFile(text);
    if (!file.ok) return { denials, rejected: [{ source, error: file.error }] };
    file.value.forEach((r, i) => collect(r, `${source} Records[${i}]`));
  } else if (Array.isArray(json)) {
    json.forEach((item, i) => collect(deps.parseDenial(item), `${source}[${i}]`));
  } else {
    collect(deps.parseDenial(json), source);
  }
  return { denials, rejected };
}
