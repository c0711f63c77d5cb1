/**
 * Cost of the organization digest (lambda/handlers/sweep-digest.ts): the real handler aggregates a Map run
 * of FILES result files (each one child execution's array of ITEMS_PER_FILE item results with their top
 * findings) served by an in-memory S3 that builds each file when it is read and streams it in 64 KiB
 * chunks, then renders and "publishes" the digest. Reports wall time and the peak heap above the baseline,
 * next to the bytes read, to show that memory stays bounded by one entry, not the run.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import type { SNSClient } from '@aws-sdk/client-sns';
import type { OrgItemResult } from '../../lambda/core/findings/org-digest';
import { configEnvironment, readConfig } from '../../lambda/handlers/config';
import { runSweepDigest } from '../../lambda/handlers/sweep-digest';

const BUCKET = 'bench-results';
const CHUNK = 64 * 1024;

function item(file: number, i: number): OrgItemResult {
  const account = String(100_000_000_000 + file);
  const region = ['us-east-1', 'eu-west-1', 'ap-southeast-2', 'eu-central-1'][i % 4] as string;
  return {
    account,
    region,
    shard: 0,
    status: (file * 4 + i) % 50 === 0 ? 'failed' : 'ok',
    functions: 200,
    findings: 12,
    alerted: 3,
    failedReads: 0,
    partial: false,
    bySeverity: { high: 2, medium: 6, low: 4 },
    notAlerted: 9,
    resolved: 1,
    top: Array.from({ length: 5 }, (_, k) => ({
      checkId: `LAA-CHECK-${k}`,
      severity: k === 0 ? 'high' : 'medium',
      title: `Function fn-${k} role lacks an action it uses (${'x'.repeat(60)})`,
      functionArn: `arn:aws:lambda:${region}:${account}:function:fn-${k}`,
      account,
      region,
    })),
    ...((file * 4 + i) % 50 === 0 ? { error: 'AccessDenied: not authorized to perform sts:AssumeRole' } : {}),
  };
}

function resultFile(file: number, itemsPerFile: number): string {
  const results = Array.from({ length: itemsPerFile }, (_, i) => item(file, i));
  return JSON.stringify([
    {
      ExecutionArn: `arn:aws:states:us-east-1:111122223333:execution:sweep/${file}`,
      Status: 'SUCCEEDED',
      Output: JSON.stringify(results),
    },
  ]);
}

async function* chunks(text: string): AsyncGenerator<Uint8Array> {
  const bytes = Buffer.from(text);
  for (let i = 0; i < bytes.length; i += CHUNK) yield bytes.subarray(i, i + CHUNK);
}

/** Runs the digest handler over `files` result files; returns ms, peak heap MiB above baseline, MiB read. */
export async function measureDigest(files: number, itemsPerFile: number) {
  const keys = Array.from({ length: files }, (_, i) => `sweeps/run/SUCCEEDED_${i}.json`);
  const manifest = JSON.stringify({
    DestinationBucket: BUCKET,
    ResultFiles: { SUCCEEDED: keys.map((Key) => ({ Key, Size: 1 })) },
  });
  let bytesRead = 0;
  let peak = 0;
  const sample = (): void => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  };
  const s3 = {
    send: (command: { input: { Key: string } }) => {
      const key = command.input.Key;
      const text = key.endsWith('manifest.json')
        ? manifest
        : resultFile(Number(/_(\d+)\.json$/.exec(key)?.[1]), itemsPerFile);
      bytesRead += Buffer.byteLength(text);
      sample();
      return Promise.resolve({ Body: Object.assign(chunks(text), { transformToString: () => Promise.resolve(text) }) });
    },
  } as unknown as S3Client;
  const sns = { send: () => Promise.resolve({ MessageId: 'bench' }) } as unknown as SNSClient;
  const config = readConfig({
    ...configEnvironment({ topicArn: 'arn:aws:sns:us-east-1:111122223333:t', tableName: 't' }),
    AWS_REGION: 'us-east-1',
  });
  const quiet = { info: sample, warn: sample, error: sample };
  global.gc?.();
  const before = process.memoryUsage().heapUsed;
  peak = before;
  const start = performance.now();
  const summary = await runSweepDigest(
    { config, s3, sns, logger: quiet, metrics: { count: sample, flush: () => undefined } },
    {
      run: { ResultWriterDetails: { Bucket: BUCKET, Key: 'sweeps/run/manifest.json' } },
      executionName: 'bench',
      startTime: new Date().toISOString(),
      resultBucket: BUCKET,
      resultPrefix: 'sweeps',
    },
  );
  const ms = performance.now() - start;
  if (summary.items !== files * itemsPerFile) throw new Error(`digest counted ${summary.items} items`);
  return { ms, peakMb: (peak - before) / 2 ** 20, readMb: bytesRead / 2 ** 20, items: summary.items };
}
