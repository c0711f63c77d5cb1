/**
 * The organization sweep's last state (lib/sweep-fanout.ts): reads the Distributed Map run's result files
 * from S3 — the manifest, then every result file streamed entry by entry — into one bounded
 * {@link OrgDigestBuilder}, and publishes ONE digest for the whole organization through the same SNS path
 * as the single-account sweep's notices (`publishAlert`). Items alert their own findings and send their own
 * "resolved" notices (lambda/handlers/sweep-item.ts); the digest counts them.
 *
 * When the Map run failed (more failed items than tolerated), the state machine still runs this handler
 * with the error: it looks for the run's manifest under the results prefix and reports what was written,
 * plus the run's error. A malformed result entry or file is logged and counted, never fatal.
 */
import { S3Client } from '@aws-sdk/client-s3';
import { SNSClient } from '@aws-sdk/client-sns';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { OrgDigestBuilder, type OrgDigest } from '../core/findings/org-digest';
import { renderOrgDigestAlert, type ResultLocation } from '../core/render/alerts/org-digest';
import { findManifestSince, readManifest, readResultEntries } from '../aws/sweep-results';
import { readConfig, type AuditorConfig } from './config';
import { publisher } from './io-modules';
import { powertoolsLogger, powertoolsMetrics, type AuditLogger, type MetricsSink } from './ports';

/** The digest state's input (built by the state machine; see lib/sweep-fanout.ts). */
export interface SweepDigestEvent {
  /** The Map state's output (`ResultWriterDetails`), or `{mapError}` when the Map run failed. */
  readonly run: {
    readonly ResultWriterDetails?: { readonly Bucket: string; readonly Key: string };
    readonly mapError?: { readonly Error?: string; readonly Cause?: string };
  };
  /** The execution's name (identifies the run in the message). */
  readonly executionName: string;
  /** The execution's start time (ISO): a failed run's manifest is looked for from then on. */
  readonly startTime: string;
  readonly resultBucket: string;
  readonly resultPrefix: string;
}

/** What the digest handler did. */
export interface SweepDigestSummary {
  readonly items: number;
  readonly failedItems: number;
  readonly findings: number;
  readonly unreadable: number;
  readonly published: boolean;
  readonly manifestKey?: string;
}

/** Dependencies (tests inject mocks). */
export interface SweepDigestDeps {
  readonly config: AuditorConfig;
  readonly sns: SNSClient;
  readonly s3: S3Client;
  readonly logger: AuditLogger;
  readonly metrics: MetricsSink;
}

/** Causes can be long (a stack trace): the digest quotes the start. */
const MAX_CAUSE = 500;

function unreadable(deps: SweepDigestDeps, b: OrgDigestBuilder, file: string, error: string): void {
  deps.logger.warn('org-digest-unreadable', { file, error });
  deps.metrics.count('DigestUnreadableEntries');
  b.addUnreadable();
}

/** Streams every result file of the manifest into `b`. */
async function aggregate(deps: SweepDigestDeps, b: OrgDigestBuilder, bucket: string, key: string): Promise<void> {
  const manifest = await readManifest(deps.s3, bucket, key);
  if (!manifest.ok) return unreadable(deps, b, key, manifest.error);
  const { succeeded, failed, pending } = manifest.value;
  if (pending.length > 0) deps.logger.warn('org-digest-pending-files', { files: pending.length });
  for (const file of [...succeeded, ...failed]) {
    for await (const entry of readResultEntries(deps.s3, manifest.value.bucket, file)) {
      if (!entry.ok) unreadable(deps, b, file, entry.error);
      else if (entry.value.kind === 'results') for (const r of entry.value.results) b.add(r);
      else b.addFailedItems(entry.value.items, entry.value.reason);
    }
  }
}

function worthSending(d: OrgDigest): boolean {
  return d.findings > 0 || d.failedItems > 0 || d.unreadable > 0 || d.runError !== undefined || d.items === 0;
}

/** Builds and publishes the organization digest of one run. */
export async function runSweepDigest(deps: SweepDigestDeps, event: SweepDigestEvent): Promise<SweepDigestSummary> {
  try {
    const b = new OrgDigestBuilder();
    const { mapError, ResultWriterDetails: details } = event.run;
    if (mapError) b.setRunError(`${mapError.Error ?? 'Error'}: ${(mapError.Cause ?? '').slice(0, MAX_CAUSE)}`);
    const bucket = details?.Bucket ?? event.resultBucket;
    const key =
      details?.Key ?? (await findManifestSince(deps.s3, bucket, event.resultPrefix, new Date(event.startTime)));
    if (key) await aggregate(deps, b, bucket, key);
    const digest = b.build();
    const at: ResultLocation = { bucket, key: key ?? `${event.resultPrefix}/`, region: deps.config.region };
    const published = worthSending(digest);
    if (published) {
      const alert = renderOrgDigestAlert(digest, event.executionName, at, deps.config.alertLanguage);
      const messageId = await (await publisher()).publishAlert(deps.sns, deps.config.topicArn, alert);
      deps.metrics.count('DigestsPublished');
      deps.logger.info('org-digest', { snsMessageId: messageId });
    }
    const summary: SweepDigestSummary = {
      items: digest.items,
      failedItems: digest.failedItems,
      findings: digest.findings,
      unreadable: digest.unreadable,
      published,
      ...(key ? { manifestKey: key } : {}),
    };
    deps.logger.info('org-sweep', { ...summary, accounts: digest.accounts, alerted: digest.alerted });
    return summary;
  } finally {
    deps.metrics.flush();
  }
}

let production: SweepDigestDeps | undefined;

/** Lambda entry point (the state machine's `Digest` state). Configuration is read from the environment here. */
export const handler = (event: SweepDigestEvent): Promise<SweepDigestSummary> => {
  if (!production) {
    const config = readConfig(process.env);
    production = {
      config,
      sns: new SNSClient({ region: config.region }),
      s3: new S3Client({ region: config.region }),
      logger: powertoolsLogger(new Logger()),
      metrics: powertoolsMetrics(new Metrics()),
    };
  }
  return runSweepDigest(production, event);
};
