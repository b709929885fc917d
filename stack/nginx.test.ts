// The shipped nginx site (deploy/nginx/mytoken-web.conf) against the one source of the headers,
// scripts/runtime-config.ts. The end-to-end tests then run the real nginx with it.
import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, test } from 'vitest'
import {
  cacheControl,
  CSP_NONCE_PLACEHOLDER,
  securityHeaders,
  type RuntimeConfig,
} from '../scripts/runtime-config.ts'
import { stackConfig } from './config.ts'
import { applyDeploymentEdits, shippedSitePath } from './nginx.ts'
import { runWriteConfig } from './write-config-runner.ts'

const shipped = fs.readFileSync(shippedSitePath, 'utf8')
const publicConfig = JSON.parse(
  fs.readFileSync(path.join(stackConfig.projectRoot, 'public', 'config.json'), 'utf8'),
) as RuntimeConfig

/** Stands for nginx's `$request_id` (a new random value for each request). */
const REQUEST_ID = '0123456789abcdef0123456789abcdef'

/**
 * The headers the site sends for a path, read from its text: server-level `add_header` lines
 * with `set` variables, `map $uri` variables and `$request_id` filled in (the only nginx
 * features it uses).
 */
function headersOf(site: string, uri: string): Record<string, string> {
  const variables = new Map<string, string>([['request_id', REQUEST_ID]])
  for (const [, name, body] of site.matchAll(/^map \$uri \$(\w+) \{\n([^}]*)\}/gm)) {
    const entries = [...body!.matchAll(/^ +(\S+) +"([^"]*)";$/gm)].map(([, key, value]) => ({
      key: key!,
      value: value!,
    }))
    const match = entries.find(({ key }) =>
      key.startsWith('~') ? new RegExp(key.slice(1)).test(uri) : key === uri,
    )
    variables.set(name!, (match ?? entries.find(({ key }) => key === 'default'))!.value)
  }
  for (const [, name, value] of site.matchAll(/^ +set \$(\w+) "([^"]*)";$/gm)) {
    variables.set(name!, value!)
  }
  const headers: Record<string, string> = {}
  for (const [, name, quoted, variable] of site.matchAll(
    /^ {4}add_header ([\w-]+) (?:"([^"]*)"|(\$\w+))(?: always)?;$/gm,
  )) {
    headers[name!] = (quoted ?? variable!).replace(/\$(\w+)/g, (_, v: string) => {
      if (!variables.has(v)) throw new Error(`$${v} is not defined in the site`)
      return variables.get(v)!
    })
  }
  return headers
}

const paths = [
  '/',
  '/tokens',
  '/create/index.html',
  '/config.json',
  '/assets/index-Abc123.js',
  '/auth/callback.html',
]

describe('deploy/nginx/mytoken-web.conf', () => {
  test.each(paths)('sends exactly the headers of scripts/runtime-config.ts for %s', (uri) => {
    expect(headersOf(shipped, uri)).toEqual({
      ...securityHeaders(publicConfig, uri, REQUEST_ID),
      'Cache-Control': cacheControl(uri),
    })
  })

  test('sends the security headers on errors too, the caching header only on successes', () => {
    const always = [...shipped.matchAll(/^ {4}add_header ([\w-]+) .* always;$/gm)].map((m) => m[1])
    expect(always).toEqual(Object.keys(securityHeaders(publicConfig, '/', REQUEST_ID)))
    expect(shipped).toMatch(/^ {4}add_header Cache-Control \$mytoken_web_cache_control;$/m)
  })

  test('sets headers only at server level, so no location silently drops them', () => {
    const locations = [...shipped.matchAll(/^ {4}location [^{]*\{([^}]*)\}/gm)]
    expect(locations.length).toBeGreaterThanOrEqual(3)
    for (const [, body] of locations) expect(body).not.toContain('add_header')
  })

  test("puts each response's CSP nonce into the page's inline elements", () => {
    expect(shipped).toMatch(
      new RegExp(
        `^ {4}sub_filter '${CSP_NONCE_PLACEHOLDER}' '\\$request_id';\n {4}sub_filter_once off;$`,
        'm',
      ),
    )
    // not only HTML: a sub_filter_types line would also rewrite scripts and JSON
    expect(shipped).not.toContain('sub_filter_types')
  })

  test('its CSP origin lines are what write-config.sh prints for public/config.json', () => {
    const { originLines } = runWriteConfig(publicConfig)
    for (const line of originLines.trim().split('\n')) expect(shipped).toContain(`    ${line}\n`)
  })

  test('falls back to index.html for client-side routes, but not for assets or config.json', () => {
    expect(shipped).toMatch(/location \/ \{\n +try_files \$uri \$uri\/index\.html \/index\.html;/)
    expect(shipped).toMatch(/location \/assets\/ \{\n +try_files \$uri =404;/)
    expect(shipped).toMatch(/location = \/config\.json \{\n +try_files \$uri =404;/)
  })
})

describe('the deployment edits (what the README tells operators to change)', () => {
  const edits = {
    listen: '127.0.0.1:4999',
    serverName: 'localhost',
    root: '/tmp/site',
    originLines:
      'set $mytoken_web_connect_src "\'self\' http://a.test";\nset $mytoken_web_frame_src "\'self\'";\n',
  }

  test('change only the listen, certificate, server_name, root and CSP origin lines', () => {
    const edited = applyDeploymentEdits(shipped, edits)
    const removed = shipped.split('\n').filter((line) => !edited.split('\n').includes(line))
    const added = edited.split('\n').filter((line) => !shipped.split('\n').includes(line))
    expect(removed.map((line) => line.trim().split(' ')[0])).toEqual([
      'listen',
      'listen',
      'server_name',
      'ssl_certificate',
      'ssl_certificate_key',
      'root',
      'set',
    ])
    expect(added.map((line) => line.trim())).toEqual([
      'listen 127.0.0.1:4999;',
      'server_name localhost;',
      'root /tmp/site;',
      `set $mytoken_web_connect_src "'self' http://a.test";`,
    ])
    expect(headersOf(edited, '/')['Content-Security-Policy']).toContain(
      "connect-src 'self' http://a.test; frame-src 'self'; frame-ancestors 'none';",
    )
  })

  test('fail loudly when a line to change is gone from the shipped file', () => {
    expect(() => applyDeploymentEdits(shipped.replace(/^ +root .*\n/m, ''), edits)).toThrow(
      /has no "root" line to change/,
    )
  })
})
