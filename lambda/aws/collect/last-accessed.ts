/**
 * IAM last-accessed reader (issue 13, over-broad proposal): for each role asked, starts a report with
 * `GenerateServiceLastAccessedDetails` (`Granularity: ACTION_LEVEL`) and polls
 * `GetServiceLastAccessedDetails` with exponential backoff, a bounded number of times, then reads its pages
 * (API reference: https://docs.aws.amazon.com/IAM/latest/APIReference/API_GetServiceLastAccessedDetails.html;
 * `JobStatus` IN_PROGRESS | COMPLETED | FAILED, `ServicesLastAccessed[].TrackedActionsLastAccessed`).
 * Sweeps only, for the roles the over-broad check flags. A report not ready in time, a failed job or a
 * denied call leaves the role out (errors as data in the context), never throws.
 */
import {
  GenerateServiceLastAccessedDetailsCommand,
  GetServiceLastAccessedDetailsCommand,
  type GetServiceLastAccessedDetailsCommandOutput,
  type IAMClient,
  type ServiceLastAccessed as SdkService,
} from '@aws-sdk/client-iam';
import type { RoleLastAccessed, ServiceLastAccessed } from '../../core/snapshot/types';
import type { CollectContext } from './context';

/** Polling bounds of {@link readLastAccessed}. */
export interface LastAccessedOptions {
  /** Status polls per report before giving up (default 6: about 1 + 2 + 4 + 8 + 16 s with the default delay). */
  readonly maxPolls?: number;
  /** First delay between polls in ms, doubled each time (default 1000). */
  readonly delayMs?: number;
  /** Injected for tests. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** At most this many pages of one report (default 5). */
  readonly maxPages?: number;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function mapService(s: SdkService): ServiceLastAccessed {
  const namespace = s.ServiceNamespace ?? '';
  return {
    namespace,
    ...(s.LastAuthenticated ? { lastAuthenticated: s.LastAuthenticated.toISOString() } : {}),
    ...(s.TrackedActionsLastAccessed
      ? {
          actions: s.TrackedActionsLastAccessed.map((a) => ({
            action: `${namespace}:${a.ActionName ?? ''}`,
            ...(a.LastAccessedTime ? { lastAccessed: a.LastAccessedTime.toISOString() } : {}),
          })),
        }
      : {}),
  };
}

async function poll(
  ctx: CollectContext,
  iam: IAMClient,
  roleArn: string,
  jobId: string,
  o: LastAccessedOptions,
): Promise<GetServiceLastAccessedDetailsCommandOutput | undefined> {
  const sleep = o.sleep ?? defaultSleep;
  let delay = o.delayMs ?? 1000;
  for (let i = 0; i < (o.maxPolls ?? 6); i++) {
    const res = await ctx.send('iam:GetServiceLastAccessedDetails', roleArn, () =>
      iam.send(new GetServiceLastAccessedDetailsCommand({ JobId: jobId })),
    );
    if (!res.ok || res.value.JobStatus === 'FAILED') return undefined;
    if (res.value.JobStatus === 'COMPLETED') return res.value;
    await sleep(delay);
    delay *= 2;
  }
  return undefined;
}

async function nextPage(
  ctx: CollectContext,
  iam: IAMClient,
  roleArn: string,
  jobId: string,
  marker: string,
): Promise<GetServiceLastAccessedDetailsCommandOutput | undefined> {
  const next = await ctx.send('iam:GetServiceLastAccessedDetails', roleArn, () =>
    iam.send(new GetServiceLastAccessedDetailsCommand({ JobId: jobId, Marker: marker })),
  );
  return next.ok ? next.value : undefined;
}

async function report(
  ctx: CollectContext,
  iam: IAMClient,
  roleArn: string,
  o: LastAccessedOptions,
): Promise<RoleLastAccessed | undefined> {
  const started = await ctx.send('iam:GenerateServiceLastAccessedDetails', roleArn, () =>
    iam.send(new GenerateServiceLastAccessedDetailsCommand({ Arn: roleArn, Granularity: 'ACTION_LEVEL' })),
  );
  const jobId = started.ok ? started.value.JobId : undefined;
  if (!jobId) return undefined;
  let page: GetServiceLastAccessedDetailsCommandOutput | undefined = await poll(ctx, iam, roleArn, jobId, o);
  if (!page) return undefined;
  const services = [...(page.ServicesLastAccessed ?? [])];
  const completedAt = page.JobCompletionDate?.toISOString() ?? '';
  for (let n = 1; page?.IsTruncated && page.Marker && n < (o.maxPages ?? 5); n++) {
    page = await nextPage(ctx, iam, roleArn, jobId, page.Marker);
    services.push(...(page?.ServicesLastAccessed ?? []));
  }
  return { roleArn, completedAt, services: services.map(mapService) };
}

/** The last-accessed reports of `roleArns` (those that completed in time), in input order. */
export async function readLastAccessed(
  ctx: CollectContext,
  iam: IAMClient,
  roleArns: readonly string[],
  o: LastAccessedOptions = {},
): Promise<RoleLastAccessed[]> {
  const reports = await Promise.all(roleArns.map((arn) => report(ctx, iam, arn, o)));
  return reports.filter((r): r is RoleLastAccessed => r !== undefined);
}
