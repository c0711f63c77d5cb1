/**
 * The SNS payload of the organization sweep's digest: one message per Distributed Map run, in the same
 * shape as the single-account sweep notices (lambda/core/render/alerts/sweep-notices.ts, whose `payload`
 * and `chatNotification` it reuses): counts per severity, account and Region, the most severe findings,
 * failed items with their reasons, and where the per-item result files are. Every list is bounded by
 * ORG_DIGEST_LIMITS, so the message stays far below SNS's 256 KB.
 */
import type { OrgDigest } from '../../findings/org-digest';
import { SEVERITIES } from '../../findings/types';
import { DEFAULT_LANG, t, type Lang, type MessageKey } from '../../i18n';
import { severityLabel } from '../localize';
import { plainText, slackText } from '../sanitize';
import type { SnsAlert } from './sns-message';
import { chatNotification, noticeSubject, payload } from './sweep-notices';

/** Where the run's result files are. */
export interface ResultLocation {
  readonly bucket: string;
  /** Key of the Map run's `manifest.json` when known, else the results prefix. */
  readonly key: string;
  readonly region: string;
}

function counts(d: OrgDigest, lang: Lang): string[] {
  const sev = SEVERITIES.filter((s) => d.bySeverity[s] > 0).map((s) =>
    t(lang, 'digest.severityCount', { severity: severityLabel(lang, s), count: d.bySeverity[s] }),
  );
  const { items, accounts, failedItems: failed, partialItems: partial, functions, findings } = d;
  const { alerted, notAlerted, resolved } = d;
  return [
    t(lang, 'digest.org.items', { items, accounts, swept: items - failed, failed, partial }),
    t(lang, 'digest.org.functions', { functions, findings, alerted, notAlerted, resolved }),
    ...(sev.length ? [t(lang, 'digest.org.bySeverity', { list: sev.join(', ') })] : []),
  ];
}

function section(lang: Lang, heading: MessageKey, rows: readonly string[], shown: number, all: number): string[] {
  if (rows.length === 0) return [];
  const more = all > shown ? [t(lang, 'digest.org.more', { count: all - shown })] : [];
  return ['', t(lang, heading), ...rows, ...more];
}

function tables(d: OrgDigest, clean: (s: string) => string, lang: Lang): string[] {
  const accounts = d.byAccount.map((a) =>
    t(lang, 'digest.org.account', {
      account: a.account,
      findings: a.findings,
      functions: a.functions,
      failed: a.failedItems,
    }),
  );
  const regions = d.byRegion.map((r) =>
    t(lang, 'digest.org.region', { region: r.region, findings: r.findings, failed: r.failedItems }),
  );
  const top = d.top.map((f) => {
    const sev = severityLabel(lang, f.severity).toLocaleUpperCase(lang);
    return `  ${sev} ${clean(f.checkId)} ${clean(f.functionArn ?? f.account)}: ${clean(f.title)}`;
  });
  const failed = d.failed.map((f) => `  ${f.account} ${f.region}: ${clean(f.reason)}`);
  return [
    ...section(lang, 'digest.org.top', top, 0, 0),
    ...section(lang, 'digest.org.accounts', accounts, d.byAccount.length, d.accounts),
    ...section(lang, 'digest.org.regions', regions, 0, 0),
    ...section(lang, 'digest.org.failedItems', failed, d.failed.length, d.failedItems),
  ];
}

function where(d: OrgDigest, at: ResultLocation | undefined, lang: Lang): string[] {
  const lines: string[] = [];
  if (d.runError) lines.push('', t(lang, 'digest.org.runError', { error: plainText(d.runError) }));
  if (d.unreadable > 0) lines.push('', t(lang, 'digest.org.unreadable', { count: d.unreadable }));
  if (at) {
    const console =
      `https://${at.region}.console.aws.amazon.com/s3/object/${at.bucket}` +
      `?region=${at.region}&prefix=${encodeURIComponent(at.key)}`;
    lines.push('', t(lang, 'digest.org.results', { location: `s3://${at.bucket}/${at.key}` }), console);
  }
  return lines;
}

/**
 * The digest message of one organization sweep (`runId` = the execution's name or start time), in `lang`
 * (default English; the finding titles of the most severe findings stay as the item results recorded them).
 */
export function renderOrgDigestAlert(
  digest: OrgDigest,
  runId: string,
  at?: ResultLocation,
  lang: Lang = DEFAULT_LANG,
): SnsAlert {
  const text = (clean: (s: string) => string): string =>
    [...counts(digest, lang), ...tables(digest, clean, lang), ...where(digest, at, lang)].join('\n');
  const headline = (l: Lang): string =>
    t(l, 'digest.org.headline', {
      findings: digest.findings,
      accounts: digest.accounts,
      failures: digest.runError || digest.failedItems > 0 ? 'yes' : 'no',
    });
  return payload(
    noticeSubject(lang, 'digest.org.subject', (l) => ({ headline: headline(l) })),
    chatNotification(
      `org-digest-${runId}`,
      t(lang, 'digest.org.title', { headline: headline(lang) }),
      text(slackText),
      {
        sweep: runId,
      },
    ),
    text(plainText),
  );
}
