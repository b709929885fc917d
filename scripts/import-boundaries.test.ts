// Runs the project's ESLint config on fixture imports, so the import zones of eslint.config.js
// cannot silently stop working (e.g. when the resolver no longer finds `@/` or relative paths).
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { ESLint } from 'eslint'
import { expect, test } from 'vitest'

const root = path.resolve(import.meta.dirname, '..')
const eslint = new ESLint({ cwd: root })

/** A real module of the given feature (imports are checked by the path they resolve to). */
function moduleOf(feature: string): string {
  const dir = path.join(root, 'src/features', feature)
  const file = readdirSync(dir).find((name) => /^[\w-]+\.ts$/.test(name) && !name.includes('.test'))
  if (!file) throw new Error(`no module in ${dir}`)
  return path.join(dir, file)
}

const [featureA, featureB] = readdirSync(path.join(root, 'src/features')).sort()

/** The messages of import-x/no-restricted-paths for `code` placed at `file` (relative to root). */
async function zoneErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) })
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'import-x/no-restricted-paths')
    .map((m) => m.message)
}

function importOf(fromFile: string, target: string, alias: boolean): string {
  const resolved = alias
    ? `@/${path.relative(path.join(root, 'src'), target)}`
    : path.relative(path.dirname(path.join(root, fromFile)), target)
  const specifier = alias || resolved.startsWith('.') ? resolved : `./${resolved}`
  return `import * as other from '${specifier.replace(/\.ts$/, '')}'\nexport const used = other\n`
}

test.each([false, true])(
  'a feature importing another feature fails lint (alias import: %s)',
  async (alias) => {
    const file = `src/features/${featureA}/components/fixture.tsx`
    const errors = await zoneErrors(file, importOf(file, moduleOf(featureB!), alias))
    expect(errors).toEqual([expect.stringContaining('must not import another feature')])
  },
)

test('a feature importing its own modules passes', async () => {
  const file = `src/features/${featureB}/components/fixture.tsx`
  expect(await zoneErrors(file, importOf(file, moduleOf(featureB!), false))).toEqual([])
})

test.each(['src/lib/fixture.ts', 'src/components/ui/fixture.tsx'])(
  '%s may import no feature and not src/app',
  async (file) => {
    const fromFeature = await zoneErrors(file, importOf(file, moduleOf(featureA!), false))
    const fromApp = await zoneErrors(
      file,
      importOf(file, path.join(root, 'src/app/paths.ts'), true),
    )
    expect([...fromFeature, ...fromApp]).toEqual([
      expect.stringContaining('import no feature and not src/app'),
      expect.stringContaining('import no feature and not src/app'),
    ])
  },
)
