import base from './jest.config.js'

/**
 * `npm run test:postgres`: the suites that use the test database, again on PostgreSQL
 * (tests/postgres.sh sets TEST_DATABASE_URI). Left out, as they ran in `npm run test:api` already and
 * would run the very same way here:
 * - tests/unit/: no database at all;
 * - files that never use TEST_DATABASE_URI: accounts.production and app.server start the app on a
 *   SQLite file of their own, database.test on unreachable or invalid URIs, plugin.test on bare
 *   SQLite configs, mongodb.test without connecting.
 * A file that starts using the test database (startNewsroom, freshDatabaseUri, postgresServer) must
 * leave this list.
 */
/** @type {import('jest').Config} */
export default {
  ...base,
  testPathIgnorePatterns: [
    ...base.testPathIgnorePatterns,
    '/tests/unit/',
    '/tests/integration/(accounts\\.production|app\\.server|database|mongodb|plugin)\\.test\\.ts$',
  ],
}
