/**
 * The snapshot module: the shared data shape, its load-time validation and the policy sets built
 * from it.
 */
export * from './types';
export * from './validate';
export * from './policy-sets';
export * from './empty';
export * from './resource-policies';
export * from './policy-targets';
