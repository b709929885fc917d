import { randomBytes } from 'node:crypto'
import { existsSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import react from '@vitejs/plugin-react'
import compression from 'compression'
import type { ChunkingContext, CodeSplittingGroup } from 'rolldown'
import { defineConfig, type Connect, type Plugin } from 'vite'
import { chunkCyclesPlugin } from './scripts/chunk-cycles.ts'
import { firstPageExcludesPlugin } from './scripts/first-page-excludes.ts'
import { prerenderPlugin } from './scripts/prerender.ts'
import { routeChunks, type ModuleNode } from './scripts/route-chunks.ts'
import {
  cacheControl,
  CSP_NONCE_PLACEHOLDER,
  localStackRuntimeConfig,
  runtimeConfigOverride,
  securityHeaders,
  type RuntimeConfig,
} from './scripts/runtime-config.ts'
import { stackConfig } from './stack/config.ts'

/**
 * What the preview server answers for a path, the way the production web server does
 * (`try_files $uri $uri/index.html /index.html`): the file, the route's prerendered page, or
 * the home page as the fallback for every other path.
 */
function servedFile(outDir: string, urlPath: string): string {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return '/index.html'
  }
  const normalized = path.posix.normalize(decoded)
  const isFile = (p: string) =>
    existsSync(path.join(outDir, p)) && statSync(path.join(outDir, p)).isFile()
  if (normalized.includes('\0') || normalized.startsWith('/..')) return '/index.html'
  if (isFile(normalized)) return normalized
  const page = path.posix.join(normalized, 'index.html')
  return isFile(page) ? page : '/index.html'
}

/**
 * Serves `/config.json` (the runtime configuration the app fetches at start) and, in preview,
 * the production security headers (the same as deploy/nginx/mytoken-web.conf). The
 * dev server defaults to the local stack; the preview server serves the built file unless
 * MYTOKEN_WEB_CONFIG says otherwise.
 */
function runtimeConfigPlugin(): Plugin {
  let outDir = 'dist'
  const builtConfig = (): RuntimeConfig =>
    JSON.parse(readFileSync(path.join(outDir, 'config.json'), 'utf8')) as RuntimeConfig
  return {
    name: 'mytoken-web-runtime-config',
    configResolved(config) {
      outDir = config.build.outDir
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        if (req.url?.split('?')[0] !== '/config.json') return next()
        res.setHeader('Content-Type', 'application/json')
        res.end(JSON.stringify(runtimeConfigOverride() ?? localStackRuntimeConfig()))
      })
    },
    configurePreviewServer(server) {
      // served compressed, as any production web server would
      server.middlewares.use(compression() as unknown as Connect.NextHandleFunction)
      server.middlewares.use((req, res, next) => {
        const config = runtimeConfigOverride() ?? builtConfig()
        const [urlPath = '/', query] = (req.url ?? '/').split('?')
        const nonce = randomBytes(16).toString('hex')
        for (const [name, value] of Object.entries(securityHeaders(config, urlPath, nonce))) {
          res.setHeader(name, value)
        }
        // (the preview's file server sends `no-cache` for every file, hashed or not)
        if (urlPath === '/config.json') {
          res.setHeader('Content-Type', 'application/json')
          res.setHeader('Cache-Control', cacheControl(urlPath))
          res.end(JSON.stringify(config))
          return
        }
        const file = servedFile(outDir, urlPath)
        if (file.endsWith('.html')) {
          // as nginx's sub_filter: this response's nonce in the page, which then has no
          // validator (a revalidated copy would carry an older nonce than the header)
          const html = readFileSync(path.join(outDir, file), 'utf8')
          res.setHeader('Content-Type', 'text/html; charset=utf-8')
          res.setHeader('Cache-Control', cacheControl(urlPath))
          res.end(html.replaceAll(CSP_NONCE_PLACEHOLDER, nonce))
          return
        }
        if (file !== urlPath) req.url = query === undefined ? file : `${file}?${query}`
        next()
      })
    },
  }
}

const firstPageEntry = path.resolve(import.meta.dirname, 'src/main.tsx')
// shared with the sign-in callback page, which must not load the first page's chunk
const callbackShared = /[\\/]src[\\/]features[\\/]identity[\\/]scopes\.ts$|rolldown[\\/]runtime/

// the header's user menu, with the user's name (src/app/layout/header.tsx loads it), and the
// session watch's query (src/features/session/components/session-watch.tsx)
const signedInHeader =
  /[\\/]src[\\/](app[\\/]layout[\\/]user-menu\.tsx|features[\\/]identity[\\/](identity|remembered-profile(-key)?)\.ts|features[\\/]session[\\/]components[\\/]session-status-query\.tsx)$/

// The first page takes only its context from TanStack Query, but the package's index re-exports
// the whole library: the rest loads with the query layer (src/lib/query-layer.tsx)
const queryLibraryBeyondContext =
  /[\\/]node_modules[\\/]@tanstack[\\/](query-core|react-query)[\\/](?!build[\\/]modern[\\/](index|QueryClientProvider)\.js$)/

// the query layer: TanStack Query but its context, the app's QueryClient and the discovery query
const queryLayerModules =
  /[\\/]src[\\/]lib[\\/](query-client\.ts|instance[\\/]discovery-query\.tsx)$/
const isQueryLayer = (id: string) =>
  queryLibraryBeyondContext.test(id) || queryLayerModules.test(id)

// The context takes nothing from query-core: any of it in the first page means the pattern above
// no longer matches TanStack's modules, and the library is back in the first page (10 kB gzip).
const queryLibraryOffFirstPage = firstPageExcludesPlugin({
  entry: path.resolve(import.meta.dirname, 'index.html'),
  excluded: /[\\/]node_modules[\\/]@tanstack[\\/]query-core[\\/]/,
  reason: 'TanStack Query loads with the query layer; see queryLibraryBeyondContext',
})

type FirstPageModules = (context: ChunkingContext) => ReadonlySet<string>

/** Every module the first page imports statically, computed on first use. */
function firstPageModules(): FirstPageModules {
  let firstPage: Set<string> | undefined
  return (context) => {
    if (!firstPage) {
      firstPage = new Set()
      const pending = [firstPageEntry]
      for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
        if (
          firstPage.has(next) ||
          callbackShared.test(next) ||
          queryLibraryBeyondContext.test(next)
        )
          continue
        firstPage.add(next)
        pending.push(...(context.getModuleInfo(next)?.importedIds ?? []))
      }
    }
    return firstPage
  }
}

/**
 * Every module the first page imports statically, in the entry's one chunk. Left to itself the
 * bundler splits React, i18n and the instance provider into small chunks shared with the lazy
 * routes, and separately compressed files cost the first page about 5 kB of its budget.
 */
function firstPageChunk(firstPage: FirstPageModules): CodeSplittingGroup {
  return {
    debugName: 'first-page',
    name: (id, context) => (firstPage(context).has(id) ? 'main' : null),
  }
}

/**
 * What the routes share, in a few chunks grouped by the routes that use them, small groups merged
 * where that keeps the chunks from importing each other (scripts/route-chunks.ts). Left to itself
 * the bundler makes a chunk of every module shared by a different set of routes: the create page
 * loaded 23 files, and each request and each module evaluation is a main-thread task of its own on
 * a slow phone.
 */
const ROUTES_SHARED = 'routes-shared'
// a shared chunk's name lists every route that loads it; the hash alone tells them apart
const isRoutesShared = (name: string) => name.startsWith(`${ROUTES_SHARED}~`)
// its own, the shared ones and its dynamic imports; besides, a route loads the first page's chunk
// and the runtime (e2e/prerender.spec.ts allows a dozen files in all)
const MAX_CHUNKS_PER_ROUTE = 8
const routerModule = path.resolve(import.meta.dirname, 'src/app/router.tsx')
// what they load, every page but a signed-out home loads as it starts (the query layer, and the
// API client the discovery query needs)
const everyPageLoaders = ['src/lib/instance/client-loader.ts', 'src/lib/query-layer.tsx'].map(
  (file) => path.resolve(import.meta.dirname, file),
)

/** The lazy routes and the modules they can load, without those of the other groups. */
function routeModules(context: ChunkingContext, isTaken: (id: string) => boolean) {
  const routes = context.getModuleInfo(routerModule)?.dynamicallyImportedIds ?? []
  const everyPage = everyPageLoaders.flatMap(
    (loader) => context.getModuleInfo(loader)?.dynamicallyImportedIds ?? [],
  )
  const graph = new Map<string, ModuleNode>()
  const pending = [...routes, ...everyPage]
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    const info = graph.has(id) || isTaken(id) ? null : context.getModuleInfo(id)
    if (!info) continue
    const untaken = (ids: readonly string[]) => ids.filter((imported) => !isTaken(imported))
    const node = {
      imports: untaken(info.importedIds),
      dynamicImports: untaken(info.dynamicallyImportedIds),
      size: info.code?.length ?? 0,
    }
    graph.set(id, node)
    pending.push(...node.imports, ...node.dynamicImports)
  }
  return { graph, entries: routes, everyPage }
}

function routesSharedChunks(firstPage: FirstPageModules): CodeSplittingGroup {
  let chunkOf: Map<string, string> | undefined
  return {
    debugName: ROUTES_SHARED,
    name: (id, context) => {
      if (!chunkOf) {
        const taken = firstPage(context)
        const isTaken = (module: string) =>
          taken.has(module) ||
          callbackShared.test(module) ||
          signedInHeader.test(module) ||
          isQueryLayer(module)
        const { graph, ...input } = routeModules(context, isTaken)
        chunkOf = new Map()
        const chunks = routeChunks(graph, { ...input, maxChunks: MAX_CHUNKS_PER_ROUTE })
        for (const [index, chunk] of chunks.entries()) {
          const names = chunk.entries.map((entry) => path.parse(entry).name)
          for (const module of chunk.modules) {
            chunkOf.set(module, `${ROUTES_SHARED}~${names.join('~')}~${index}`)
          }
        }
      }
      return chunkOf.get(id) ?? null
    },
  }
}

function codeSplittingGroups(): CodeSplittingGroup[] {
  const firstPage = firstPageModules()
  return [
    { name: 'shared', test: callbackShared, priority: 2 },
    { ...firstPageChunk(firstPage), priority: 1 },
    // one file, which every page but a signed-out home loads as it starts, the user menu too
    { name: 'query', test: isQueryLayer, priority: 1 },
    // what a signed-in tab's header and session watch load at start, apart from the sign-in
    // library (oidc-client-ts) the provider's name needs only later, on an idle moment
    { name: 'user-menu', test: signedInHeader, priority: 1 },
    { ...routesSharedChunks(firstPage), minShareCount: 2 },
  ]
}

export default defineConfig({
  plugins: [
    react(),
    runtimeConfigPlugin(),
    chunkCyclesPlugin(),
    queryLibraryOffFirstPage,
    prerenderPlugin(),
  ],
  resolve: { alias: { '@': path.resolve(import.meta.dirname, 'src') } },
  server: { host: stackConfig.app.host, port: stackConfig.app.devPort, strictPort: true },
  preview: { host: stackConfig.app.host, port: stackConfig.app.previewPort, strictPort: true },
  build: {
    outDir: stackConfig.app.buildDir,
    // read (and removed) by the prerender step, for each route's module preloads
    manifest: true,
    // the boot script adds each page's module preloads; every supported browser knows them
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: {
        main: path.resolve(import.meta.dirname, 'index.html'),
        authCallback: path.resolve(import.meta.dirname, 'auth/callback.html'),
      },
      output: {
        chunkFileNames: ({ name }) =>
          isRoutesShared(name) ? `assets/${ROUTES_SHARED}-[hash].js` : 'assets/[name]-[hash].js',
        assetFileNames: ({ names }) =>
          names.some(isRoutesShared)
            ? `assets/${ROUTES_SHARED}-[hash][extname]`
            : 'assets/[name]-[hash][extname]',
        codeSplitting: { groups: codeSplittingGroups() },
      },
    },
  },
})
