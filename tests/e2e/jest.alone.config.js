import base, { ALONE } from './jest.config.js'

/** The e2e files that time writes under load or kill processes mid-write: one at a time, after the rest (see jest.config.js). */
export default {
  ...base,
  testMatch: ALONE.map((name) => `**/${name}.e2e.ts`),
  testPathIgnorePatterns: ['/node_modules/'],
  maxWorkers: 1,
}
