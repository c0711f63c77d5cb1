/**
 * Per-invocation collection context: every AWS read goes through {@link CollectContext.send}, which
 * rate-limits per API, caps calls in flight, counts calls and turns failures into
 * `provenance.failedReads` entries instead of exceptions.
 */
import type { FailedRead } from '../../core/snapshot/types';
import { RateLimiter, Semaphore } from './limiter';
import { COLLECTOR_API_ACTIONS, type CollectorApi } from './permissions';

/** Result of one read: the response, "does not exist" (an expected answer) or a recorded failure. */
export type Outcome<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly absent: boolean; readonly errorCode: string };

/** Options of one read. */
export interface SendOptions {
  /** Error names that mean "there is none" (e.g. `ResourceNotFoundException` from Lambda GetPolicy). */
  readonly absentOn?: readonly string[];
}

/** Shared state of one collection run (function audit or sweep). */
export class CollectContext {
  /** Reads that failed, in the order they failed. */
  readonly failedReads: FailedRead[] = [];
  /** Number of calls sent per API (for benchmarks and tests). */
  readonly calls = new Map<CollectorApi, number>();
  private readonly semaphore: Semaphore;

  /**
   * @param limiter per-API token buckets
   * @param maxInFlight calls in flight across all APIs
   */
  constructor(
    private readonly limiter: RateLimiter = new RateLimiter(),
    maxInFlight = 16,
  ) {
    this.semaphore = new Semaphore(maxInFlight);
  }

  /**
   * Sends one read. Never throws for AWS errors: a failure is recorded in {@link failedReads} and
   * returned as `{ ok: false }`.
   *
   * @param api which API (must be listed in permissions.ts)
   * @param target what was read (ARN or name), for the failure record
   * @param invoke performs the SDK call, e.g. `() => clients.lambda.send(new GetPolicyCommand(...))`
   */
  async send<T>(
    api: CollectorApi,
    target: string,
    invoke: () => Promise<T>,
    options: SendOptions = {},
  ): Promise<Outcome<T>> {
    await this.limiter.acquire(api);
    this.calls.set(api, (this.calls.get(api) ?? 0) + 1);
    try {
      return { ok: true, value: await this.semaphore.run(invoke) };
    } catch (e) {
      const errorCode = errorName(e);
      if (options.absentOn?.includes(errorCode)) return { ok: false, absent: true, errorCode };
      this.fail(api, target, errorCode, e instanceof Error ? e.message : String(e));
      return { ok: false, absent: false, errorCode };
    }
  }

  /** Records a failed read (also used for documents that could not be decoded). */
  fail(api: string, target: string, errorCode: string, message: string): void {
    const action = (COLLECTOR_API_ACTIONS as Readonly<Record<string, string>>)[api];
    this.failedReads.push({ api, target, errorCode, message: message.slice(0, 500), ...(action ? { action } : {}) });
  }

  /** Total calls sent. */
  totalCalls(): number {
    let total = 0;
    for (const n of this.calls.values()) total += n;
    return total;
  }
}

/** The SDK error name (`ThrottlingException`, `AccessDeniedException`, …) or `UnknownError`. */
export function errorName(e: unknown): string {
  if (typeof e === 'object' && e !== null) {
    const { name, Code } = e as { name?: unknown; Code?: unknown };
    if (typeof name === 'string' && name && name !== 'Error') return name;
    if (typeof Code === 'string' && Code) return Code;
  }
  return 'UnknownError';
}

/**
 * Follows a paginated listing to the end. `page(token)` sends one request and returns its items and
 * the next token (undefined when done). Returns the items and whether the listing is complete.
 */
export async function paginate<I>(
  page: (token: string | undefined) => Promise<{ items: readonly I[]; next: string | undefined } | undefined>,
  maxPages = 10_000,
): Promise<{ items: I[]; complete: boolean }> {
  const items: I[] = [];
  let token: string | undefined;
  for (let n = 0; n < maxPages; n++) {
    const result = await page(token);
    if (!result) return { items, complete: false };
    items.push(...result.items);
    token = result.next;
    if (!token) return { items, complete: true };
  }
  return { items, complete: false };
}
