// Groups what the lazy routes share into chunks that never import each other. A module imported by
// another is loaded by every route that loads the importer, so grouping modules by the exact set
// of routes that reach them gives chunks whose imports only go from a set of routes to a larger
// one: no cycle. Small groups are then merged, but only where the merge keeps it so.

/** A module the grouping may place: its imports and its size in bytes. */
export interface ModuleNode {
  imports: readonly string[]
  dynamicImports: readonly string[]
  size: number
}

/** One shared chunk: the routes (entry ids) that load it and the modules in it. */
export interface RouteChunk {
  entries: string[]
  modules: string[]
}

/**
 * The routes that reach each module of the graph, sorted. Dynamic imports count: a page preloads
 * what it may import later, and a module dynamically imported is still loaded after its importer.
 * What every page loads (`everyPage`) counts as reached by every route.
 */
function entriesReaching(
  graph: ReadonlyMap<string, ModuleNode>,
  entries: readonly string[],
  everyPage: readonly string[] = [],
): Map<string, string[]> {
  const reaching = new Map<string, string[]>()
  for (const entry of [...entries].sort()) {
    const seen = new Set<string>()
    const pending = [entry, ...everyPage]
    for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
      const node = graph.get(id)
      if (!node || seen.has(id)) continue
      seen.add(id)
      reaching.set(id, [...(reaching.get(id) ?? []), entry])
      pending.push(...node.imports, ...node.dynamicImports)
    }
  }
  return reaching
}

/** The lazy routes' entry modules, and what every page loads besides (dynamically imported). */
export interface RouteChunksInput {
  entries: readonly string[]
  everyPage: readonly string[]
}

interface Group {
  entries: Set<string>
  modules: string[]
  size: number
  /** A dynamically imported module, in a chunk of its own whatever the grouping does. */
  fixed: boolean
}

const keyOf = (entries: Iterable<string>) => [...entries].sort().join('\n')

/** Each module's dynamic imports that reach it through static imports (itself included). */
function chunksReaching(
  graph: ReadonlyMap<string, ModuleNode>,
  dynamicallyImported: Iterable<string>,
): Map<string, string[]> {
  const reaching = new Map<string, string[]>()
  for (const root of [...dynamicallyImported].sort()) {
    const seen = new Set<string>()
    const pending = [root]
    for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
      const node = graph.get(id)
      if (!node || seen.has(id)) continue
      seen.add(id)
      reaching.set(id, [...(reaching.get(id) ?? []), root])
      pending.push(...node.imports)
    }
  }
  return reaching
}

/**
 * The chunks by exact set of routes: a group of the modules two or more routes reach, and a fixed
 * one for each route and each dynamically imported module. What only one route reaches is left
 * out (it goes with that route's chunk, or with the dynamic import that loads it). A group's key
 * also holds the dynamic imports whose chunks import it: a dynamically imported module has the
 * routes of the modules that import it statically, and its chunk would import a group that
 * imports it.
 */
function groupsByEntries(
  graph: ReadonlyMap<string, ModuleNode>,
  { entries, everyPage }: RouteChunksInput,
): Map<string, Group> {
  const dynamicallyImported = new Set(everyPage)
  for (const node of graph.values())
    for (const id of node.dynamicImports) dynamicallyImported.add(id)
  const isFixed = new Set([...entries, ...dynamicallyImported])
  const reachingChunks = chunksReaching(graph, dynamicallyImported)
  const groups = new Map<string, Group>()
  for (const [id, reachedBy] of entriesReaching(graph, entries, everyPage)) {
    const size = graph.get(id)?.size ?? 0
    if (isFixed.has(id)) {
      groups.set(`fixed:${id}`, { entries: new Set(reachedBy), modules: [id], size, fixed: true })
      continue
    }
    if (reachedBy.length < 2) continue
    const key = `${keyOf(reachedBy)}\n|\n${keyOf(reachingChunks.get(id) ?? [])}`
    const group = groups.get(key) ?? {
      entries: new Set(reachedBy),
      modules: [],
      size: 0,
      fixed: false,
    }
    group.modules.push(id)
    group.size += size
    groups.set(key, group)
  }
  return groups
}

/** Which chunk imports which (statically, between modules in different chunks). */
function groupEdges(
  graph: ReadonlyMap<string, ModuleNode>,
  groups: ReadonlyMap<string, Group>,
): Map<string, Set<string>> {
  const groupOf = new Map<string, string>()
  for (const [key, group] of groups) for (const id of group.modules) groupOf.set(id, key)
  const edges = new Map<string, Set<string>>([...groups.keys()].map((key) => [key, new Set()]))
  for (const [id, key] of groupOf) {
    for (const imported of graph.get(id)?.imports ?? []) {
      const target = groupOf.get(imported)
      if (target !== undefined && target !== key) edges.get(key)?.add(target)
    }
  }
  return edges
}

/** Whether `to` is reachable from `from` other than by a direct edge. */
function reachesIndirectly(
  edges: ReadonlyMap<string, ReadonlySet<string>>,
  from: string,
  to: string,
): boolean {
  const seen = new Set<string>()
  const pending = [...(edges.get(from) ?? [])].filter((next) => next !== to)
  for (let key = pending.pop(); key !== undefined; key = pending.pop()) {
    if (key === to) return true
    if (seen.has(key)) continue
    seen.add(key)
    pending.push(...(edges.get(key) ?? []))
  }
  return false
}

/**
 * Whether contracting a and b into one node keeps the chunk graph (acyclic) so: iff no path
 * a ⇝ b or b ⇝ a runs through a third node.
 */
export function canMerge(
  edges: ReadonlyMap<string, ReadonlySet<string>>,
  a: string,
  b: string,
): boolean {
  return !reachesIndirectly(edges, a, b) && !reachesIndirectly(edges, b, a)
}

/** The bytes a merge adds to the routes that loaded only one of the two groups. */
function mergeCost(a: Group, b: Group): number {
  const union = new Set([...a.entries, ...b.entries])
  return a.size * (union.size - a.entries.size) + b.size * (union.size - b.entries.size)
}

/** Replaces groups a and b by one, which every chunk that imported either imports. */
function mergeInto(
  groups: Map<string, Group>,
  edges: Map<string, Set<string>>,
  a: string,
  b: string,
): void {
  const [groupA, groupB] = [groups.get(a), groups.get(b)]
  if (!groupA || !groupB) return
  const key = `${a}\n+\n${b}`
  groups.delete(a)
  groups.delete(b)
  groups.set(key, {
    entries: new Set([...groupA.entries, ...groupB.entries]),
    modules: [...groupA.modules, ...groupB.modules],
    size: groupA.size + groupB.size,
    fixed: false,
  })
  const targets = new Set([...(edges.get(a) ?? []), ...(edges.get(b) ?? [])])
  targets.delete(a)
  targets.delete(b)
  edges.delete(a)
  edges.delete(b)
  for (const targetsOfOther of edges.values()) {
    const importedA = targetsOfOther.delete(a)
    const importedB = targetsOfOther.delete(b)
    if (importedA || importedB) targetsOfOther.add(key)
  }
  edges.set(key, targets)
}

/** How many of the chunks each entry loads. */
function chunksPerEntry(groups: ReadonlyMap<string, Group>): Map<string, number> {
  const count = new Map<string, number>()
  for (const group of groups.values()) {
    for (const entry of group.entries) count.set(entry, (count.get(entry) ?? 0) + 1)
  }
  return count
}

/**
 * The cheapest merge that takes a chunk off an entry loading more than `maxChunks`, among those
 * that keep the chunks acyclic; undefined when there is none.
 */
function cheapestMerge(
  groups: ReadonlyMap<string, Group>,
  edges: ReadonlyMap<string, ReadonlySet<string>>,
  maxChunks: number,
): [string, string] | undefined {
  const count = chunksPerEntry(groups)
  const overLimit = (entry: string) => (count.get(entry) ?? 0) > maxChunks
  const keys = [...groups.keys()].sort()
  let best: { pair: [string, string]; cost: number } | undefined
  for (const [i, a] of keys.entries()) {
    for (const b of keys.slice(i + 1)) {
      const [groupA, groupB] = [groups.get(a), groups.get(b)]
      if (!groupA || !groupB || groupA.fixed || groupB.fixed) continue
      if (![...groupA.entries].some((entry) => groupB.entries.has(entry) && overLimit(entry))) {
        continue
      }
      const cost = mergeCost(groupA, groupB)
      if (best && cost >= best.cost) continue
      if (canMerge(edges, a, b)) best = { pair: [a, b], cost }
    }
  }
  return best?.pair
}

/**
 * The shared chunks for the given entries (the lazy routes): modules grouped by the entries that
 * reach them, then merged, the cheapest first (fewest bytes added to routes that do not need
 * them), until no entry loads more than `maxChunks` chunks (its own, the shared ones and those of
 * the dynamic imports it reaches) or no merge keeps the chunks free of cycles. `everyPage`: the
 * dynamic imports of the first page that every page loads as it starts. Left out: the
 * modules only one entry reaches and the dynamically imported ones, which the bundler puts in
 * chunks of their own.
 */
export function routeChunks(
  graph: ReadonlyMap<string, ModuleNode>,
  { maxChunks, ...input }: RouteChunksInput & { maxChunks: number },
): RouteChunk[] {
  const groups = groupsByEntries(graph, input)
  const edges = groupEdges(graph, groups)
  for (
    let merge = cheapestMerge(groups, edges, maxChunks);
    merge;
    merge = cheapestMerge(groups, edges, maxChunks)
  ) {
    mergeInto(groups, edges, ...merge)
  }
  return [...groups.values()]
    .filter((group) => !group.fixed)
    .map((group) => ({ entries: [...group.entries].sort(), modules: group.modules.sort() }))
    .sort((a, b) => keyOf(a.entries).localeCompare(keyOf(b.entries)))
}
