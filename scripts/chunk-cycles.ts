// Vite plugin: fails the build when output chunks import each other statically. In such a cycle
// one chunk runs before the other has defined what it exports, so a module-level value read at
// evaluation is undefined ("Cannot read properties of undefined (reading 'onEnded')", after a
// code-splitting group in vite.config.ts put two modules into chunks that import each other).
// Dynamic imports run later and do not count.
import type { Plugin } from 'vite'

/** What the check reads of an output file (a chunk, or an asset, which imports nothing). */
export interface BundleEntry {
  type: 'chunk' | 'asset'
  imports?: readonly string[]
}

/**
 * One cycle of static imports between the chunks, as file names with the first repeated at the
 * end (`a.js → b.js → a.js`), or undefined when there is none.
 */
export function findChunkCycle(
  bundle: Readonly<Record<string, BundleEntry>>,
): string[] | undefined {
  const done = new Set<string>()
  const path: string[] = []
  const onPath = new Set<string>()

  function visit(fileName: string): string[] | undefined {
    if (onPath.has(fileName)) return [...path.slice(path.indexOf(fileName)), fileName]
    if (done.has(fileName)) return undefined
    path.push(fileName)
    onPath.add(fileName)
    const entry = bundle[fileName]
    for (const imported of entry?.type === 'chunk' ? (entry.imports ?? []) : []) {
      const cycle = visit(imported)
      if (cycle) return cycle
    }
    path.pop()
    onPath.delete(fileName)
    done.add(fileName)
    return undefined
  }

  for (const fileName of Object.keys(bundle).sort()) {
    const cycle = visit(fileName)
    if (cycle) return cycle
  }
  return undefined
}

/** Fails the build on a cycle; with `failBuild: false` only warns (naming it either way). */
export function chunkCyclesPlugin({ failBuild = true }: { failBuild?: boolean } = {}): Plugin {
  return {
    name: 'mytoken-web-chunk-cycles',
    apply: 'build',
    generateBundle(_options, bundle) {
      const cycle = findChunkCycle(bundle)
      if (!cycle) return
      const message = `output chunks import each other: ${cycle.join(' → ')}. A module-level value of one of them can be undefined when the other runs; change the code-splitting groups in vite.config.ts.`
      if (failBuild) this.error(message)
      else this.warn(message)
    },
  }
}
