/**
 * Parsers of the Distributed Map result writer's files (lambda/core/findings/map-results.ts). Shapes: the
 * manifest `{DestinationBucket, MapRunArn, ResultFiles: {SUCCEEDED|FAILED|PENDING: [{Key, Size}]}}` and
 * entries whose `Input`/`Output` are JSON strings (Step Functions developer guide, "ResultWriter (Map)";
 * read the same way by umccr/holmes `distributed-map.ts`).
 */
import { parseManifest, parseResultEntry } from '../../../lambda/core/findings/map-results';

const RESULT = {
  account: '222222222222',
  region: 'eu-west-1',
  shard: 0,
  status: 'ok',
  functions: 3,
  findings: 1,
  alerted: 1,
  failedReads: 0,
  partial: false,
};

describe('parseManifest', () => {
  it('lists the result files by status', () => {
    const manifest = {
      DestinationBucket: 'results',
      MapRunArn: 'arn:aws:states:us-east-1:111122223333:mapRun:sweep/SweepAccounts:abc',
      ResultFiles: {
        FAILED: [{ Key: 'sweeps/abc/FAILED_0.json', Size: 10 }],
        PENDING: [],
        SUCCEEDED: [
          { Key: 'sweeps/abc/SUCCEEDED_0.json', Size: 100 },
          { Key: 'sweeps/abc/SUCCEEDED_1.json', Size: 100 },
        ],
      },
    };
    expect(parseManifest(manifest)).toEqual({
      ok: true,
      value: {
        bucket: 'results',
        mapRunArn: manifest.MapRunArn,
        succeeded: ['sweeps/abc/SUCCEEDED_0.json', 'sweeps/abc/SUCCEEDED_1.json'],
        failed: ['sweeps/abc/FAILED_0.json'],
        pending: [],
      },
    });
  });

  it.each([
    ['not an object', [], 'not a result writer manifest'],
    ['no ResultFiles', { DestinationBucket: 'b' }, 'not a result writer manifest'],
    ['a file list that is not an array', { DestinationBucket: 'b', ResultFiles: { SUCCEEDED: {} } }, 'not an array'],
    ['an entry without Key', { DestinationBucket: 'b', ResultFiles: { FAILED: [{ Size: 1 }] } }, 'without a Key'],
  ])('returns an error for %s', (_name, json, message) => {
    expect(parseManifest(json)).toEqual({ ok: false, error: expect.stringContaining(message) as unknown });
  });
});

describe('parseResultEntry', () => {
  it('reads the item results of a succeeded child execution', () => {
    expect(parseResultEntry({ Status: 'SUCCEEDED', Output: JSON.stringify([RESULT]) })).toEqual({
      ok: true,
      value: { kind: 'results', results: [RESULT] },
    });
  });

  it('names the items of a failed child execution with its error and cause', () => {
    const entry = {
      Status: 'FAILED',
      Error: 'AuditorError',
      Cause: 'All 2 items failed',
      Input: JSON.stringify({ Items: [{ account: '222222222222', region: 'eu-west-1' }, { account: '333333333333' }] }),
    };
    expect(parseResultEntry(entry)).toEqual({
      ok: true,
      value: {
        kind: 'failed',
        reason: 'AuditorError: All 2 items failed',
        items: [
          { account: '222222222222', region: 'eu-west-1' },
          { account: '333333333333', region: 'unknown' },
        ],
      },
    });
  });

  it('still reports a timed-out execution whose input is unreadable', () => {
    expect(parseResultEntry({ Status: 'TIMED_OUT', Input: '{' })).toEqual({
      ok: true,
      value: {
        kind: 'failed',
        reason: 'child execution TIMED_OUT',
        items: [{ account: 'unknown', region: 'unknown' }],
      },
    });
  });

  it.each([
    ['no Status', { Output: '[]' }, 'without a Status'],
    ['an Output that is not a string', { Status: 'SUCCEEDED', Output: [] }, 'not a JSON string'],
    ['an Output that is not JSON', { Status: 'SUCCEEDED', Output: '[{' }, 'not valid JSON'],
    ['an Output of other shapes', { Status: 'SUCCEEDED', Output: '[{"account":1}]' }, 'not an array of sweep item'],
  ])('returns an error for %s', (_name, json, message) => {
    expect(parseResultEntry(json)).toEqual({ ok: false, error: expect.stringContaining(message) as unknown });
  });
});
