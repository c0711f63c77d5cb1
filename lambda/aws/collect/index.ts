/**
 * The collector: read-only AWS SDK v3 adapters that build a {@link Snapshot}. Single-function
 * collection for event audits, bulk collection for sweeps.
 */
export { createClients, globalEventsRegion, type CollectorClients } from './clients';
export { collectFunction, type CollectFunctionOptions } from './single';
export { collectAccount, type CollectAccountOptions } from './sweep';
export { CollectContext } from './context';
export { RateLimiter, DEFAULT_QUOTAS } from './limiter';
export { COLLECTOR_READ_ACTIONS, COLLECTOR_API_ACTIONS, type CollectorApi } from './permissions';
export { decodePolicyDocument, parseResourcePolicy } from './decode';
export { COLLECTOR_VERSION } from './snapshot';
export type { Snapshot } from '../../core/snapshot/types';
