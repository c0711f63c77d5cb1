/**
 * Reads a Distributed Map run's results from S3 (client injected): the manifest, then each result file
 * streamed entry by entry ({@link JsonElementSplitter}), so memory is bounded by one entry, never a file or
 * the organization. Parsing is lambda/core/findings/map-results.ts; errors are returned as data.
 */
import { GetObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { parseManifest, parseResultEntry, type MapManifest, type MapResultEntry } from '../core/findings/map-results';
import { JsonElementSplitter } from '../core/json-elements';
import { err, type Result } from '../core/result';

/** The manifest at `bucket`/`key`. SDK errors propagate (nothing to digest without it). */
export async function readManifest(s3: S3Client, bucket: string, key: string): Promise<Result<MapManifest, string>> {
  const out = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
  const text = (await out.Body?.transformToString('utf-8')) ?? '';
  try {
    return parseManifest(JSON.parse(text) as unknown);
  } catch (e) {
    return err(`manifest ${key} is not JSON: ${(e as Error).message}`);
  }
}

function parseElement(raw: string): Result<MapResultEntry, string> {
  try {
    return parseResultEntry(JSON.parse(raw) as unknown);
  } catch (e) {
    return err(`entry is not JSON: ${(e as Error).message}`);
  }
}

/**
 * The entries of one result file, streamed. A malformed entry is yielded as an error and reading goes on;
 * a read failure or truncated file ends the file with one error.
 */
export async function* readResultEntries(
  s3: S3Client,
  bucket: string,
  key: string,
): AsyncGenerator<Result<MapResultEntry, string>> {
  const splitter = new JsonElementSplitter();
  const decoder = new TextDecoder('utf-8');
  let body: AsyncIterable<Uint8Array>;
  try {
    const out = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    body = out.Body as unknown as AsyncIterable<Uint8Array>;
    if (!body || typeof body[Symbol.asyncIterator] !== 'function') throw new Error('no readable body');
  } catch (e) {
    yield err(`${key}: ${(e as Error).name}: ${(e as Error).message}`);
    return;
  }
  try {
    for await (const chunk of body) {
      for (const raw of splitter.push(decoder.decode(chunk, { stream: true }))) yield parseElement(raw);
    }
  } catch (e) {
    yield err(`${key}: read failed: ${(e as Error).message}`);
    return;
  }
  const rest = splitter.end();
  if (!rest.ok) yield err(`${key}: ${rest.error}`);
  else for (const raw of rest.value) yield parseElement(raw);
}

/**
 * The newest `manifest.json` under `prefix` written at or after `since` (paginated ListObjectsV2), for a
 * Map run that failed: its state output (and so the manifest key) is replaced by the error.
 */
export async function findManifestSince(
  s3: S3Client,
  bucket: string,
  prefix: string,
  since: Date,
): Promise<string | undefined> {
  let token: string | undefined;
  let best: { key: string; at: number } | undefined;
  do {
    const page = await s3.send(
      new ListObjectsV2Command({ Bucket: bucket, Prefix: `${prefix}/`, ContinuationToken: token }),
    );
    for (const o of page.Contents ?? []) {
      const at = o.LastModified?.getTime() ?? 0;
      if (o.Key?.endsWith('/manifest.json') && at >= since.getTime() && (!best || at > best.at)) {
        best = { key: o.Key, at };
      }
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return best?.key;
}
