/**
 * Intake: EventBridge envelope, bare CloudTrail record or CloudTrail log file → {@link DeniedRequest}.
 * Bad input is returned as a typed {@link CloudTrailParseError}; nothing escapes as an exception.
 */
import { gunzipSync } from 'node:zlib';
import { partitionOf } from '../arn';
import type { ActionCatalog } from '../policy/model';
import { err, ok, type Result } from '../result';
import { actionForEvent, canonicalAction, servicePrefix } from './actions';
import { classify } from './classify';
import { parseCaller } from './identity';
import { applyIgnoreRules, BUILTIN_IGNORE_RULES, type IgnoreRule } from './ignore';
import { lambdaInvalidParameterProblem, lambdaRuntimeProblem, type LambdaProblem } from './lambda-problems';
import { parseDenialMessage } from './message';
import { truncateMessage } from './message-parts';
import { isAuthorizationFailure, LAMBDA_INVALID_PARAMETER_CODE } from './pattern';
import { keptParameters, messageResourceArn } from './resources';
import { paramsResource } from './request-resource';
import { s3NotificationProblem, type S3NotificationProblem } from './s3-notification';
import { MAX_ERROR_MESSAGE_CHARS, type CloudTrailParseError, type DeniedRequest, type Unclassified } from './types';
import { fail, readRecord, type RecordFields } from './validate';

/** Default and hard cap for one event: EventBridge's payload limit (1 MiB since January 2026; it was 256 KB). */
export const MAX_EVENT_BYTES = 1_048_576;
/** Default cap for a decompressed CloudTrail log file. */
export const DEFAULT_MAX_LOG_FILE_BYTES = 128 * 1_048_576;

/** Intake options. */
export interface IntakeOptions {
  /** Ignore list, first match wins. Default {@link BUILTIN_IGNORE_RULES}; pass `[...mine, ...BUILTIN_IGNORE_RULES]` to extend it. */
  ignoreRules?: readonly IgnoreRule[];
  /** Largest event accepted, in UTF-8 bytes. @default 1 MiB (values above 1 MiB are capped); use 262144 for the legacy 256 KB limit. */
  maxEventBytes?: number;
  /** Largest (decompressed) log file accepted by `parseLogFile`, in bytes. @default 128 MiB */
  maxLogFileBytes?: number;
  /** IAM action catalog for the canonical spelling of actions. @default none: names keep their spelling (prefix lower-cased) */
  catalog?: ActionCatalog;
}

type Json = Record<string, unknown>;
type Parsed = Result<DeniedRequest, CloudTrailParseError>;
const DETAIL_TYPE = 'AWS API Call via CloudTrail';

function isObj(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function sizeLimit(options: IntakeOptions): number {
  const m = options.maxEventBytes;
  return typeof m === 'number' && m > 0 ? Math.min(m, MAX_EVENT_BYTES) : MAX_EVENT_BYTES;
}

function tooLarge(bytes: number, limit: number): CloudTrailParseError {
  return { code: 'TOO_LARGE', message: `event is ${bytes} bytes, over the ${limit}-byte limit; it was not parsed` };
}

function decode(input: unknown, limit: number): Result<unknown, CloudTrailParseError> {
  if (typeof input === 'string' || Buffer.isBuffer(input)) {
    const bytes = Buffer.byteLength(input);
    if (bytes > limit) return err(tooLarge(bytes, limit));
    try {
      return ok(JSON.parse(input.toString()));
    } catch (e) {
      return fail('INVALID_JSON', `event is not valid JSON (truncated?): ${(e as Error).message}`);
    }
  }
  if (!isObj(input))
    return fail(
      'INVALID_INPUT',
      `expected an event object or JSON string, got ${Array.isArray(input) ? 'array' : typeof input}`,
    );
  let text: string | undefined;
  try {
    text = JSON.stringify(input);
  } catch (e) {
    return fail('INVALID_INPUT', `event is not JSON-serialisable: ${(e as Error).message}`);
  }
  const bytes = Buffer.byteLength(text ?? '');
  return bytes > limit ? err(tooLarge(bytes, limit)) : ok(input);
}

/** Finds the CloudTrail record in an envelope or bare record. */
function locateRecord(
  o: Json,
): Result<{ record: Json; prefix: string; envelopeAccount?: string }, CloudTrailParseError> {
  const isEnvelope = 'detail-type' in o || 'detail' in o || ('source' in o && 'id' in o && 'version' in o);
  if (isEnvelope) {
    const dt = o['detail-type'];
    if (dt !== undefined && typeof dt !== 'string')
      return fail('INVALID_FIELD', 'detail-type must be a string', 'detail-type');
    if (dt !== undefined && dt !== DETAIL_TYPE) {
      return fail(
        'UNSUPPORTED_DETAIL_TYPE',
        `detail-type "${dt.slice(0, 100)}" is not "${DETAIL_TYPE}"`,
        'detail-type',
      );
    }
    if (o.detail === undefined || o.detail === null)
      return fail('MISSING_DETAIL', 'EventBridge envelope has no detail (the CloudTrail record)', 'detail');
    if (!isObj(o.detail)) return fail('INVALID_FIELD', 'detail must be an object (the CloudTrail record)', 'detail');
    const account = typeof o.account === 'string' ? o.account : undefined;
    return ok({ record: o.detail, prefix: 'detail.', envelopeAccount: account });
  }
  if (Array.isArray(o.Records))
    return fail('NOT_AN_EVENT', 'this is a CloudTrail log file ({"Records": [...]}); use parseLogFile');
  if ('eventSource' in o || 'eventName' in o || 'eventVersion' in o) return ok({ record: o, prefix: '' });
  return fail(
    'MISSING_DETAIL',
    'neither an EventBridge envelope (no detail) nor a CloudTrail record (no eventSource)',
    'detail',
  );
}

function partitionOfRecord(record: Json): string {
  const ui = isObj(record.userIdentity) ? record.userIdentity : {};
  return typeof ui.arn === 'string' ? partitionOf(ui.arn) : 'aws';
}

function notAFailure(f: RecordFields): CloudTrailParseError {
  return {
    code: 'NOT_AN_AUTHORIZATION_FAILURE',
    message: f.errorCode
      ? `${f.eventSource} ${f.eventName} failed with ${f.errorCode}, which is not an authorization failure`
      : `${f.eventSource} ${f.eventName} succeeded (no errorCode)`,
  };
}

function lambdaProblem(f: RecordFields): LambdaProblem | undefined {
  if (f.eventSource !== 'lambda.amazonaws.com' || !f.errorCode) return undefined;
  if (f.errorCode.toLowerCase() === LAMBDA_INVALID_PARAMETER_CODE.toLowerCase())
    return lambdaInvalidParameterProblem(f.errorMessage);
  return lambdaRuntimeProblem(f.errorCode);
}

/** Builds the request from validated fields. */
function buildRequest(
  f: RecordFields,
  record: Json,
  envelopeAccount: string | undefined,
  problem: LambdaProblem | undefined,
  notification: S3NotificationProblem | undefined,
  catalog: ActionCatalog | undefined,
): Result<Unclassified, CloudTrailParseError> {
  const caller = parseCaller(record);
  const account = f.recipientAccountId ?? envelopeAccount ?? caller.accountId;
  if (!account)
    return fail('MISSING_FIELD', 'no recipientAccountId, envelope account or caller account', 'recipientAccountId');
  const msg = parseDenialMessage(f.errorMessage, f.awsRegion);
  const params = keptParameters(isObj(record.requestParameters) ? record.requestParameters : undefined);
  const service = servicePrefix(f.eventSource);
  const partition = partitionOf(caller.arn ?? '');
  const action =
    problem?.action ??
    (msg.action ? canonicalAction(msg.action, catalog) : actionForEvent(f.eventSource, f.eventName, catalog));
  const ctx = { partition, region: f.awsRegion, account };
  const fromParams = paramsResource(action, service, params, ctx, problem, notification);
  const named = msg.resource ?? problem?.resource;
  const msgResource = named ? messageResourceArn(named, action.split(':')[0] ?? '', ctx) : undefined;
  const message = f.errorMessage === undefined ? undefined : truncateMessage(f.errorMessage, MAX_ERROR_MESSAGE_CHARS);
  const req: Unclassified = {
    eventId: f.eventID,
    eventTime: f.eventTime,
    account,
    region: f.awsRegion,
    eventSource: f.eventSource,
    eventName: f.eventName,
    caller,
    sourceIp: f.sourceIPAddress,
    userAgent: f.userAgent,
    requestId: f.requestID,
    vpcEndpointId: f.vpcEndpointId,
    errorCode: f.errorCode ?? '',
    errorMessage: message?.text,
    errorMessageTruncated: message?.truncated || undefined,
    action,
    actionSource: problem || msg.action ? 'message' : 'event',
    resource: msgResource ?? fromParams,
    resourceSource: msgResource ? 'message' : fromParams ? 'request-parameters' : undefined,
    reason: msg.reason,
    requestParameters: params,
    readOnly: typeof record.readOnly === 'boolean' ? record.readOnly : undefined,
  };
  return ok(Object.fromEntries(Object.entries(req).filter(([, v]) => v !== undefined)) as unknown as Unclassified);
}

function parseRecord(
  record: Json,
  prefix: string,
  envelopeAccount: string | undefined,
  options: IntakeOptions,
): Parsed {
  const fields = readRecord(record, prefix);
  if (!fields.ok) return fields;
  const f = fields.value;
  const problem = lambdaProblem(f);
  const rawParams = isObj(record.requestParameters) ? record.requestParameters : undefined;
  const notification = problem ? undefined : s3NotificationProblem(f, rawParams, partitionOfRecord(record));
  if (!f.errorCode || (!problem && !notification && !isAuthorizationFailure(f.errorCode, f.eventSource)))
    return err(notAFailure(f));
  const built = buildRequest(f, record, envelopeAccount, problem, notification, options.catalog);
  if (!built.ok) return built;
  const unignored: DeniedRequest = { ...built.value, classification: classify(built.value, problem, notification) };
  return ok({ ...unignored, classification: applyIgnoreRules(unignored, options.ignoreRules ?? BUILTIN_IGNORE_RULES) });
}

function guarded<T>(fn: () => Result<T, CloudTrailParseError>): Result<T, CloudTrailParseError> {
  try {
    return fn();
  } catch (e) {
    return fail('INTERNAL_ERROR', `parser fault (please report): ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * Parses an EventBridge envelope or a bare CloudTrail record (object or JSON string). Never throws.
 * @returns the classified denied request, or a typed error (`INVALID_JSON`, `MISSING_DETAIL`, `TOO_LARGE`,
 *   `INVALID_FIELD`, `MISSING_FIELD`, `NOT_AN_AUTHORIZATION_FAILURE`, `UNSUPPORTED_DETAIL_TYPE`, …)
 */
export function parseDenial(input: unknown, options: IntakeOptions = {}): Parsed {
  return guarded(() => {
    const decoded = decode(input, sizeLimit(options));
    if (!decoded.ok) return decoded;
    if (!isObj(decoded.value)) return fail('INVALID_INPUT', 'event JSON must be an object');
    const located = locateRecord(decoded.value);
    if (!located.ok) return located;
    const { record, prefix, envelopeAccount } = located.value;
    return parseRecord(record, prefix, envelopeAccount, options);
  });
}

function readLogText(input: Buffer | string, limit: number): Result<string, CloudTrailParseError> {
  if (typeof input === 'string') {
    return Buffer.byteLength(input) > limit ? err(tooLarge(Buffer.byteLength(input), limit)) : ok(input);
  }
  if (!Buffer.isBuffer(input)) return fail('INVALID_INPUT', 'expected a Buffer or a string');
  if (input.length >= 2 && input[0] === 0x1f && input[1] === 0x8b) {
    try {
      return ok(gunzipSync(input, { maxOutputLength: limit }).toString('utf8'));
    } catch (e) {
      const code = (e as { code?: string }).code;
      if (code === 'ERR_BUFFER_TOO_LARGE') return err(tooLarge(limit + 1, limit));
      return fail('INVALID_GZIP', `log file is not valid gzip: ${(e as Error).message}`);
    }
  }
  return input.length > limit ? err(tooLarge(input.length, limit)) : ok(input.toString('utf8'));
}

/**
 * Parses a CloudTrail log file (`{"Records":[...]}`), gzipped Buffer or text; one result per record
 * (successful calls come back as `NOT_AN_AUTHORIZATION_FAILURE` errors). Never throws.
 */
export function parseLogFile(
  input: Buffer | string,
  options: IntakeOptions = {},
): Result<Parsed[], CloudTrailParseError> {
  return guarded(() => {
    const text = readLogText(input, options.maxLogFileBytes ?? DEFAULT_MAX_LOG_FILE_BYTES);
    if (!text.ok) return text;
    let doc: unknown;
    try {
      doc = JSON.parse(text.value);
    } catch (e) {
      return fail('INVALID_JSON', `log file is not valid JSON (truncated?): ${(e as Error).message}`);
    }
    if (!isObj(doc) || !Array.isArray(doc.Records))
      return fail('INVALID_LOG_FILE', 'a CloudTrail log file is {"Records": [...]}', 'Records');
    return ok(
      doc.Records.map((r, i): Parsed =>
        isObj(r)
          ? guarded(() => parseRecord(r, `Records[${i}].`, undefined, options))
          : fail('INVALID_FIELD', 'record must be an object', `Records[${i}]`),
      ),
    );
  });
}
