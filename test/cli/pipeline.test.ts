import { parseEventFile } from '../../lambda/cli/pipeline';
import { envelope, fakeDeps } from './helpers';

describe('parseEventFile', () => {
  const deps = fakeDeps();
  it.each<[string, string, number, number]>([
    ['an envelope', JSON.stringify(envelope('A')), 1, 0],
    ['a non-failure', JSON.stringify({ detail: {} }), 0, 1],
    ['an array', JSON.stringify([envelope('A'), { detail: {} }, envelope('B')]), 2, 1],
    ['a log file', JSON.stringify({ Records: [{ eventID: 'A', errorCode: 'X' }] }), 1, 0],
    ['broken JSON', '{"detail":', 0, 1],
  ])('parses %s', (_label, text, parsed, rejected) => {
    const r = parseEventFile(deps, Buffer.from(text), 'f.json');
    expect([r.denials.length, r.rejected.length]).toEqual([parsed, rejected]);
  });

  it('names the record of a rejected array element', () => {
    const r = parseEventFile(deps, Buffer.from(JSON.stringify([envelope('A'), {}])), 'f.json');
    expect(r.rejected[0].source).toBe('f.json[1]');
  });
});
