// `npx tsx bench/first-page.ts [pattern …]`: what the first page's JavaScript is made of. Builds
// the app (without the prerender step) and prints the files of the first page's chunk group with
// their gzip -9 sizes (what e2e/production-build.spec.ts adds up), then what each part costs in
// them: the part's modules are moved into a chunk of their own and the first page's files are
// measured again, so the number is what the first page would lose without that part (compressed
// together with the rest, not on its own). The parts are the big libraries, the app's own code,
// and every pattern given (a regular expression over module paths), e.g.
//   npx tsx bench/first-page.ts 'src/features/identity/' '@tanstack/query-core/.*Observer'
// At the end, the app's modules in the first page by their size on their own (minified, gzip -9):
// an estimate for choosing what to split, which the patterns then measure.
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { minifySync } from 'rolldown/experimental'
import { build, loadConfigFromFile, type Plugin, type PluginOption, type UserConfig } from 'vite'
import { chunkCyclesPlugin } from '../scripts/chunk-cycles.ts'

const DEFAULT_PARTS = [
  'node_modules/(react-dom|scheduler)/',
  'node_modules/react/',
  'node_modules/react-router/',
  'node_modules/@tanstack/',
  // the app's own code, but for the entry module (moving it would move the whole first page)
  '/src/(?!main\\.tsx$)',
]
const PROBE = 'first-page-probe'
const CHUNK_CYCLES = chunkCyclesPlugin().name
const ENTRY = '/src/main.tsx'

const gzip = (code: string) => gzipSync(code, { level: 9 }).length

interface Measured {
  /** the first page's files (the entry's chunk and its static imports) and their gzip -9 sizes */
  files: Map<string, number>
  /** the first page's modules inside the project, with their size on their own */
  ownModules: Map<string, number>
  /** every module in the first page's files */
  moduleIds: Set<string>
}

const pluginName = (plugin: PluginOption) =>
  plugin && typeof plugin === 'object' && 'name' in plugin ? plugin.name : ''

async function projectConfig(): Promise<UserConfig> {
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' })
  if (!loaded) throw new Error('vite.config.ts not found')
  // the prerender renders pages from the built files; not needed to measure them
  const plugins = loaded.config.plugins
    ?.flat()
    .filter((plugin) => pluginName(plugin) !== 'mytoken-web-prerender')
  return { ...loaded.config, plugins }
}

/** The first page's files, with `split` (if any) moved out of them into a chunk of its own. */
async function measure(config: UserConfig, split?: (id: string) => boolean): Promise<Measured> {
  const outDir = await mkdtemp(path.join(os.tmpdir(), 'first-page-'))
  const measured: Measured = { files: new Map(), ownModules: new Map(), moduleIds: new Set() }
  const collect: Plugin = {
    name: 'first-page-measure',
    writeBundle(_options, bundle) {
      // the chunk with the app's entry module (index.html's own chunk is gone by now)
      const entry = Object.values(bundle).find(
        (chunk) => chunk.type === 'chunk' && chunk.moduleIds.some((id) => id.endsWith(ENTRY)),
      )
      const pending = entry?.type === 'chunk' ? [entry.fileName] : []
      for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
        const chunk = bundle[file]
        if (chunk?.type !== 'chunk' || measured.files.has(file)) continue
        measured.files.set(file, gzip(chunk.code))
        pending.push(...chunk.imports)
        for (const [id, module] of Object.entries(chunk.modules)) {
          measured.moduleIds.add(id)
          if (!id.includes('/src/') || id.includes('/node_modules/') || !module.code) continue
          const minified = minifySync(id, module.code, { compress: { unused: false } }).code
          measured.ownModules.set(path.relative(process.cwd(), id), gzip(minified))
        }
      }
    },
  }
  const output = config.build?.rollupOptions?.output
  if (!output || Array.isArray(output) || !output.codeSplitting) {
    throw new Error('vite.config.ts: expected one output with codeSplitting groups')
  }
  const codeSplitting = output.codeSplitting === true ? {} : output.codeSplitting
  const groups = [
    ...(split ? [{ name: PROBE, test: split, priority: 100 }] : []),
    ...(codeSplitting.groups ?? []),
  ]
  // The probe chunk and the first page's import each other (it moves modules, not what they
  // import), which the chunk-cycle check refuses in a build that runs; a probe is only measured.
  const plugins = split
    ? config.plugins?.flat().filter((plugin) => pluginName(plugin) !== CHUNK_CYCLES)
    : config.plugins
  try {
    await build({
      ...config,
      configFile: false,
      logLevel: 'error',
      plugins: [...(plugins ?? []), collect],
      build: {
        ...config.build,
        outDir,
        emptyOutDir: true,
        rollupOptions: {
          ...config.build?.rollupOptions,
          // only the matching modules move, not what they import
          output: {
            ...output,
            codeSplitting: { ...codeSplitting, groups, includeDependenciesRecursively: false },
          },
        },
      },
    })
  } finally {
    await rm(outDir, { recursive: true, force: true })
  }
  return measured
}

const total = (files: Map<string, number>) => [...files.values()].reduce((sum, n) => sum + n, 0)
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`.padStart(9)

const config = await projectConfig()
const base = await measure(config)
console.log(`the first page's JavaScript: ${total(base.files)} B (gzip -9)`)
for (const [file, size] of base.files) console.log(`  ${kB(size)}  ${file}`)

console.log('\nwhat each part costs the first page (measured by moving it out):')
for (const part of [...DEFAULT_PARTS, ...process.argv.slice(2)]) {
  // only what the first page holds: the pattern's modules of other pages stay where they are
  const pattern = new RegExp(part)
  const without = await measure(config, (id) => base.moduleIds.has(id) && pattern.test(id))
  const rest = [...without.files].filter(([file]) => !file.includes(PROBE))
  const saved = total(base.files) - rest.reduce((sum, [, size]) => sum + size, 0)
  console.log(`  ${kB(saved)}  ${part}`)
}

console.log("\nthe app's own modules in it, each on its own (minified, gzip -9; an estimate):")
const ranked = [...base.ownModules].sort((a, b) => b[1] - a[1])
for (const [id, size] of ranked) console.log(`  ${kB(size)}  ${id}`)
