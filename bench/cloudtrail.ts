/**
 * CloudTrail intake throughput: parse + classify (+ ignore rules) of the fixture events in
 * test/fixtures/cloudtrail, many passes, as objects (the handler's case after SQS JSON decoding) and
 * as JSON text; plus the EventBridge pattern matcher and a gzipped log file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DENIAL_EVENT_PATTERN, matchesEventPattern, parseDenial, parseLogFile } from '../lambda/core/cloudtrail';
import type { BenchResult } from './types';

const DIR = join(__dirname, '../test/fixtures/cloudtrail');

function loadTexts(): string[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'))
    .sort()
    .map((f) => readFileSync(join(DIR, f), 'utf8'));
}

/** Runs `fn` over `items` for at least `minMs` (and at least one pass); returns items per second. */
function throughput<T>(
  items: readonly T[],
  fn: (item: T) => unknown,
  minMs = 1500,
): { perSec: number; passes: number } {
  for (const item of items) fn(item); // warm-up
  let passes = 0;
  const start = process.hrtime.bigint();
  let elapsedMs = 0;
  while (elapsedMs < minMs || passes === 0) {
    for (const item of items) fn(item);
    passes++;
    elapsedMs = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return { perSec: Math.round((items.length * passes) / (elapsedMs / 1000)), passes };
}

/** Benchmark entry point used by `npm run bench`. */
export async function run(): Promise<BenchResult[]> {
  const texts = loadTexts();
  const objects = texts.flatMap((t) => {
    try {
      return [JSON.parse(t) as unknown];
    } catch {
      return [];
    }
  });
  const okCount = objects.filter((o) => parseDenial(o).ok).length;
  const asObjects = throughput(objects, (o) => parseDenial(o));
  const asText = throughput(texts, (t) => parseDenial(t));
  const pattern = throughput(objects, (o) => matchesEventPattern(DENIAL_EVENT_PATTERN, o));
  const records = objects.map((o) => (o as { detail?: unknown }).detail ?? o);
  const logFile = gzipSync(JSON.stringify({ Records: Array.from({ length: 20 }, () => records).flat() }));
  const perFile = records.length * 20;
  const log = throughput([logFile], (b) => parseLogFile(b));
  const note = `${objects.length} fixture events (${okCount} denials, the rest errors/non-failures), 1 core`;
  return [
    {
      name: 'cloudtrail: parse + classify, event objects',
      value: asObjects.perSec,
      unit: 'events/s',
      note: `${note}, ${asObjects.passes} passes`,
    },
    {
      name: 'cloudtrail: parse + classify, JSON text',
      value: asText.perSec,
      unit: 'events/s',
      note: `${texts.length} fixture files incl. truncated JSON, ${asText.passes} passes`,
    },
    {
      name: 'cloudtrail: DENIAL_EVENT_PATTERN matching',
      value: pattern.perSec,
      unit: 'events/s',
      note: `${objects.length} envelopes, ${pattern.passes} passes`,
    },
    {
      name: 'cloudtrail: gzipped log file',
      value: log.perSec * perFile,
      unit: 'records/s',
      note: `${perFile} records per file, ${logFile.length} bytes gzipped`,
    },
  ];
}
