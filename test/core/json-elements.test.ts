/**
 * The streaming splitter of top-level JSON values (lambda/core/json-elements.ts): the same elements
 * whatever the chunking, strings and escapes that contain brackets, JSON Lines, and errors as data.
 */
import { JsonElementSplitter } from '../../lambda/core/json-elements';

/** Splits `text` fed in chunks of `size` characters; returns the elements and the end result. */
function split(text: string, size: number): { elements: unknown[]; end: ReturnType<JsonElementSplitter['end']> } {
  const s = new JsonElementSplitter();
  const raw: string[] = [];
  for (let i = 0; i < text.length; i += size) raw.push(...s.push(text.slice(i, i + size)));
  const end = s.end();
  if (end.ok) raw.push(...end.value);
  return { elements: raw.map((r) => JSON.parse(r) as unknown), end };
}

const OBJECTS = [
  { Status: 'SUCCEEDED', Output: '[{"account":"222222222222","region":"eu-west-1"}]' },
  { Status: 'FAILED', Error: 'AuditorError', Cause: 'All 1 items failed: ] } [ { "', Input: '{"Items":[]}' },
  { nested: { deep: [1, [2, [3, { x: '\\"}]' }]]] } },
];

describe('JsonElementSplitter', () => {
  it.each([
    ['a JSON array', JSON.stringify(OBJECTS), OBJECTS],
    ['a pretty-printed array', JSON.stringify(OBJECTS, null, 2), OBJECTS],
    ['JSON Lines', OBJECTS.map((o) => JSON.stringify(o)).join('\n') + '\n', OBJECTS],
    ['JSON Lines without a final newline', OBJECTS.map((o) => JSON.stringify(o)).join('\n'), OBJECTS],
    ['an empty array', ' [ ] ', []],
    [
      'an array of scalars and strings',
      '[1, -2.5e3, true, null, "a]b", "c\\"d"]',
      [1, -2500, true, null, 'a]b', 'c"d'],
    ],
  ])('yields every element of %s, whatever the chunk size', (_name, text, expected) => {
    for (const size of [1, 2, 3, 7, 64, text.length || 1]) {
      const { elements, end } = split(text, size);
      expect(end.ok).toBe(true);
      expect(elements).toEqual(expected);
    }
  });

  it.each([
    ['an unclosed array', '[{"a":1},', 'the array is not closed'],
    ['a truncated element', '[{"a":"b', 'inside a value'],
    ['a truncated JSON Lines value', '{"a":1}\n{"b":', 'inside a value'],
    ['text after the array', '[1] x', 'after the closing bracket'],
  ])('reports %s as an error, after the complete elements', (_name, text, message) => {
    const s = new JsonElementSplitter();
    const done = s.push(text);
    const end = s.end();
    expect(end).toEqual({ ok: false, error: expect.stringContaining(message) as unknown });
    expect(done.length).toBeLessThanOrEqual(1);
  });

  it('keeps only the unfinished element between chunks (memory bounded by one element)', () => {
    const s = new JsonElementSplitter();
    const element = JSON.stringify({ pad: 'x'.repeat(1000) });
    let maxBuffer = 0;
    s.push('[');
    for (let i = 0; i < 200; i++) {
      s.push(element + ',');
      maxBuffer = Math.max(maxBuffer, (s as unknown as { buffer: string }).buffer.length);
    }
    expect(maxBuffer).toBeLessThan(element.length + 2);
  });
});
