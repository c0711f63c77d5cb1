/**
 * The handlers' write-side adapters, loaded on first use instead of at handler load: they pull in the
 * DynamoDB and SNS SDK packages, which an ignored or unrelated denial never needs (README "Lean Lambdas").
 */

/** The dedup store (`lambda/aws/dedup/dynamo.ts`), imported on first use and then cached by the runtime. */
export const dedupStore = (): Promise<typeof import('../aws/dedup/dynamo')> => import('../aws/dedup/dynamo');

/** The SNS publisher (`lambda/aws/publish/sns.ts`), imported on first use. */
export const publisher = (): Promise<typeof import('../aws/publish/sns')> => import('../aws/publish/sns');

/** The sweep's index record (`lambda/aws/dedup/sweep-index.ts`), imported on first use. */
export const sweepIndexStore = (): Promise<typeof import('../aws/dedup/sweep-index')> =>
  import('../aws/dedup/sweep-index');
