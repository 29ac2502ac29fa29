/** Where the app's files are: the project's root, its `src/` and the git-ignored `data/` (computed from this file, wherever it runs). */
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
/** The app's `src/`: the import map, the generated types and GraphQL schema, the migrations. */
export const srcDir = path.join(projectRoot, 'src')
/** The default database, uploaded pictures, the generated secret and development logins (git-ignored). */
export const dataDir = path.join(projectRoot, 'data')
/** The embedded default database: a SQLite file under ./data, so a fresh clone runs with zero setup. */
export const DEFAULT_DATABASE_URI = `file:${path.join(dataDir, 'newsroom.db')}`
