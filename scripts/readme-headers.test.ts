// The README's web-server example must send what the preview server sends (securityHeaders()),
// for the shipped configuration, so the deployment advice cannot drift from the tested headers.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'
import { securityHeaders, type RuntimeConfig } from './runtime-config.ts'

const root = path.resolve(import.meta.dirname, '..')
const read = (file: string) => readFileSync(path.join(root, file), 'utf8')

/** The add_header lines of every `location` block of the README's nginx example, by path. */
function readmeHeaders(): Map<string, Record<string, string>> {
  const example = /```nginx\n([\s\S]*?)```/.exec(read('README.md'))?.[1] ?? ''
  const blocks = [...example.matchAll(/location (?:= )?(\S+) \{([^}]*)\}/g)]
  return new Map(
    blocks.map(([, location, body]) => [
      location!,
      Object.fromEntries(
        [...body!.matchAll(/add_header ([\w-]+) "([^"]*)" always;/g)].map((m) => [m[1], m[2]]),
      ),
    ]),
  )
}

test('the README’s nginx example sends the preview server’s headers', () => {
  const shipped = JSON.parse(read('public/config.json')) as RuntimeConfig
  const example = readmeHeaders()
  expect([...example.keys()]).toEqual(['/', '/auth/callback.html'])
  for (const [location, headers] of example) {
    expect(headers, location).toEqual(securityHeaders(shipped, location))
  }
})
