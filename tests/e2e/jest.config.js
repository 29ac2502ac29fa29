/**
 * Browser tests: the real app (production build) driven by Debian's Chromium through playwright-core.
 *
 * Two files at a time: each starts its own servers (free ports, its own database) and spends most of
 * its time waiting on a browser, a child server or npm. The files that measure writes under load or
 * kill processes mid-write (ALONE) run after them, one at a time, with the machine to themselves
 * (`jest.alone.config.js`): two cores shared with a browser would time them, not the app.
 */
export const ALONE = ['sqliteInstances', 'postgresInstances', 'faults', 'writerProcess', 'orphans']

export default {
  rootDir: '../..',
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  // The app keeps process-wide state on globalThis by design (one delivery cache for express and
  // Next's bundle). Jest 30's "soft" cleanup of globals between files wraps their properties in
  // accessors whose setter calls itself: a write by a timer left from the previous file then
  // overflows the stack ("Maximum call stack size exceeded" in jest-util's originalSetter).
  testEnvironmentOptions: { globalsCleanup: 'off' },
  roots: ['<rootDir>/tests/e2e'],
  testMatch: ['**/*.e2e.ts'],
  testPathIgnorePatterns: ['/node_modules/', ...ALONE.map((name) => `/${name}\\.e2e\\.ts$`)],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // The package's own name resolves to its source in this repository, as tsconfig's paths say.
    '^newsroom-payload$': '<rootDir>/src/plugin/index.ts',
    '^newsroom-payload/(client|rsc|html|syndication|guards)$': '<rootDir>/src/plugin/exports/$1.ts',
    '^newsroom-payload/fetch-client$': '<rootDir>/src/plugin/exports/fetchClient.ts',
    '^newsroom-payload/fast-path$': '<rootDir>/src/plugin/exports/fastPath.ts',
    // `admin`: the admin client components' old name, an alias of `client` for one version.
    '^newsroom-payload/admin$': '<rootDir>/src/plugin/exports/client.ts',
  },
  transform: {
    '^.+\\.tsx?$': [
      'ts-jest',
      { useESM: true, tsconfig: { jsx: 'react-jsx', isolatedModules: true } },
    ],
  },
  // Each file's duration (slowest first), after jest's own summary.
  reporters: ['default', '<rootDir>/tests/helpers/durationReporter.cjs'],
  maxWorkers: 2,
  // A test that fails half-way may leave a helper's socket open; the run must still end (and say what failed).
  forceExit: true,
  testTimeout: 180_000,
}
