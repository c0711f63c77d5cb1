/**
 * Shared helpers of the checks: principals, engine questions, finding builders, fix rendering.
 */
export * from './arn';
export * from './principal';
export * from './can';
export * from './finding';
export * from './fix-render';
export * from './grants';
export * from './requirements';
export * from './describe';
export * from './trust';
export * from './eni';
export * from './esm';
