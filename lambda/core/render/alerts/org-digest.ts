/**
 * The SNS payload of the organization sweep's digest: one message per Distributed Map run, in the same
 * shape as the single-account sweep notices (lambda/core/render/alerts/sweep-notices.ts, whose `payload`
 * and `chatNotification` it reuses): counts per severity, account and Region, the most severe findings,
 * failed items with their reasons, and where the per-item result files are. Every list is bounded by
 * ORG_DIGEST_LIMITS, so the message stays far below SNS's 256 KB.
 */
import type { OrgDigest } from '../../findings/org-digest';
import { SEVERITIES } from '../../findings/types';
import { plainText, slackText } from '../sanitize';
import type { SnsAlert } from './sns-message';
import { chatNotification, payload } from './sweep-notices';

/** Where the run's result files are. */
export interface ResultLocation {
  readonly bucket: string;
  /** Key of the Map run's `manifest.json` when known, else the results prefix. */
  readonly key: string;
  readonly region: string;
}

function counts(d: OrgDigest): string[] {
  const sev = SEVERITIES.filter((s) => d.bySeverity[s] > 0).map((s) => `${s}: ${d.bySeverity[s]}`);
  return [
    `${d.items} item(s) (account x Region x shard) in ${d.accounts} account(s): ${d.items - d.failedItems} swept, ` +
      `${d.failedItems} failed, ${d.partialItems} partial (some reads failed).`,
    `${d.functions} function(s), ${d.findings} finding(s): ${d.alerted} alerted one by one, ${d.notAlerted} ` +
      `counted here only (below the per-finding threshold or over the per-item cap), ${d.resolved} resolved.`,
    ...(sev.length ? [`By severity: ${sev.join(', ')}`] : []),
  ];
}

function tables(d: OrgDigest, clean: (s: string) => string): string[] {
  const accounts = d.byAccount.map(
    (a) => `  ${a.account}: ${a.findings} finding(s), ${a.functions} function(s), ${a.failedItems} failed item(s)`,
  );
  const more = d.accounts > d.byAccount.length ? [`  ... and ${d.accounts - d.byAccount.length} more`] : [];
  const regions = d.byRegion.map((r) => `  ${r.region}: ${r.findings} finding(s), ${r.failedItems} failed item(s)`);
  const top = d.top.map(
    (f) => `  ${f.severity.toUpperCase()} ${clean(f.checkId)} ${clean(f.functionArn ?? f.account)}: ${clean(f.title)}`,
  );
  const failed = d.failed.map((f) => `  ${f.account} ${f.region}: ${clean(f.reason)}`);
  const moreFailed = d.failedItems > d.failed.length ? [`  ... and ${d.failedItems - d.failed.length} more`] : [];
  return [
    ...(top.length ? ['', 'Most severe findings:', ...top] : []),
    ...(accounts.length ? ['', 'Accounts with the most findings:', ...accounts, ...more] : []),
    ...(regions.length ? ['', 'Regions:', ...regions] : []),
    ...(failed.length ? ['', 'Failed items:', ...failed, ...moreFailed] : []),
  ];
}

function where(d: OrgDigest, at: ResultLocation | undefined): string[] {
  const lines: string[] = [];
  if (d.runError) lines.push('', `The Map run failed: ${plainText(d.runError)}. The counts cover the results written.`);
  if (d.unreadable > 0) lines.push('', `${d.unreadable} result entr(ies) could not be read (see the digest log).`);
  if (at) {
    const console =
      `https://${at.region}.console.aws.amazon.com/s3/object/${at.bucket}` +
      `?region=${at.region}&prefix=${encodeURIComponent(at.key)}`;
    lines.push('', `Per-item results: s3://${at.bucket}/${at.key}`, console);
  }
  return lines;
}

/** The digest message of one organization sweep (`runId` = the execution's name or start time). */
export function renderOrgDigestAlert(digest: OrgDigest, runId: string, at?: ResultLocation): SnsAlert {
  const text = (clean: (s: string) => string): string =>
    [...counts(digest), ...tables(digest, clean), ...where(digest, at)].join('\n');
  const state = digest.runError || digest.failedItems > 0 ? ' (with failures)' : '';
  const headline = `${digest.findings} finding(s) in ${digest.accounts} account(s)${state}`;
  return payload(
    `[Lambda Access Auditor] Organization sweep: ${headline}`,
    chatNotification(`org-digest-${runId}`, `:clipboard: Organization sweep: ${headline}`, text(slackText), {
      sweep: runId,
    }),
    text(plainText),
  );
}
