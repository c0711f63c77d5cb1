/**
 * Cross-account collection for the central (delegated-administrator) deployment: the collector's clients
 * for any member account, reading through the member stack's read-only auditor role.
 *
 * - Credentials are assumed once per account (`sts:AssumeRole` on
 *   `arn:<partition>:iam::<account>:role/<roleName>`) and cached until shortly before they expire;
 *   concurrent callers share one in-flight `AssumeRole`.
 * - Clients are cached per account and Region; the SDK asks the cached provider for credentials.
 * - Each account and Region gets one {@link RateLimiter} shared by every collection there, so several
 *   denials of the same account audited by one container never exceed that account's API quotas.
 * - The home account (where the auditor runs) is read with the function's own role, no assumption.
 *
 * AssumeRole returns `Credentials{AccessKeyId, SecretAccessKey, SessionToken, Expiration}`; the default
 * session lasts 1 hour (DurationSeconds 900..MaxSessionDuration)
 * (https://docs.aws.amazon.com/STS/latest/APIReference/API_AssumeRole.html).
 */
import type { OrganizationsClient } from '@aws-sdk/client-organizations';
import { AssumeRoleCommand, STSClient } from '@aws-sdk/client-sts';
import type { AwsCredentialIdentity, AwsCredentialIdentityProvider } from '@smithy/types';
import { arnAccount } from '../core/arn';
import { AuditorError } from '../core/errors';
import { createClients, STS_CLIENT_OPTIONS, type CollectorClients } from './collect/clients';
import { CollectContext } from './collect/context';
import { lazyClient } from './collect/lazy';
import { DEFAULT_QUOTAS, RateLimiter, type RateQuota } from './collect/limiter';

/** How the central account reaches member accounts. */
export interface MemberAccess {
  /** Name of the read-only auditor role the member stack creates in every account. */
  readonly roleName: string;
  /** Account the auditor runs in: read with its own role, never assumed. */
  readonly homeAccount: string;
  /** @default 'aws' */
  readonly partition?: string;
  /** Session name recorded in the member account's CloudTrail. @default 'lambda-access-auditor' */
  readonly sessionName?: string;
  /** Session length in seconds (900 minimum). @default 3600 */
  readonly durationSeconds?: number;
}

/** Options of {@link AccountClients}. */
export interface AccountClientsOptions {
  /** STS client of the central account (injected; tests mock it). */
  readonly sts: STSClient;
  readonly access: MemberAccess;
  /** Builds the collector's clients for a Region, with the given credentials (none: the function's own). */
  readonly build: (region: string, credentials?: AwsCredentialIdentityProvider) => CollectorClients;
  /** Quotas per account and Region. @default DEFAULT_QUOTAS */
  readonly quotas?: Readonly<Record<string, RateQuota>>;
  /** Credentials are renewed this long before they expire. @default 5 minutes */
  readonly refreshMarginMs?: number;
  /** Clock in epoch milliseconds. */
  readonly now?: () => number;
}

const ACCOUNT_ID = /^\d{12}$/;

/** Per-account credentials, clients and rate limiters. */
export class AccountClients {
  private readonly credentials = new Map<string, Promise<AwsCredentialIdentity>>();
  private readonly clients = new Map<string, CollectorClients>();
  private readonly limiters = new Map<string, RateLimiter>();
  /** Number of `AssumeRole` calls made (for tests and benchmarks). */
  assumeRoleCalls = 0;

  constructor(private readonly o: AccountClientsOptions) {}

  /** ARN of the member role in `account`. */
  roleArn(account: string): string {
    return `arn:${this.o.access.partition ?? 'aws'}:iam::${account}:role/${this.o.access.roleName}`;
  }

  /** The collector's clients for `account` in `region` (cached). Throws for a malformed account ID. */
  clientsFor(account: string, region: string): CollectorClients {
    if (!ACCOUNT_ID.test(account)) {
      throw new AuditorError('INVALID_ACCOUNT', `Account ID ${JSON.stringify(account)} is not 12 digits.`);
    }
    const key = `${account}/${region}`;
    let clients = this.clients.get(key);
    if (!clients) {
      const home = account === this.o.access.homeAccount;
      const built = this.o.build(region, home ? undefined : () => this.credentialsFor(account));
      // Organizations is readable only from the management or a delegated administrator account, i.e. the
      // central account, never through a member role: organization policies are read with its own clients
      // (built on first use only).
      clients = home || !built.organizations ? built : { ...built, organizations: this.homeOrganizations(region) };
      this.clients.set(key, clients);
    }
    return clients;
  }

  /** The central account's Organizations client for `region`, as a stand-in built on first use. */
  private homeOrganizations(region: string): OrganizationsClient {
    return lazyClient(() => {
      const client = this.clientsFor(this.o.access.homeAccount, region).organizations;
      if (!client) throw new AuditorError('CONFIG_MISSING', 'The home account has no Organizations client.');
      return client;
    });
  }

  /** The rate limiter shared by every collection in `account` and `region`. */
  limiterFor(account: string, region: string): RateLimiter {
    const key = `${account}/${region}`;
    let limiter = this.limiters.get(key);
    if (!limiter) {
      limiter = new RateLimiter(this.o.quotas ?? DEFAULT_QUOTAS);
      this.limiters.set(key, limiter);
    }
    return limiter;
  }

  /** A fresh collection context reading through the account's shared limiter. */
  contextFor(account: string, region: string): CollectContext {
    return new CollectContext(this.limiterFor(account, region));
  }

  /** Cached credentials of the member role; renewed `refreshMarginMs` before expiry. */
  credentialsFor(account: string): Promise<AwsCredentialIdentity> {
    const now = (this.o.now ?? Date.now)();
    const margin = this.o.refreshMarginMs ?? 5 * 60_000;
    const cached = this.credentials.get(account);
    if (cached) {
      const fresh = cached.then((c) => (c.expiration?.getTime() ?? Infinity) - margin > now);
      return fresh.then((ok) => (ok ? cached : this.assume(account)));
    }
    return this.assume(account);
  }

  private assume(account: string): Promise<AwsCredentialIdentity> {
    this.assumeRoleCalls += 1;
    const pending = (async (): Promise<AwsCredentialIdentity> => {
      const out = await this.o.sts.send(
        new AssumeRoleCommand({
          RoleArn: this.roleArn(account),
          RoleSessionName: this.o.access.sessionName ?? 'lambda-access-auditor',
          DurationSeconds: this.o.access.durationSeconds ?? 3600,
        }),
      );
      return toIdentity(account, out.Credentials);
    })();
    this.credentials.set(account, pending);
    // A failed assumption is not cached: the next record for this account tries again.
    pending.catch(() => {
      if (this.credentials.get(account) === pending) this.credentials.delete(account);
    });
    return pending;
  }
}

function toIdentity(
  account: string,
  c: { AccessKeyId?: string; SecretAccessKey?: string; SessionToken?: string; Expiration?: Date } | undefined,
): AwsCredentialIdentity {
  if (!c?.AccessKeyId || !c.SecretAccessKey) {
    throw new AuditorError('ASSUME_ROLE_EMPTY', `AssumeRole into account ${account} returned no credentials.`);
  }
  return {
    accessKeyId: c.AccessKeyId,
    secretAccessKey: c.SecretAccessKey,
    sessionToken: c.SessionToken,
    expiration: c.Expiration,
  };
}

/**
 * The accounts a denial involves: the account that recorded it and, when the denied resource's ARN names
 * another account (e.g. `sts:AssumeRole` on a role of account B), that account too. The troubleshooting
 * guide's step for cross-account problems: check both the source and the target account.
 */
export function accountsOfDenial(denial: { account: string; resource?: string }): string[] {
  const target = arnAccount(denial.resource);
  return target && target !== denial.account ? [denial.account, target] : [denial.account];
}

/** Where a denial's function is collected: the clients and, for member accounts, the account's shared limiter. */
export interface CollectionTarget {
  readonly clients: CollectorClients;
  readonly context?: CollectContext;
}

/**
 * The clients to collect a denial's function with: the function's account (from its ARN, else the account
 * that recorded the event) through {@link AccountClients} in the central deployment, else `local`.
 */
export function collectionTarget(
  accounts: AccountClients | undefined,
  local: CollectorClients,
  denial: { account: string; region: string; functionArn?: string },
): CollectionTarget {
  if (!accounts) return { clients: local };
  const fromArn = arnAccount(denial.functionArn);
  const account = fromArn ?? denial.account;
  return { clients: accounts.clientsFor(account, denial.region), context: accounts.contextFor(account, denial.region) };
}

/** Production {@link AccountClients}: real STS client of the auditor's Region, real collector clients. */
export function memberAccountClients(access: MemberAccess, region: string): AccountClients {
  return new AccountClients({ sts: new STSClient({ region, ...STS_CLIENT_OPTIONS }), access, build: createClients });
}
