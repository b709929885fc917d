import { expect, test } from 'vitest'
import {
  excludedModulesOfEntry,
  firstPageExcludesPlugin,
  type BundleFile,
} from './first-page-excludes'

const ENTRY = '/app/index.html'
const core = (file: string) => `/app/node_modules/@tanstack/query-core/build/modern/${file}`
const excluded = /[\\/]node_modules[\\/]@tanstack[\\/]query-core[\\/]/

// as rollup's chunks, with the dynamic imports the check must not follow
const chunk = (
  moduleIds: string[],
  imports: string[] = [],
  dynamicImports: string[] = [],
): BundleFile & { dynamicImports: string[] } => ({
  type: 'chunk',
  facadeModuleId: null,
  moduleIds,
  imports,
  dynamicImports,
})

/** The first page as built: the entry, its modules' chunk, and the query layer loaded on demand. */
const bundle: Record<string, BundleFile> = {
  'main-entry.js': {
    ...chunk(['/app/index.html'], ['main.js', 'runtime.js'], ['query.js']),
    facadeModuleId: ENTRY,
  },
  'main.js': chunk(
    [
      '/app/src/main.tsx',
      '/app/node_modules/@tanstack/react-query/build/modern/QueryClientProvider.js',
    ],
    ['runtime.js'],
  ),
  'runtime.js': chunk(['\0rolldown/runtime.js']),
  'query.js': chunk([core('queryClient.js'), core('focusManager.js')], ['main.js']),
  'main.css': { type: 'asset' },
}

test('modules loaded only on demand are not the first page’s', () => {
  expect(excludedModulesOfEntry(bundle, ENTRY, excluded)).toEqual([])
})

test('excluded modules in the entry’s chunks, directly or through another chunk, are named', () => {
  const inMain = { ...bundle, 'main.js': chunk([core('focusManager.js')], ['runtime.js']) }
  expect(excludedModulesOfEntry(inMain, ENTRY, excluded)).toEqual([core('focusManager.js')])
  // the query layer's chunk imported statically (a module the first page needs went into it)
  const imported = { ...bundle, 'runtime.js': chunk([], ['query.js']) }
  expect(excludedModulesOfEntry(imported, ENTRY, excluded)).toEqual([
    core('focusManager.js'),
    core('queryClient.js'),
  ])
})

test('a bundle without the entry is an error, not a pass', () => {
  expect(() => excludedModulesOfEntry(bundle, '/app/other.html', excluded)).toThrow(
    'no output chunk for the entry /app/other.html',
  )
})

/** Runs the plugin's generateBundle on a fixture bundle. */
function runPlugin(files: Record<string, BundleFile>) {
  const plugin = firstPageExcludesPlugin({ entry: ENTRY, excluded, reason: 'a test' })
  const context = {
    error: (message: string): never => {
      throw new Error(message)
    },
  }
  const generateBundle = plugin.generateBundle as (
    this: typeof context,
    options: unknown,
    bundle: Record<string, BundleFile>,
  ) => void
  generateBundle.call(context, {}, files)
}

test('the plugin checks client builds only (the prerender’s server build has no first page)', () => {
  const plugin = firstPageExcludesPlugin({ entry: ENTRY, excluded, reason: 'a test' })
  const apply = plugin.apply as (config: object, env: object) => boolean
  expect(apply({}, { command: 'build', mode: 'production', isSsrBuild: false })).toBe(true)
  expect(apply({}, { command: 'build', mode: 'production', isSsrBuild: true })).toBe(false)
  expect(apply({}, { command: 'serve', mode: 'development' })).toBe(false)
})

test('the plugin fails the build naming the modules, and lets a clean first page through', () => {
  expect(() => runPlugin(bundle)).not.toThrow()
  expect(() => runPlugin({ ...bundle, 'runtime.js': chunk([], ['query.js']) })).toThrow(
    `the first page loads 2 module(s) it must not (a test): ${core('focusManager.js')}, ${core('queryClient.js')}`,
  )
})
