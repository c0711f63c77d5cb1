import { mapLimit, RateLimiter, Semaphore, TokenBucket } from '../../../lambda/aws/collect/limiter';

describe('TokenBucket', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it.each([
    [10, [0, 100, 200, 300, 400]],
    [2, [0, 500, 1000]],
  ])('grants tokens at %s per second with no burst', async (rate, expected) => {
    const bucket = new TokenBucket(rate, 1, () => Date.now());
    const start = Date.now();
    const granted: number[] = [];
    const all = expected.map(() => bucket.take().then(() => granted.push(Date.now() - start)));
    await jest.advanceTimersByTimeAsync(5_000);
    await Promise.all(all);
    expect(granted).toEqual(expected);
  });

  it('shares one bucket between the APIs of one quota', async () => {
    const limiter = new RateLimiter({
      control: { perSecond: 4, apis: ['lambda:ListFunctions', 'lambda:GetFunctionUrlConfig'] },
    });
    const start = Date.now();
    const granted: number[] = [];
    const all = [
      limiter.acquire('lambda:ListFunctions'),
      limiter.acquire('lambda:GetFunctionUrlConfig'),
      limiter.acquire('lambda:GetPolicy'),
      limiter.acquire('lambda:ListFunctions'),
    ].map((p) => p.then(() => granted.push(Date.now() - start)));
    await jest.advanceTimersByTimeAsync(2_000);
    await Promise.all(all);
    expect(granted.sort((a, b) => a - b)).toEqual([0, 0, 250, 500]);
  });
});

describe('Semaphore and mapLimit', () => {
  it.each([1, 3, 8])('never runs more than %s tasks at once and keeps order', async (limit) => {
    let active = 0;
    let peak = 0;
    const sem = new Semaphore(limit);
    const results = await mapLimit(
      Array.from({ length: 20 }, (_, i) => i),
      20,
      (i) =>
        sem.run(async () => {
          active++;
          peak = Math.max(peak, active);
          await new Promise((r) => setImmediate(r));
          active--;
          return i * 2;
        }),
    );
    expect(peak).toBe(limit);
    expect(results).toEqual(Array.from({ length: 20 }, (_, i) => i * 2));
  });
});
