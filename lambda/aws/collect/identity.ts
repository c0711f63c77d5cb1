/** Who the collector runs as: STS `GetCallerIdentity`, once per run (needs no IAM permission). */
import { GetCallerIdentityCommand, type STSClient } from '@aws-sdk/client-sts';
import type { CollectContext } from './context';

/** The caller's ARN and account. */
export interface CallerIdentity {
  readonly arn: string;
  readonly accountId?: string;
}

/**
 * Asks STS who the collector is. Undefined when there is no STS client or the call failed; a failure
 * is recorded in `failedReads` but does not make the snapshot partial (see `readsAnalysisData`).
 */
export async function callerIdentity(
  ctx: CollectContext,
  sts: STSClient | undefined,
): Promise<CallerIdentity | undefined> {
  if (!sts) return undefined;
  const res = await ctx.send('sts:GetCallerIdentity', 'caller', () => sts.send(new GetCallerIdentityCommand({})));
  if (!res.ok || !res.value.Arn) return undefined;
  return { arn: res.value.Arn, ...(res.value.Account ? { accountId: res.value.Account } : {}) };
}
