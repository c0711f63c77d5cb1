/**
 * The one test-data factory: every test builds Snapshot, FunctionInfo, RoleInfo, DeniedRequest and
 * Finding data through these modules (split by entity). Policy-engine inputs (principals, compiled
 * policies) are in ./engine. A test-only lint (test/support/factory.test.ts) fails when another test
 * module exports its own builder.
 */
export * from './account';
export * from './policy';
export * from './snapshot';
export * from './iac';
export * from './denial';
export * from './finding';
export * from './engine';
