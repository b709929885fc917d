// Budgets and headers of the production build, as the preview server serves it.
import { gzipSync } from 'node:zlib'
import type { APIRequestContext, Page, Request } from '@playwright/test'
import { stackConfig } from '../stack/config'
import { expect, test } from './fixtures'

const FIRST_PAGE_JS_BUDGET = 120_000 // bytes, gzip level 9

/** The paths of every JavaScript file the browser loads for a page. */
async function scriptsLoadedBy(page: Page, path: string): Promise<string[]> {
  const scripts = new Set<string>()
  const collect = (request: Request) => {
    if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname)
  }
  page.on('request', collect)
  await page.goto(path)
  await expect(page.locator('h1')).toBeVisible()
  // all code the page pulls in, including chunks loaded after the first render
  // eslint-disable-next-line playwright/no-networkidle
  await page.waitForLoadState('networkidle')
  page.off('request', collect)
  return [...scripts]
}

async function bodies(request: APIRequestContext, paths: string[]): Promise<Map<string, Buffer>> {
  const result = new Map<string, Buffer>()
  for (const path of paths) {
    const response = await request.get(path)
    expect(response.status(), path).toBe(200)
    result.set(path, await response.body())
  }
  return result
}

test('the first page needs at most 120 kB of compressed JavaScript', async ({ page, request }) => {
  const scripts = await bodies(request, await scriptsLoadedBy(page, '/'))
  const compressed = [...scripts.values()].reduce(
    (sum, body) => sum + gzipSync(body, { level: 9 }).length,
    0,
  )
  test
    .info()
    .annotations.push({ type: 'first-page-js-gzip-bytes', description: String(compressed) })
  expect(scripts.size).toBeGreaterThan(0)
  expect(compressed).toBeLessThanOrEqual(FIRST_PAGE_JS_BUDGET)
})

test('every other route loads its own chunk on demand', async ({ page }) => {
  const home = new Set(await scriptsLoadedBy(page, '/'))
  for (const route of ['/create', '/tokens', '/token-info', '/sign-in']) {
    const routePage = await page.context().newPage()
    const loaded = await scriptsLoadedBy(routePage, route)
    const ownChunks = loaded.filter((script) => !home.has(script))
    expect(ownChunks.length, `${route} has a chunk of its own`).toBeGreaterThan(0)
    await routePage.close()
  }
})

test('no source maps and no test code are shipped', async ({ page, request }) => {
  const paths = new Set<string>()
  for (const route of ['/', '/create', '/tokens', '/token-info', '/sign-in', '/account']) {
    for (const path of await scriptsLoadedBy(page, route)) paths.add(path)
  }
  for (const [path, body] of await bodies(request, [...paths])) {
    const text = body.toString('utf8')
    expect(text, path).not.toMatch(/sourceMappingURL/)
    expect(text, path).not.toMatch(/vitest|@testing-library|msw\/|setupServer/)
    expect(
      (await request.get(`${path}.map`)).headers()['content-type'] ?? '',
      `${path}.map`,
    ).not.toContain('json')
  }
})

test('the production headers forbid inline script, framing and referrers, and allow only the configured servers', async ({
  request,
}) => {
  for (const path of ['/', '/tokens', '/config.json']) {
    const response = await request.get(path)
    const headers = response.headers()
    const csp = headers['content-security-policy'] ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain(
      `connect-src 'self' ${stackConfig.mytoken.issuer} ${stackConfig.provider.issuer}`,
    )
    expect(csp).toMatch(/connect-src [^;]*;/)
    expect(
      csp
        .match(/connect-src ([^;]*)/)?.[1]
        ?.split(' ')
        .sort(),
    ).toEqual(["'self'", stackConfig.mytoken.issuer, stackConfig.provider.issuer].sort())
    expect(headers['referrer-policy']).toBe('no-referrer')
    expect(headers['x-content-type-options']).toBe('nosniff')
  }
  // only the provider's silent sign-in page may be framed, and only by the app itself
  const callback = await request.get('/auth/callback.html')
  expect(callback.headers()['content-security-policy']).toContain("frame-ancestors 'self'")
})
