import { expect, test } from 'vitest'
import { chunkCyclesPlugin, findChunkCycle, type BundleEntry } from './chunk-cycles'

const chunk = (...imports: string[]): BundleEntry => ({ type: 'chunk', imports })

/** The graph of the bug it guards against: the entry, a shared chunk and a route chunk. */
const acyclic: Record<string, BundleEntry> = {
  'main.js': chunk('runtime.js'),
  'runtime.js': chunk(),
  'routes-shared.js': chunk('main.js', 'runtime.js'),
  'create.js': chunk('routes-shared.js', 'main.js'),
  'main.css': { type: 'asset' },
}

test('a bundle whose chunks import one way passes', () => {
  expect(findChunkCycle(acyclic)).toBeUndefined()
})

test('chunks that import each other, also through a third, are named in order', () => {
  expect(
    findChunkCycle({ ...acyclic, 'main.js': chunk('runtime.js', 'routes-shared.js') }),
  ).toEqual(['routes-shared.js', 'main.js', 'routes-shared.js'])
  expect(findChunkCycle({ ...acyclic, 'runtime.js': chunk('create.js') })).toEqual([
    'create.js',
    'routes-shared.js',
    'main.js',
    'runtime.js',
    'create.js',
  ])
  expect(findChunkCycle({ 'self.js': chunk('self.js') })).toEqual(['self.js', 'self.js'])
})

test('dynamic imports are not counted', () => {
  const bundle = {
    ...acyclic,
    'main.js': { ...chunk('runtime.js'), dynamicImports: ['create.js'] },
  }
  expect(findChunkCycle(bundle)).toBeUndefined()
})

interface Context {
  error: (message: string) => never
  warn: (message: string) => void
}

/** Runs the plugin's generateBundle on a fixture graph; returns the warnings it gave. */
function runPlugin(
  plugin: ReturnType<typeof chunkCyclesPlugin>,
  bundle: Record<string, BundleEntry>,
) {
  const warnings: string[] = []
  const context: Context = {
    error: (message) => {
      throw new Error(message)
    },
    warn: (message) => void warnings.push(message),
  }
  const generateBundle = plugin.generateBundle as (
    this: Context,
    options: unknown,
    bundle: Record<string, BundleEntry>,
  ) => void
  generateBundle.call(context, {}, bundle)
  return warnings
}

const cyclic = { ...acyclic, 'runtime.js': chunk('main.js') }
const named = 'output chunks import each other: main.js → runtime.js → main.js'

test('the plugin fails the build naming the cycle, and lets an acyclic bundle through', () => {
  expect(runPlugin(chunkCyclesPlugin(), acyclic)).toEqual([])
  expect(() => runPlugin(chunkCyclesPlugin(), cyclic)).toThrow(named)
})

test('with failBuild: false it names the cycle in a warning', () => {
  expect(runPlugin(chunkCyclesPlugin({ failBuild: false }), acyclic)).toEqual([])
  expect(runPlugin(chunkCyclesPlugin({ failBuild: false }), cyclic)).toEqual([
    expect.stringContaining(named),
  ])
})
