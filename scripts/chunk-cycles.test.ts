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

test('the plugin fails the build naming the cycle, and lets an acyclic bundle through', () => {
  const plugin = chunkCyclesPlugin()
  const generateBundle = plugin.generateBundle as (
    this: { error: (message: string) => never },
    options: unknown,
    bundle: Record<string, BundleEntry>,
  ) => void
  const context = {
    error: (message: string): never => {
      throw new Error(message)
    },
  }
  expect(() => generateBundle.call(context, {}, acyclic)).not.toThrow()
  expect(() =>
    generateBundle.call(context, {}, { ...acyclic, 'runtime.js': chunk('main.js') }),
  ).toThrow('output chunks import each other: main.js → runtime.js → main.js')
})
