// Some machines export TF_CLI_CONFIG_FILE naming a file that does not exist, and
// Terraform then warns on every call (cdktf's generator calls it as it loads).
// Dropped for the test workers only; a file that exists is left in place.
if (process.env.TF_CLI_CONFIG_FILE && !require('fs').existsSync(process.env.TF_CLI_CONFIG_FILE)) {
  delete process.env.TF_CLI_CONFIG_FILE;
}

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  // Type checking is `npm run typecheck` (part of `npm test`); Jest only strips types, with esbuild as tsx does.
  transform: { '^.+\\.ts$': '<rootDir>/tools/jest/esbuild-transform.js' },
  modulePathIgnorePatterns: ['<rootDir>/cdktf.out', '<rootDir>/packages/.*/src'],
  testTimeout: 30000,
  // Every core: Jest's default leaves one to the main process, which here only waits (on 2 cores, 56 s -> 40 s).
  maxWorkers: '100%',
  reporters: ['default', '<rootDir>/tools/jest/summary-reporter.js'],
  // A temp directory of the run's own, removed at its end (tools/jest/temp-dir.js).
  globalSetup: '<rootDir>/tools/jest/global-setup.js',
  globalTeardown: '<rootDir>/tools/jest/global-teardown.js',
};
