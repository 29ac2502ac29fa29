/** Browser tests: the real app (production build) driven by Debian's Chromium through playwright-core. */
export default {
  rootDir: '../..',
  preset: 'ts-jest/presets/default-esm',
  testEnvironment: 'node',
  roots: ['<rootDir>/tests/e2e'],
  testMatch: ['**/*.e2e.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.tsx?$': ['ts-jest', { useESM: true, tsconfig: { jsx: 'react-jsx', isolatedModules: true } }] },
  maxWorkers: 1,
  testTimeout: 180_000,
}
