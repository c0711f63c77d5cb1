/**
 * Fault-injection matrix of the on-denial delivery path over a real DynamoDB API (dynalite): a crash or a
 * failure after each step (event claim, finding claim, publish, completion, clean-up), a concurrent duplicate
 * during a failed publish, and a Lambda about to time out. Every fingerprint must be alerted exactly once and
 * none lost, except where a crash falls between SNS accepting an alert and DynamoDB recording it: then the
 * alert is repeated once (never lost), as README "Delivery guarantees" says.
 */
import type { SQSRecord } from 'aws-lambda';
import type { AuditorConfig } from '../../lambda/handlers/config';
import { drain, Harness, type Fault } from '../support/delivery-harness';
import { startDynalite, type LocalDynamo } from '../support/dynalite';
import { CONFIG, denialCheck, sqsRecord } from './helpers';

const FIXTURES = [
  'exec-role-dynamodb-implicit-identity',
  'exec-role-chained-vpce-scp',
  'exec-role-ec2-bare-record',
  'esm-ipve-sqs-receive-message',
];
/** Three copies of each denial, interleaved, in one batch of 10 and one of 2. */
const RECORDS: SQSRecord[] = [0, 1, 2].flatMap((copy) => FIXTURES.map((f, i) => sqsRecord(`m-${copy}-${i}`, f)));
const START = new Date('2026-11-23T02:00:00.000Z');
const CHECKS = [denialCheck('high')];

let local: LocalDynamo;
let tables = 0;
beforeAll(async () => {
  local = await startDynalite();
});
afterAll(() => local.close());

async function run(faults: Fault[], setup?: (h: Harness) => void, remainingMs?: (round: number) => number) {
  const config: AuditorConfig = { ...CONFIG, tableName: `faults-${++tables}`, leaseSeconds: 300 };
  await local.createDedupTable(config.tableName);
  const harness = new Harness(local.client(), config, START, faults);
  setup?.(harness);
  const result = await drain(harness, CHECKS, RECORDS, { remainingMs });
  return { harness, result };
}

interface Cell {
  readonly name: string;
  readonly faults: Fault[];
  /** Fingerprints alerted twice (crash between SNS accepting and DynamoDB recording). */
  readonly duplicates?: number;
  readonly setup?: (h: Harness) => void;
  readonly remainingMs?: (round: number) => number;
}

const CELLS: Cell[] = [
  { name: 'no fault', faults: [] },
  { name: 'crash after the event-key claim', faults: [{ step: 'claim', scope: 'event', kind: 'crash' }] },
  { name: 'event-key claim fails', faults: [{ step: 'claim', scope: 'event', kind: 'fail' }] },
  { name: 'crash after a repeat is counted', faults: [{ step: 'count', scope: 'event', kind: 'crash' }] },
  { name: 'crash after the finding claim (dedup write)', faults: [{ step: 'claim', scope: 'finding', kind: 'crash' }] },
  { name: 'finding claim fails', faults: [{ step: 'claim', scope: 'finding', kind: 'fail' }] },
  { name: 'publish fails', faults: [{ step: 'publish', scope: 'finding', kind: 'fail' }] },
  {
    name: 'publish fails twice in a row',
    faults: [
      { step: 'publish', scope: 'finding', kind: 'fail' },
      { step: 'publish', scope: 'finding', kind: 'fail', nth: 2 },
    ],
  },
  {
    name: 'publish fails, then its clean-up (release) fails: the lease runs out',
    faults: [
      { step: 'publish', scope: 'finding', kind: 'fail' },
      { step: 'release', scope: 'finding', kind: 'fail' },
    ],
  },
  {
    name: 'publish fails, then crash after its clean-up',
    faults: [
      { step: 'publish', scope: 'finding', kind: 'fail' },
      { step: 'release', scope: 'finding', kind: 'crash' },
    ],
  },
  { name: 'recording "sent" fails after the publish', faults: [{ step: 'complete', scope: 'finding', kind: 'fail' }] },
  { name: 'crash after recording "sent"', faults: [{ step: 'complete', scope: 'finding', kind: 'crash' }] },
  { name: 'completing the event key fails', faults: [{ step: 'complete', scope: 'event', kind: 'fail' }] },
  { name: 'crash after completing the event key', faults: [{ step: 'complete', scope: 'event', kind: 'crash' }] },
  {
    name: 'crash after the take-over of a crashed claim',
    faults: [
      { step: 'claim', scope: 'finding', kind: 'crash' },
      { step: 'takeover', scope: 'finding', kind: 'crash' },
    ],
  },
  {
    name: 'crash after SNS accepted the alert, before DynamoDB recorded it',
    faults: [{ step: 'publish', scope: 'finding', kind: 'crash' }],
    duplicates: 1,
  },
  {
    name: 'Lambda about to time out: no publish is started, the record is retried',
    faults: [],
    remainingMs: (round) => (round === 0 ? 5_000 : 60_000),
  },
];

describe('delivery under faults: every fingerprint alerted, once', () => {
  it.each(CELLS)('$name', async ({ faults, duplicates = 0, setup, remainingMs }) => {
    const { harness, result } = await run(faults, setup, remainingMs);
    expect(result.stranded).toBe(0);
    const counts = [...harness.alertsByFingerprint().values()].sort();
    expect(counts).toHaveLength(FIXTURES.length);
    expect(counts.filter((c) => c === 2)).toHaveLength(duplicates);
    expect(counts.filter((c) => c !== 1 && c !== 2)).toEqual([]);
  });

  it('a concurrent duplicate during a failed publish is counted, and the failed record alerts on its retry', async () => {
    let duplicateRan = false;
    const { harness, result } = await run([{ step: 'publish', scope: 'finding', kind: 'fail' }], (h) => {
      h.duringPublish = async () => {
        if (duplicateRan) return;
        duplicateRan = true;
        // Another worker receives a copy of the first record while the first publish is in flight.
        await drain(h, CHECKS, [sqsRecord('dup', FIXTURES[0]!)], { maxRounds: 1 });
      };
    });
    expect(duplicateRan).toBe(true);
    expect(result.stranded).toBe(0);
    expect([...harness.alertsByFingerprint().values()]).toEqual([1, 1, 1, 1]);
  });

  it('collects each distinct denial once however many copies arrive (dedup before collection)', async () => {
    const { harness } = await run([]);
    expect(harness.collections).toHaveLength(FIXTURES.length);
  });
});
