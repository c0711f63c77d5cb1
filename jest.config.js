/** Jest configuration. Type checking is done once by `tsc` in `npm test`, so ts-jest only transpiles
 * (isolatedModules) to keep the suite fast on 2-core CI machines. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { diagnostics: false }],
    // ESM-only packages (intl-messageformat, @formatjs/*): converted to CommonJS, see test/support/esm-transform.js.
    '^.+/node_modules/(?:intl-messageformat|@formatjs)/.+\\.js$': '<rootDir>/test/support/esm-transform.js',
  },
  transformIgnorePatterns: ['/node_modules/(?!(?:intl-messageformat|@formatjs)/)'],
  maxWorkers: 2,
  testTimeout: 60000,
};
