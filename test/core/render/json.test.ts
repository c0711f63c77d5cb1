import { renderJson, stableStringify } from '../../../lambda/core/render/json';
import { summarize } from '../../../lambda/core/render/summary';
import { ALL_FINDINGS, RUNS } from '../../support/factory';

describe('stableStringify', () => {
  it.each([
    [{ b: 1, a: { d: 2, c: 3 } }, '{"a":{"c":3,"d":2},"b":1}'],
    [[{ z: 1, y: [{ x: 1, w: 2 }] }], '[{"y":[{"w":2,"x":1}],"z":1}]'],
    [{ a: undefined, b: null }, '{"b":null}'],
    ['text', '"text"'],
  ])('sorts keys recursively and drops undefined: %j', (value, expected) => {
    expect(stableStringify(value, 0)).toBe(expected);
  });

  it('gives the same text whatever the key insertion order', () => {
    expect(stableStringify({ x: 1, y: { a: 1, b: 2 } })).toBe(stableStringify({ y: { b: 2, a: 1 }, x: 1 }));
  });
});

describe('renderJson', () => {
  it('round-trips findings, runs and summary', () => {
    const summary = summarize({ findings: ALL_FINDINGS, runs: RUNS, functionsAudited: 1 });
    const text = renderJson({ tool: { name: 't', version: '1' }, summary, findings: ALL_FINDINGS, runs: RUNS });
    expect(text.endsWith('}\n')).toBe(true);
    const parsed = JSON.parse(text);
    expect(parsed.findings).toEqual(JSON.parse(JSON.stringify(ALL_FINDINGS)));
    expect(parsed.runs).toHaveLength(RUNS.length);
    expect(parsed.summary.checkErrors).toBe(1);
  });
});
