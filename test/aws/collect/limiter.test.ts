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

  it.each([
    [1, [0, 0, 250, 500]],
    [undefined, [0, 0, 0, 250]],
  ])('shares one bucket between the APIs of one quota (burst %p)', async (burst, expected) => {
    const limiter = new RateLimiter({
      control: {
        perSecond: 4,
        apis: ['lambda:ListFunctions', 'lambda:GetFunctionUrlConfig'],
        ...(burst ? { burst } : {}),
      },
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
    expect(granted.sort((a, b) => a - b)).toEqual(expected);
  });

  it('keeps the sustained rate at the quota over many grants even with a burst of 2', async () => {
    const limiter = new RateLimiter({ q: { perSecond: 15, apis: ['lambda:GetPolicy'] } });
    const start = Date.now();
    let last = 0;
    const all = Array.from({ length: 152 }, () =>
      limiter.acquire('lambda:GetPolicy').then(() => (last = Date.now() - start)),
    );
    await jest.advanceTimersByTimeAsync(20_000);
    await Promise.all(all);
    expect(last).toBeGreaterThanOrEqual(10_000);
    expect(last).toBeLessThan(10_100);
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
