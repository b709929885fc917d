import { expect, test } from 'vitest'
import { seededRandom } from '../src/testing/seeded-random'
import { findChunkCycle, type BundleEntry } from './chunk-cycles'
import { canMerge, routeChunks, type ModuleNode, type RouteChunk } from './route-chunks'

const mod = (imports: string[], size = 100, dynamicImports: string[] = []): ModuleNode => ({
  imports,
  dynamicImports,
  size,
})

/**
 * The chunks the bundler makes of the result: the shared ones, and a chunk for each route and
 * each dynamic import with what else it imports; a chunk imports the chunks of the modules its
 * modules import.
 */
function bundleOf(
  graph: ReadonlyMap<string, ModuleNode>,
  entries: readonly string[],
  chunks: readonly RouteChunk[],
): Record<string, BundleEntry> {
  const chunkOf = new Map<string, string>()
  chunks.forEach((chunk, index) => {
    for (const id of chunk.modules) chunkOf.set(id, `shared-${index}.js`)
  })
  for (const node of graph.values()) {
    for (const id of node.dynamicImports) chunkOf.set(id, `${id}.js`)
  }
  const roots = [...entries, ...[...graph.values()].flatMap((node) => node.dynamicImports)]
  for (const root of roots) {
    const pending = [root]
    for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
      if (chunkOf.has(id) && id !== root) continue
      chunkOf.set(id, `${root}.js`)
      pending.push(...(graph.get(id)?.imports ?? []))
    }
  }
  const bundle: Record<string, { type: 'chunk'; imports: string[] }> = {}
  for (const [id, chunk] of chunkOf) {
    const imports = (graph.get(id)?.imports ?? []).flatMap((imported) => {
      const target = chunkOf.get(imported)
      return target && target !== chunk ? [target] : []
    })
    const entry = (bundle[chunk] ??= { type: 'chunk', imports: [] })
    entry.imports.push(...imports.filter((target) => !entry.imports.includes(target)))
  }
  return bundle
}

/** Routes a–d; s is what a and b share, u what a–c share, t what all share: s → u → t, s → t. */
const nested = new Map<string, ModuleNode>([
  ['a', mod(['s'])],
  ['b', mod(['s'])],
  ['c', mod(['u'])],
  ['d', mod(['t'])],
  ['s', mod(['u', 't'], 500)],
  ['u', mod(['t'], 20_000)],
  ['t', mod([], 20_000)],
])
const routes = ['a', 'b', 'c', 'd']

test('modules are grouped by the exact set of routes that reach them', () => {
  expect(routeChunks(nested, { entries: routes, everyPage: [], maxChunks: 10 })).toEqual([
    { entries: ['a', 'b'], modules: ['s'] },
    { entries: ['a', 'b', 'c'], modules: ['u'] },
    { entries: ['a', 'b', 'c', 'd'], modules: ['t'] },
  ])
})

test('merging a small group into a larger one past one in between makes a cycle', () => {
  const oldMerge = [
    { entries: ['a', 'b', 'c', 'd'], modules: ['s', 't'] },
    { entries: ['a', 'b', 'c'], modules: ['u'] },
  ]
  expect(findChunkCycle(bundleOf(nested, routes, oldMerge))).toBeDefined()
  const edges = new Map([
    ['s', new Set(['u', 't'])],
    ['u', new Set(['t'])],
    ['t', new Set<string>()],
  ])
  expect(canMerge(edges, 's', 't')).toBe(false)
  expect(canMerge(edges, 's', 'u')).toBe(true)
  expect(canMerge(edges, 'u', 't')).toBe(true)
})

test('merged down to fewer chunks, the chunks stay acyclic, the cheapest merge first', () => {
  // a and b load their own chunk and three shared ones; one merge brings them to three
  const chunks = routeChunks(nested, { entries: routes, everyPage: [], maxChunks: 3 })
  expect(chunks).toEqual([
    { entries: ['a', 'b', 'c'], modules: ['s', 'u'] },
    { entries: ['a', 'b', 'c', 'd'], modules: ['t'] },
  ])
  expect(findChunkCycle(bundleOf(nested, routes, chunks))).toBeUndefined()
  const one = routeChunks(nested, { entries: routes, everyPage: [], maxChunks: 2 })
  expect(one).toEqual([{ entries: ['a', 'b', 'c', 'd'], modules: ['s', 't', 'u'] }])
})

test('a dynamic import keeps a chunk of its own, which counts as one its routes load', () => {
  const graph = new Map<string, ModuleNode>([
    ['a', mod(['x'], 100, ['lazy'])],
    ['b', mod(['x', 'y'])],
    ['c', mod(['y'])],
    ['lazy', mod(['y'])],
    ['x', mod([])],
    ['y', mod([])],
  ])
  const input = { entries: ['a', 'b', 'c'], everyPage: [] }
  expect(routeChunks(graph, { ...input, maxChunks: 10 })).toEqual([
    { entries: ['a', 'b'], modules: ['x'] },
    { entries: ['a', 'b', 'c'], modules: ['y'] },
  ])
  // a loads its own chunk, lazy's and two shared: over three, the shared ones are merged
  expect(routeChunks(graph, { ...input, maxChunks: 3 })).toEqual([
    { entries: ['a', 'b', 'c'], modules: ['x', 'y'] },
  ])
})

test('what every page loads counts as reached by every route', () => {
  const graph = new Map<string, ModuleNode>([
    ['a', mod(['z'])],
    ['b', mod([])],
    ['client', mod(['z'])],
    ['z', mod([])],
  ])
  expect(routeChunks(graph, { entries: ['a', 'b'], everyPage: ['client'], maxChunks: 10 })).toEqual(
    [{ entries: ['a', 'b'], modules: ['z'] }],
  )
})

test('on random module graphs every limit gives chunks that never import each other', () => {
  let merged = 0
  for (let seed = 1; seed <= 30; seed++) {
    const next = seededRandom(seed)
    const pick = (n: number) => Math.floor(next() * n)
    const entries = Array.from({ length: 6 }, (_, i) => `route${i}`)
    const modules = Array.from({ length: 40 }, (_, i) => `m${i}`)
    const graph = new Map<string, ModuleNode>()
    // modules import only later ones, as a module graph without cycles
    modules.forEach((id, i) => {
      const later = modules.slice(i + 1)
      const imports = later.filter(() => next() < 0.08)
      const dynamicImports = later.filter(() => next() < 0.01)
      graph.set(id, mod(imports, 100 + pick(5000), dynamicImports))
    })
    for (const entry of entries) {
      graph.set(entry, mod(modules.filter(() => next() < 0.15)))
    }
    const counts = [2, 4, 6, 8, 40].map((maxChunks) => {
      const chunks = routeChunks(graph, { entries, everyPage: [], maxChunks })
      expect(findChunkCycle(bundleOf(graph, entries, chunks))).toBeUndefined()
      return chunks.length
    })
    if ((counts[0] ?? 0) < (counts.at(-1) ?? 0)) merged++
  }
  // the limits did make merges (the check above is not about unmerged groups only)
  expect(merged).toBeGreaterThan(20)
})
