/**
 * Denial storms against a real DynamoDB API (dynalite, in process, 127.0.0.1): 10,000 identical denials, and
 * 10,000 denials over 100 distinct keys, delivered by 5 concurrent workers in batches of 10 through the real
 * on-denial handler (parser, event-key dedup, claims, publish rendering). SNS is recorded in memory and the
 * collector is a counter (an "account read" = one collection). Reported: alerts sent (must equal the number
 * of keys), account reads per key, DynamoDB calls per denial, records/s (includes dynalite's own cost).
 */
import { performance } from 'node:perf_hooks';
import type { SQSRecord } from 'aws-lambda';
import type { Check } from '../lambda/core/checks/types';
import { fingerprint } from '../lambda/core/findings/fingerprint';
import { type AuditorConfig, configEnvironment, readConfig } from '../lambda/handlers/config';
import { rawRecord } from '../test/handlers/helpers';
import { drain, Harness } from '../test/support/delivery-harness';
import { startDynalite } from '../test/support/dynalite';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchResult } from './types';
import { sampleFinding } from '../test/support/factory';

const TOTAL = 10_000;
const WORKERS = 5;
const BATCH = 10;
const FIXTURE = readFileSync(
  join(__dirname, '..', 'test', 'fixtures', 'cloudtrail', 'exec-role-dynamodb-implicit-identity.json'),
  'utf8',
);

/** One high finding per denial, fingerprinted by principal, action and resource (so keys = fingerprints). */
const STORM_CHECK: Check = {
  id: 'BENCH-STORM',
  title: 'Storm',
  category: 'execution-role',
  defaultSeverity: 'high',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html',
  scope: 'event',
  run: ({ denial }) => ({
    status: 'fail',
    findings: [
      sampleFinding({
        checkId: 'BENCH-STORM',
        title: `${denial!.action} on ${denial!.resource ?? '*'}`,
        fingerprint: fingerprint({
          checkId: 'BENCH-STORM',
          principal: denial!.caller.arn,
          action: denial!.action,
          resourcePattern: denial!.resource,
        }),
      }),
    ],
  }),
};

/** `TOTAL` records spread round-robin over `keys` distinct resources (table/Orders-k). */
function records(keys: number): SQSRecord[] {
  return Array.from({ length: TOTAL }, (_, i) => {
    const k = i % keys;
    const body = FIXTURE.replace(/table\/Orders\b/g, `table/Orders-${k}`).replace(/"Orders"/g, `"Orders-${k}"`);
    return rawRecord(`m-${i}`, body);
  });
}

async function storm(
  keys: number,
): Promise<{ alerts: number; readsPerKey: number; ddbPerDenial: number; rps: number }> {
  const local = await startDynalite();
  try {
    const config: AuditorConfig = readConfig({
      ...configEnvironment({
        topicArn: 'arn:aws:sns:us-east-1:111122223333:laa-alerts',
        tableName: `storm-${keys}`,
        minAlertSeverity: 'low',
      }),
      AWS_REGION: 'us-east-1',
    });
    await local.createDedupTable(config.tableName);
    const harness = new Harness(local.client(), config, new Date('2026-11-23T02:00:00.000Z'));
    const all = records(keys);
    const slices = Array.from({ length: WORKERS }, (_, w) =>
      all.filter((_r, i) => Math.floor(i / BATCH) % WORKERS === w),
    );
    const start = performance.now();
    // Each worker is one container polling its share of the queue in batches; records it fails come back.
    await Promise.all(slices.map((slice) => drain(harness, [STORM_CHECK], slice, { batchSize: BATCH, maxRounds: 5 })));
    const seconds = (performance.now() - start) / 1000;
    return {
      alerts: harness.published.length,
      readsPerKey: harness.collections.length / keys,
      ddbPerDenial: harness.ddbCalls / TOTAL,
      rps: TOTAL / seconds,
    };
  } finally {
    await local.close();
  }
}

/** Runs both storms. */
export async function run(): Promise<BenchResult[]> {
  const out: BenchResult[] = [];
  for (const keys of [1, 100]) {
    const r = await storm(keys);
    const label = keys === 1 ? '10,000 identical denials' : '10,000 denials over 100 keys';
    const setup = `${WORKERS} workers, batches of ${BATCH}, dynalite`;
    out.push(
      { name: `storm: ${label}: alerts sent`, value: r.alerts, unit: 'alerts', note: `keys: ${keys}; ${setup}` },
      { name: `storm: ${label}: account reads per key`, value: r.readsPerKey, unit: 'reads/key' },
      { name: `storm: ${label}: DynamoDB calls per denial`, value: r.ddbPerDenial, unit: 'calls' },
      { name: `storm: ${label}: throughput`, value: Math.round(r.rps), unit: 'records/s', note: setup },
    );
  }
  return out;
}
