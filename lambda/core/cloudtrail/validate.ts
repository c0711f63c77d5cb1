/**
 * Field validation of a CloudTrail record: required strings present, optional ones strings when set,
 * structured fields of the right JSON type. Every problem names the JSON path.
 */
import { err, type Result } from '../result';
import type { CloudTrailParseError } from './types';

type Json = Record<string, unknown>;

/** The validated scalar fields of a CloudTrail record. */
export interface RecordFields {
  readonly eventID: string;
  readonly eventTime: string;
  readonly eventSource: string;
  readonly eventName: string;
  readonly awsRegion: string;
  readonly errorCode?: string;
  readonly errorMessage?: string;
  readonly sourceIPAddress?: string;
  readonly userAgent?: string;
  readonly requestID?: string;
  readonly vpcEndpointId?: string;
  readonly recipientAccountId?: string;
}

const REQUIRED = ['eventID', 'eventTime', 'eventSource', 'eventName', 'awsRegion'] as const;
const OPTIONAL = [
  'errorCode',
  'errorMessage',
  'sourceIPAddress',
  'userAgent',
  'requestID',
  'vpcEndpointId',
  'recipientAccountId',
] as const;
const IDENTITY_STRINGS = ['type', 'arn', 'accountId', 'principalId', 'accessKeyId', 'userName', 'invokedBy'] as const;
const MAX_FIELD_CHARS = 65_536;

/** Shorthand for a failed result with a parse error. */
export function fail(
  code: string,
  message: string,
  path?: string,
): { readonly ok: false; readonly error: CloudTrailParseError } {
  return err(path === undefined ? { code, message } : { code, message, path });
}

function typeName(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

function isObj(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Normalises a CloudTrail timestamp to UTC ISO-8601 (kept as-is when already `YYYY-MM-DDThh:mm:ssZ`). */
function utc(time: string): string | undefined {
  if (/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(time)) return time;
  const ms = Date.parse(time);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
}

function checkStructure(record: Json, prefix: string): CloudTrailParseError | undefined {
  const ui = record.userIdentity;
  if (ui !== undefined && ui !== null && !isObj(ui)) {
    return {
      code: 'INVALID_FIELD',
      message: `userIdentity must be an object, got ${typeName(ui)}`,
      path: `${prefix}userIdentity`,
    };
  }
  for (const k of IDENTITY_STRINGS) {
    const v = isObj(ui) ? ui[k] : undefined;
    if (v !== undefined && v !== null && typeof v !== 'string') {
      return {
        code: 'INVALID_FIELD',
        message: `userIdentity.${k} must be a string, got ${typeName(v)}`,
        path: `${prefix}userIdentity.${k}`,
      };
    }
  }
  const rp = record.requestParameters;
  if (rp !== undefined && rp !== null && !isObj(rp)) {
    return {
      code: 'INVALID_FIELD',
      message: `requestParameters must be an object or null, got ${typeName(rp)}`,
      path: `${prefix}requestParameters`,
    };
  }
  return undefined;
}

/**
 * Validates and extracts the scalar fields of a record.
 * @param prefix JSON path prefix for error messages (`detail.`, `Records[3].`, or empty)
 */
export function readRecord(record: Json, prefix: string): Result<RecordFields, CloudTrailParseError> {
  const out: Record<string, string> = {};
  for (const k of [...REQUIRED, ...OPTIONAL]) {
    const v = record[k];
    const required = (REQUIRED as readonly string[]).includes(k);
    if (v === undefined || v === null) {
      if (required) return fail('MISSING_FIELD', `${k} is missing`, `${prefix}${k}`);
      continue;
    }
    if (typeof v !== 'string')
      return fail('INVALID_FIELD', `${k} must be a string, got ${typeName(v)}`, `${prefix}${k}`);
    // errorMessage is exempt: AWS allows long messages; parse.ts truncates it with a marker instead of failing.
    if (v.length > MAX_FIELD_CHARS && k !== 'errorMessage')
      return fail('INVALID_FIELD', `${k} is longer than ${MAX_FIELD_CHARS} characters`, `${prefix}${k}`);
    out[k] = v;
  }
  const structural = checkStructure(record, prefix);
  if (structural) return { ok: false, error: structural };
  const time = utc(out.eventTime ?? '');
  if (!time)
    return fail(
      'INVALID_FIELD',
      `eventTime "${(out.eventTime ?? '').slice(0, 40)}" is not a timestamp`,
      `${prefix}eventTime`,
    );
  return { ok: true, value: { ...(out as unknown as RecordFields), eventTime: time } };
}
