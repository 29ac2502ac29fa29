import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** This directory: the plugin's admin components live here. */
const ADMIN_COMPONENTS_DIR = path.dirname(fileURLToPath(import.meta.url))

/**
 * An admin component of this plugin as the host's import map finds it: a path relative to the host's
 * `admin.importMap.baseDir` (Payload's default is the working directory), so the plugin's components
 * resolve from any project, not only from this app's `src/`.
 */
export const adminComponentPath = (baseDir: string | undefined, file: string, exportName: string) => {
  const relative = path.relative(baseDir ?? process.cwd(), path.join(ADMIN_COMPONENTS_DIR, file)).split(path.sep).join('/')
  return `${relative.startsWith('.') ? relative : `./${relative}`}#${exportName}`
}
