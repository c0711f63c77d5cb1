/**
 * Property tests: whatever comes in, the parser returns a Result and never throws (nor hits its own
 * fault net, `INTERNAL_ERROR`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { DENIAL_EVENT_PATTERN, matchesEventPattern, parseDenial, parseLogFile } from '../../../lambda/core/cloudtrail';

const DIR = join(__dirname, '../../fixtures/cloudtrail');
const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json') && !f.startsWith('malformed-truncated'))
  .map((f) => JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Record<string, unknown>);

function assertResult(r: { ok: boolean; error?: { code: string; message: string } }): void {
  expect(typeof r.ok).toBe('boolean');
  if (!r.ok) {
    expect(r.error?.code).not.toBe('INTERNAL_ERROR');
    expect(typeof r.error?.message).toBe('string');
  }
}

/** Replaces the value at a random path of a fixture with an arbitrary JSON value. */
function mutate(doc: unknown, path: number[], value: unknown): unknown {
  if (path.length === 0 || typeof doc !== 'object' || doc === null) return value;
  const entries = Object.entries(doc as Record<string, unknown>);
  if (entries.length === 0) return value;
  const [head, ...rest] = path;
  const [key, child] = entries[(head ?? 0) % entries.length] ?? ['x', undefined];
  const copy: Record<string, unknown> = Array.isArray(doc)
    ? ([...doc] as unknown as Record<string, unknown>)
    : { ...(doc as Record<string, unknown>) };
  copy[key] = mutate(child, rest, value);
  return copy;
}

describe('parser never throws', () => {
  it('on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => assertResult(parseDenial(v))),
      { numRuns: 500 },
    );
  });

  it('on arbitrary strings and JSON text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (s) => assertResult(parseDenial(s))),
      { numRuns: 500 },
    );
  });

  it('on fixtures with one field replaced by anything', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...fixtures),
        fc.array(fc.nat(40), { minLength: 1, maxLength: 4 }),
        fc.oneof(fc.jsonValue(), fc.constant(undefined)),
        (doc, path, value) => {
          const mutated = mutate(doc, path, value);
          assertResult(parseDenial(mutated));
          expect(typeof matchesEventPattern(DENIAL_EVENT_PATTERN, mutated)).toBe('boolean');
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('on truncated fixture text', () => {
    const texts = fixtures.map((f) => JSON.stringify(f));
    fc.assert(
      fc.property(fc.constantFrom(...texts), fc.double({ min: 0, max: 1, noNaN: true }), (text, cut) => {
        const r = parseDenial(text.slice(0, Math.floor(text.length * cut)));
        assertResult(r);
        if (cut < 0.999) expect(r.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('on arbitrary log files', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.uint8Array().map((a) => Buffer.from(a)),
          fc.json().map((j) => `{"Records":[${j}]}`),
        ),
        (input) => {
          const r = parseLogFile(input);
          assertResult(r);
          if (r.ok) r.value.forEach(assertResult);
        },
      ),
      { numRuns: 300 },
    );
  });
});
