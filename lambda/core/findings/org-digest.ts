/**
 * The organization sweep's digest, built incrementally: every item result of the Distributed Map (one
 * account × Region × shard) is added as it is read, and only bounded state is kept — counters per account,
 * per Region and per severity, the {@link ORG_DIGEST_LIMITS.topFindings} most severe findings, and the
 * first {@link ORG_DIGEST_LIMITS.failedItems} failed items — so a digest over thousands of accounts never
 * holds their findings. Pure: the handler (lambda/handlers/sweep-digest.ts) reads the result files.
 */
import { SEVERITIES, type Severity } from './types';

/** A finding named in an item result (no texts beyond the check's title and the function ARN). */
export interface TopFinding {
  readonly checkId: string;
  readonly severity: Severity;
  readonly title: string;
  readonly functionArn?: string;
  readonly account: string;
  readonly region: string;
}

/** Counts of one item, as the item processor reports them in its result. */
export interface OrgItemResult {
  readonly account: string;
  readonly region: string;
  readonly shard: number;
  readonly status: 'ok' | 'failed';
  readonly functions: number;
  readonly findings: number;
  readonly alerted: number;
  readonly failedReads: number;
  readonly partial: boolean;
  /** Alertable findings by severity (absent in results written before this field existed). */
  readonly bySeverity?: Readonly<Partial<Record<Severity, number>>>;
  /** Alertable findings not alerted one by one (below the per-finding threshold or over the cap). */
  readonly notAlerted?: number;
  /** "Resolved" notices the item sent. */
  readonly resolved?: number;
  /** The item's most severe findings (at most {@link ORG_DIGEST_LIMITS.topFindings}). */
  readonly top?: readonly TopFinding[];
  /** Error name and message of a failed item. */
  readonly error?: string;
}

/** Bounds of what the digest lists by name (everything is counted). */
export const ORG_DIGEST_LIMITS = { topFindings: 10, failedItems: 20, accounts: 25 } as const;

/** Counters of one account or Region. */
export interface DigestCounts {
  readonly items: number;
  readonly failedItems: number;
  readonly functions: number;
  readonly findings: number;
  readonly alerted: number;
}

/** A failed item (or a batch of items whose child execution failed), with its reason. */
export interface FailedItem {
  readonly account: string;
  readonly region: string;
  readonly reason: string;
}

/** The digest of one organization sweep. */
export interface OrgDigest {
  readonly items: number;
  readonly failedItems: number;
  readonly partialItems: number;
  readonly functions: number;
  readonly findings: number;
  readonly alerted: number;
  readonly notAlerted: number;
  readonly resolved: number;
  readonly bySeverity: Readonly<Record<Severity, number>>;
  /** Accounts with the most findings first (at most {@link ORG_DIGEST_LIMITS.accounts}). */
  readonly byAccount: readonly (DigestCounts & { readonly account: string })[];
  readonly accounts: number;
  readonly byRegion: readonly (DigestCounts & { readonly region: string })[];
  readonly top: readonly TopFinding[];
  readonly failed: readonly FailedItem[];
  /** Result entries or files that could not be read or parsed (logged by the handler). */
  readonly unreadable: number;
  /** Set when the Map run itself failed (e.g. too many failed items): error name and cause. */
  readonly runError?: string;
}

const rank = (s: Severity): number => SEVERITIES.indexOf(s);
const EMPTY: DigestCounts = { items: 0, failedItems: 0, functions: 0, findings: 0, alerted: 0 };

function bump(map: Map<string, DigestCounts>, key: string, r: OrgItemResult | undefined, failed: boolean): void {
  const c = map.get(key) ?? EMPTY;
  map.set(key, {
    items: c.items + 1,
    failedItems: c.failedItems + (failed ? 1 : 0),
    functions: c.functions + (r?.functions ?? 0),
    findings: c.findings + (r?.findings ?? 0),
    alerted: c.alerted + (r?.alerted ?? 0),
  });
}

/** Accumulates item results into an {@link OrgDigest} with bounded memory. */
export class OrgDigestBuilder {
  private readonly totals = { items: 0, partialItems: 0, functions: 0, findings: 0, alerted: 0 };
  private readonly extra = { notAlerted: 0, resolved: 0, unreadable: 0, failedItems: 0 };
  private readonly severity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  private readonly accounts = new Map<string, DigestCounts>();
  private readonly regions = new Map<string, DigestCounts>();
  private top: TopFinding[] = [];
  private readonly failed: FailedItem[] = [];
  private runError?: string;

  /** Adds one item's result. */
  add(r: OrgItemResult): void {
    const failed = r.status === 'failed';
    this.totals.items++;
    this.totals.functions += r.functions;
    this.totals.findings += r.findings;
    this.totals.alerted += r.alerted;
    if (r.partial && !failed) this.totals.partialItems++;
    this.extra.notAlerted += r.notAlerted ?? 0;
    this.extra.resolved += r.resolved ?? 0;
    for (const s of SEVERITIES) this.severity[s] += r.bySeverity?.[s] ?? 0;
    bump(this.accounts, r.account, r, failed);
    bump(this.regions, r.region, r, failed);
    if (failed) this.addFailure({ account: r.account, region: r.region, reason: r.error ?? 'unknown error' });
    if (r.top?.length) this.addTop(r.top);
  }

  /** Adds items whose child execution failed as a whole (no result of their own). */
  addFailedItems(items: readonly { account: string; region: string }[], reason: string): void {
    for (const item of items) {
      this.totals.items++;
      bump(this.accounts, item.account, undefined, true);
      bump(this.regions, item.region, undefined, true);
      this.addFailure({ account: item.account, region: item.region, reason });
    }
  }

  /** Counts a result entry or file that could not be read or parsed. */
  addUnreadable(): void {
    this.extra.unreadable++;
  }

  /** Records that the Map run itself failed. */
  setRunError(error: string): void {
    this.runError = error;
  }

  private addFailure(item: FailedItem): void {
    this.extra.failedItems++;
    if (this.failed.length < ORG_DIGEST_LIMITS.failedItems) this.failed.push(item);
  }

  private addTop(findings: readonly TopFinding[]): void {
    this.top = [...this.top, ...findings]
      .sort((a, b) => rank(a.severity) - rank(b.severity) || a.checkId.localeCompare(b.checkId))
      .slice(0, ORG_DIGEST_LIMITS.topFindings);
  }

  /** The digest so far. */
  build(): OrgDigest {
    const byFindings = (a: DigestCounts, b: DigestCounts): number =>
      b.findings - a.findings || b.failedItems - a.failedItems;
    return {
      ...this.totals,
      ...this.extra,
      bySeverity: { ...this.severity },
      accounts: this.accounts.size,
      byAccount: [...this.accounts]
        .map(([account, c]) => ({ account, ...c }))
        .sort((a, b) => byFindings(a, b) || a.account.localeCompare(b.account))
        .slice(0, ORG_DIGEST_LIMITS.accounts),
      byRegion: [...this.regions]
        .map(([region, c]) => ({ region, ...c }))
        .sort((a, b) => byFindings(a, b) || a.region.localeCompare(b.region)),
      top: this.top,
      failed: [...this.failed],
      ...(this.runError ? { runError: this.runError } : {}),
    };
  }
}
