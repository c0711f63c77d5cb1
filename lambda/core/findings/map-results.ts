/**
 * Parsers of what a Distributed Map's result writer leaves in S3 (errors as data):
 *
 * - the run's `manifest.json`: `{DestinationBucket, MapRunArn, ResultFiles: {SUCCEEDED|FAILED|PENDING:
 *   [{Key, Size}]}}`, whose key the Map state returns as `ResultWriterDetails: {Bucket, Key}`
 *   (https://docs.aws.amazon.com/step-functions/latest/dg/input-output-resultwriter.html; field names as
 *   read by public consumers, e.g. umccr/holmes `distributed-map.ts`);
 * - one entry of a result file: a child execution with `Status`, `Input` and `Output` as JSON **strings**
 *   (transformation `NONE`, the default when exporting to S3), plus `Error`/`Cause` when it failed.
 *
 * The item processor returns an array of item results (lambda/handlers/sweep-item.ts); a failed child
 * execution's `Input` is `{"Items": [...]}` (ItemBatcher), so its items are named with the failure.
 */
import { err, ok, type Result } from '../result';
import type { OrgItemResult } from './org-digest';

/** The result files of one Map run. */
export interface MapManifest {
  readonly bucket: string;
  readonly mapRunArn?: string;
  readonly succeeded: readonly string[];
  readonly failed: readonly string[];
  readonly pending: readonly string[];
}

/** One result entry: the item results of a child execution, or the items of a failed one and why. */
export type MapResultEntry =
  | { readonly kind: 'results'; readonly results: readonly OrgItemResult[] }
  | {
      readonly kind: 'failed';
      readonly items: readonly { account: string; region: string }[];
      readonly reason: string;
    };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function keys(files: unknown, status: string): Result<string[], string> {
  if (files === undefined) return ok([]);
  if (!Array.isArray(files)) return err(`ResultFiles.${status} is not an array`);
  const out: string[] = [];
  for (const f of files) {
    if (!isObject(f) || typeof f.Key !== 'string') return err(`ResultFiles.${status} has an entry without a Key`);
    out.push(f.Key);
  }
  return ok(out);
}

/** Parses a Map run's manifest. */
export function parseManifest(json: unknown): Result<MapManifest, string> {
  if (!isObject(json) || typeof json.DestinationBucket !== 'string' || !isObject(json.ResultFiles)) {
    return err('not a result writer manifest (DestinationBucket and ResultFiles expected)');
  }
  const files = json.ResultFiles;
  const succeeded = keys(files.SUCCEEDED, 'SUCCEEDED');
  const failed = keys(files.FAILED, 'FAILED');
  const pending = keys(files.PENDING, 'PENDING');
  if (!succeeded.ok) return succeeded;
  if (!failed.ok) return failed;
  if (!pending.ok) return pending;
  return ok({
    bucket: json.DestinationBucket,
    ...(typeof json.MapRunArn === 'string' ? { mapRunArn: json.MapRunArn } : {}),
    succeeded: succeeded.value,
    failed: failed.value,
    pending: pending.value,
  });
}

function parseJsonString(raw: unknown, field: string): Result<unknown, string> {
  if (typeof raw !== 'string') return err(`${field} is not a JSON string`);
  try {
    return ok(JSON.parse(raw) as unknown);
  } catch (e) {
    return err(`${field} is not valid JSON: ${(e as Error).message}`);
  }
}

function isItemResult(v: unknown): v is OrgItemResult {
  return (
    isObject(v) &&
    typeof v.account === 'string' &&
    typeof v.region === 'string' &&
    (v.status === 'ok' || v.status === 'failed') &&
    typeof v.functions === 'number' &&
    typeof v.findings === 'number' &&
    typeof v.alerted === 'number'
  );
}

function failedEntry(entry: Record<string, unknown>): Result<MapResultEntry, string> {
  const reason =
    [entry.Error, entry.Cause].filter((s): s is string => typeof s === 'string' && s !== '').join(': ') ||
    `child execution ${String(entry.Status)}`;
  const input = parseJsonString(entry.Input, 'Input');
  const raw = input.ok && isObject(input.value) && Array.isArray(input.value.Items) ? input.value.Items : [];
  const items = raw
    .filter((i): i is Record<string, unknown> => isObject(i) && typeof i.account === 'string')
    .map((i) => ({ account: i.account as string, region: typeof i.region === 'string' ? i.region : 'unknown' }));
  return ok({ kind: 'failed', items: items.length ? items : [{ account: 'unknown', region: 'unknown' }], reason });
}

/** Parses one entry of a result file. */
export function parseResultEntry(json: unknown): Result<MapResultEntry, string> {
  if (!isObject(json) || typeof json.Status !== 'string') return err('result entry without a Status');
  if (json.Status !== 'SUCCEEDED') return failedEntry(json);
  const output = parseJsonString(json.Output, 'Output');
  if (!output.ok) return output;
  const list = output.value;
  if (!Array.isArray(list) || !list.every(isItemResult)) return err('Output is not an array of sweep item results');
  return ok({ kind: 'results', results: list });
}
