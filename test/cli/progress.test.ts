import { createProgress, progressBar } from '../../lambda/cli/progress';

function stream(isTTY: boolean) {
  const writes: string[] = [];
  return { writes, s: { write: (t: string) => void writes.push(t), isTTY } };
}

describe('progressBar', () => {
  it.each([
    [0, 4, '[░░░░░░░░░░░░░░░░░░░░░░░░░░░░]   0% 0/4'],
    [2, 4, '[██████████████░░░░░░░░░░░░░░]  50% 2/4'],
    [4, 4, '[████████████████████████████] 100% 4/4'],
    [0, 0, '[████████████████████████████] 100% 0/0'],
  ])('%d/%d', (done, total, expected) => {
    expect(progressBar('x', done, total)).toBe(`x ${expected}`);
  });
});

describe('createProgress', () => {
  it('redraws a bar in place on a TTY, only when the percentage changes, and ends the line', () => {
    const { writes, s } = stream(true);
    const p = createProgress(s, 'collect');
    for (let i = 1; i <= 1000; i++) p.update(i, 1000);
    p.finish();
    expect(writes.every((w, i) => (i < writes.length - 1 ? w.startsWith('\r') : w === '\n'))).toBe(true);
    expect(writes.length).toBe(102); // 0%..100% plus the final newline
    expect(writes[writes.length - 2]).toContain('100% 1000/1000');
  });

  it('writes plain lines every 10% when not a TTY', () => {
    const { writes, s } = stream(false);
    const p = createProgress(s, 'collect');
    for (let i = 1; i <= 50; i++) p.update(i, 50);
    p.finish();
    expect(writes.join('')).not.toContain('\r');
    expect(writes).toHaveLength(11); // buckets 0%, 10%, …, 100%
    expect(writes[writes.length - 1]).toBe('collect: 50/50 (100%)\n');
  });

  it('writes the last state at finish when it was not written yet', () => {
    const { writes, s } = stream(false);
    const p = createProgress(s, 'collect');
    p.update(1, 3);
    p.update(2, 3);
    p.finish();
    expect(writes).toEqual(['collect: 1/3 (33%)\n', 'collect: 2/3 (66%)\n']);
    const again = stream(false);
    const q = createProgress(again.s, 'c');
    q.update(1, 100);
    q.update(2, 100);
    q.finish();
    expect(again.writes).toEqual(['c: 1/100 (1%)\n', 'c: 2/100 (2%)\n']);
  });

  it('writes nothing for a TTY that never got an update', () => {
    const { writes, s } = stream(true);
    createProgress(s, 'x').finish();
    expect(writes).toEqual([]);
  });
});
