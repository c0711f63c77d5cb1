/**
 * The organization sweep's account list, resolved at run time from AWS Organizations (client injected):
 *
 * - `organization`: every account (`ListAccounts`);
 * - an OU or root ID (`ou-…`, `r-…`): the accounts directly in it (`ListAccountsForParent`) and, recursively,
 *   in its child OUs (`ListChildren` with `ChildType: ORGANIZATIONAL_UNIT`);
 * - a 12-digit account ID: that account, as given.
 *
 * Only ACTIVE accounts are kept: `State` (PENDING_ACTIVATION | ACTIVE | SUSPENDED | PENDING_CLOSURE | CLOSED)
 * is read, and the older `Status` only when `State` is absent ("The Status parameter in the API response
 * will be retired on September 9, 2026 … use the State parameter": ListAccounts API reference; states:
 * Organizations user guide, "Monitor the state of your AWS accounts"). Every List call is paginated to the
 * end: "These operations can occasionally return an empty set of results even when there are more results
 * available" (same reference). These calls work only from the management account or a delegated
 * administrator. Throttling (`TooManyRequestsException`) is retried with exponential backoff.
 */
import {
  ListAccountsCommand,
  ListAccountsForParentCommand,
  ListChildrenCommand,
  type Account,
  type OrganizationsClient,
} from '@aws-sdk/client-organizations';
import { AuditorError } from '../core/errors';

const ACCOUNT_ID = /^\d{12}$/;
const PARENT_ID = /^(ou-[0-9a-z]{4,32}-[a-z0-9]{8,32}|r-[0-9a-z]{4,32})$/;

/** Options of {@link resolveAccounts}. */
export interface ResolveOptions {
  /** Waits `ms` (tests pass a recorder). @default setTimeout */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Attempts per call when throttled. @default 6 */
  readonly maxAttempts?: number;
  /** First backoff delay (doubled per attempt, full jitter). @default 500 */
  readonly baseDelayMs?: number;
}

/** True for the values {@link resolveAccounts} accepts. */
export function isAccountSource(source: string): boolean {
  return source === 'organization' || ACCOUNT_ID.test(source) || PARENT_ID.test(source);
}

/** True for an ACTIVE account (`State`, else the retiring `Status`). */
export function isActive(account: Account): boolean {
  return (account.State ?? account.Status) === 'ACTIVE';
}

const wait = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function withBackoff<T>(o: ResolveOptions, call: () => Promise<T>): Promise<T> {
  const attempts = o.maxAttempts ?? 6;
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (e) {
      const throttled = (e as Error).name === 'TooManyRequestsException';
      if (!throttled || attempt >= attempts) throw e;
      const cap = (o.baseDelayMs ?? 500) * 2 ** (attempt - 1);
      await (o.sleep ?? wait)(Math.round(Math.random() * cap));
    }
  }
}

/** Calls `page` with each NextToken until there is none; returns every item. */
async function paginate<T>(
  o: ResolveOptions,
  page: (token?: string) => Promise<{ items?: T[]; next?: string }>,
): Promise<T[]> {
  const out: T[] = [];
  let token: string | undefined;
  do {
    const res = await withBackoff(o, () => page(token));
    out.push(...(res.items ?? []));
    token = res.next;
  } while (token);
  return out;
}

async function accountsUnder(org: OrganizationsClient, parent: string, o: ResolveOptions): Promise<Account[]> {
  const accounts = await paginate(o, async (NextToken) => {
    const r = await org.send(new ListAccountsForParentCommand({ ParentId: parent, NextToken }));
    return { items: r.Accounts, next: r.NextToken };
  });
  const children = await paginate(o, async (NextToken) => {
    const r = await org.send(
      new ListChildrenCommand({ ParentId: parent, ChildType: 'ORGANIZATIONAL_UNIT', NextToken }),
    );
    return { items: r.Children, next: r.NextToken };
  });
  for (const child of children) if (child.Id) accounts.push(...(await accountsUnder(org, child.Id, o)));
  return accounts;
}

/**
 * The ACTIVE account IDs of `sources` (see module comment), without duplicates, in ascending order, minus
 * `exclude`. Throws {@link AuditorError} for a source that is neither.
 */
export async function resolveAccounts(
  org: OrganizationsClient,
  sources: readonly string[],
  exclude: readonly string[] = [],
  o: ResolveOptions = {},
): Promise<string[]> {
  const ids = new Set<string>();
  for (const source of sources) {
    if (!isAccountSource(source)) {
      throw new AuditorError(
        'INVALID_ACCOUNT',
        `Sweep source ${JSON.stringify(source)} is not an account, OU or root.`,
      );
    }
    if (ACCOUNT_ID.test(source)) {
      ids.add(source);
      continue;
    }
    const accounts =
      source === 'organization'
        ? await paginate(o, async (NextToken) => {
            const r = await org.send(new ListAccountsCommand({ NextToken }));
            return { items: r.Accounts, next: r.NextToken };
          })
        : await accountsUnder(org, source, o);
    for (const a of accounts) if (a.Id && isActive(a)) ids.add(a.Id);
  }
  for (const id of exclude) ids.delete(id);
  return [...ids].sort();
}
