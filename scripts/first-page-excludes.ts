// Vite plugin: fails the build when the first page loads modules it must not. The code-splitting
// groups in vite.config.ts keep a library out of the first page by its file names; when an update
// of the library renames them, the library comes back into the first page with no error and, for
// a while, no budget exceeded. This check reads the built chunks instead of file names.
import type { Plugin } from 'vite'

/** What the check reads of an output file (a chunk, or an asset, which holds no module). */
export interface BundleFile {
  type: 'chunk' | 'asset'
  facadeModuleId?: string | null
  imports?: readonly string[]
  moduleIds?: readonly string[]
}

/**
 * The modules of the entry's chunk and of every chunk it imports statically (what the page runs
 * before anything it loads on demand) that `excluded` matches.
 */
export function excludedModulesOfEntry(
  bundle: Readonly<Record<string, BundleFile>>,
  entry: string,
  excluded: RegExp,
): string[] {
  const entryFile = Object.keys(bundle).find((file) => bundle[file]?.facadeModuleId === entry)
  if (entryFile === undefined) throw new Error(`no output chunk for the entry ${entry}`)
  const found = new Set<string>()
  const seen = new Set<string>()
  const pending = [entryFile]
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    const chunk = bundle[file]
    if (seen.has(file) || chunk?.type !== 'chunk') continue
    seen.add(file)
    pending.push(...(chunk.imports ?? []))
    for (const id of chunk.moduleIds ?? []) if (excluded.test(id)) found.add(id)
  }
  return [...found].sort()
}

export interface FirstPageExcludes {
  /** the first page's entry module (index.html) */
  entry: string
  /** the modules the first page must not load */
  excluded: RegExp
  /** why, for the error message */
  reason: string
}

/** Fails the build, naming the modules, when the first page's chunks hold an excluded module. */
export function firstPageExcludesPlugin({ entry, excluded, reason }: FirstPageExcludes): Plugin {
  return {
    name: 'mytoken-web-first-page-excludes',
    // the prerender's server build has no first page
    apply: (_config, { command, isSsrBuild }) => command === 'build' && !isSsrBuild,
    generateBundle(_options, bundle) {
      const found = excludedModulesOfEntry(bundle, entry, excluded)
      if (found.length === 0) return
      this.error(
        `the first page loads ${found.length} module(s) it must not (${reason}): ${found.join(', ')}`,
      )
    },
  }
}
