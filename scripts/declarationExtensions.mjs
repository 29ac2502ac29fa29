/**
 * The emitted declarations (`tsc -p tsconfig.build.json`) keep the source's relative imports, written
 * for bundlers without extensions (`from '../client'`). Under `moduleResolution: node16/nodenext` in an
 * ESM package those do not resolve, and every type behind them silently becomes `any`. This names each
 * file as Node would: `'../client'` → `'../client/index.js'`, `'./ids'` → `'./ids.js'`. A relative import
 * that matches no declaration fails the build rather than shipping an `any`.
 *
 *   node scripts/declarationExtensions.mjs dist/types
 */
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(process.argv[2] ?? 'dist/types')
const RELATIVE = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.\.?(?:\/[^'"]*)?)\2/g

const named = (file, specifier) => {
  if (/\.(m|c)?js$|\.json$/.test(specifier)) {
    return specifier
  }
  const target = path.resolve(path.dirname(file), specifier)
  if (fs.existsSync(`${target}.d.ts`)) {
    return `${specifier}.js`
  }
  if (fs.existsSync(path.join(target, 'index.d.ts'))) {
    return `${specifier.replace(/\/$/, '')}/index.js`
  }
  throw new Error(
    `${path.relative(process.cwd(), file)}: '${specifier}' matches no declaration file`,
  )
}

let rewritten = 0
for (const name of fs.readdirSync(root, { recursive: true })) {
  if (!String(name).endsWith('.d.ts')) {
    continue
  }
  const file = path.join(root, String(name))
  const text = fs.readFileSync(file, 'utf8')
  const fixed = text.replace(
    RELATIVE,
    (_, before, quote, specifier) => `${before}${quote}${named(file, specifier)}${quote}`,
  )
  if (fixed !== text) {
    fs.writeFileSync(file, fixed)
    rewritten++
  }
}
console.log(`declarations: relative imports named with their extension in ${rewritten} files`)
