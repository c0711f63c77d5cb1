/**
 * The organization sweep's `Plan` state (lib/sweep-fanout.ts): resolves the accounts to sweep at run time
 * (`organization`, OU or root IDs through AWS Organizations; account IDs as given; see
 * lambda/aws/org-accounts.ts), builds the items (account × Region × shard) and writes them to S3 as one JSON
 * array, which the Distributed Map reads with its `ItemReader` — so an organization of thousands of
 * accounts never passes through a state's 256 KiB payload.
 */
import { OrganizationsClient } from '@aws-sdk/client-organizations';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { resolveAccounts, type ResolveOptions } from '../aws/org-accounts';
import type { SweepItem } from './sweep-item';

/** The Plan state's input (fixed by the construct, except the key, derived from the execution name). */
export interface SweepPlanEvent {
  /** Account IDs, `organization`, OU IDs (`ou-…`) or root IDs (`r-…`). */
  readonly sources: readonly string[];
  readonly regions: readonly string[];
  readonly shards?: Readonly<Record<string, number>>;
  /** Accounts never swept here (the central account: its own sweep covers it). */
  readonly exclude?: readonly string[];
  /** Where the item list is written. */
  readonly bucket: string;
  readonly key: string;
}

/** The Plan state's output: where the Map reads its items, and how many. */
export interface SweepPlan {
  readonly bucket: string;
  readonly key: string;
  readonly accounts: number;
  readonly items: number;
}

/** Dependencies (tests inject mocks). */
export interface SweepPlanDeps {
  readonly s3: S3Client;
  /** Needed only when a source is not an account ID. */
  readonly organizations: OrganizationsClient;
  readonly resolve?: ResolveOptions;
}

/** Builds the item list: every account × Region × shard, with the account-wide quota divisor. */
export function sweepItems(
  accounts: readonly string[],
  regions: readonly string[],
  shards: Readonly<Record<string, number>> = {},
): SweepItem[] {
  return accounts.flatMap((account) =>
    regions.flatMap((region) => {
      const n = Math.max(1, shards[account] ?? 1);
      return Array.from({ length: n }, (_, shard) => ({
        account,
        region,
        ...(n > 1 ? { shard, shards: n } : {}),
        ...(regions.length > 1 ? { regionsPerAccount: regions.length } : {}),
      }));
    }),
  );
}

/** Resolves the accounts, writes the items, returns where they are. */
export async function runSweepPlan(deps: SweepPlanDeps, event: SweepPlanEvent): Promise<SweepPlan> {
  const accounts = await resolveAccounts(deps.organizations, event.sources, event.exclude, deps.resolve);
  const items = sweepItems(accounts, event.regions, event.shards);
  await deps.s3.send(
    new PutObjectCommand({
      Bucket: event.bucket,
      Key: event.key,
      Body: JSON.stringify(items),
      ContentType: 'application/json',
    }),
  );
  return { bucket: event.bucket, key: event.key, accounts: accounts.length, items: items.length };
}

let production: SweepPlanDeps | undefined;

/** Lambda entry point (the state machine's `Plan` state). */
export const handler = (event: SweepPlanEvent): Promise<SweepPlan> => {
  const region = process.env.AWS_REGION;
  production ??= {
    s3: new S3Client({ region }),
    organizations: new OrganizationsClient({ region, retryMode: 'adaptive', maxAttempts: 3 }),
  };
  return runSweepPlan(production, event);
};
