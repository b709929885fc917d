// Runs the project's ESLint config on fixture sources, so each guard rail of eslint.config.js
// (no cycles, src/lib below components, the boot script's closed set of imports, src/testing for
// tests only, the React-free mytoken vocabulary, no literal JSX text, one import order) is proven to fire, and a clean module proven to pass.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { ESLint } from 'eslint'
import { afterAll, beforeAll, expect, test } from 'vitest'

const root = path.resolve(import.meta.dirname, '..')
const eslint = new ESLint({ cwd: root })

interface Problem {
  rule: string | null
  message: string
}

async function problems(file: string, code: string): Promise<Problem[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) })
  return (result?.messages ?? []).map((m) => ({ rule: m.ruleId, message: m.message }))
}

const problem = (rule: string, message: string) => ({
  rule,
  message: expect.stringContaining(message) as string,
})

// A cycle needs real modules on disk (the rule follows imports through the files). The folder
// carries the process id, so parallel runs in other worktrees or a second run cannot clash.
const cycleDir = path.join(root, `src/lib/lint-fixture-cycle-${process.pid}`)
const cycleFile = (name: string) => path.relative(root, path.join(cycleDir, name))
const moduleA = "import { b } from './b'\nexport const a = (): number => b() + 1\n"
const moduleB = "import { a } from './a'\nexport const b = (): number => (a.length > 0 ? 0 : 1)\n"

beforeAll(() => {
  mkdirSync(cycleDir, { recursive: true })
  writeFileSync(path.join(cycleDir, 'a.ts'), moduleA)
  writeFileSync(path.join(cycleDir, 'b.ts'), moduleB)
  writeFileSync(path.join(cycleDir, 'c.ts'), "export const c = 'c'\n")
})

afterAll(() => {
  rmSync(cycleDir, { recursive: true, force: true })
})

test('a dependency cycle in src fails lint; a one-way import passes', async () => {
  expect(await problems(cycleFile('a.ts'), moduleA)).toEqual([
    problem('import-x/no-cycle', 'Dependency cycle detected'),
  ])
  expect(
    await problems(cycleFile('d.ts'), "import { c } from './c'\nexport const d = c\n"),
  ).toEqual([])
})

test('src/lib importing a component fails lint', async () => {
  const code = "import { Page } from '@/components/page'\nexport const used = Page\n"
  expect(await problems('src/lib/fixture.ts', code)).toEqual([
    problem('import-x/no-restricted-paths', 'src/lib imports no component'),
  ])
  expect(await problems('src/features/about/fixture.ts', code)).toEqual([])
})

const testingImport =
  "import { renderWithProviders } from '@/testing/render-with-providers'\nexport const used = renderWithProviders\n"

test.each(['src/features/about/fixture.tsx', 'src/lib/fixture.ts', 'src/main-fixture.tsx'])(
  'production module %s importing src/testing fails lint',
  async (file) => {
    expect(await problems(file, testingImport)).toEqual([
      problem('import-x/no-restricted-paths', 'src/testing is for tests'),
    ])
  },
)

test.each(['src/features/about/fixture.test.tsx', 'src/testing/fixture.ts'])(
  '%s may import src/testing',
  async (file) => {
    expect(await problems(file, testingImport)).toEqual([])
  },
)

test('the boot script imports only its own modules and no package', async () => {
  const file = 'src/boot/fixture.ts'
  const allowed = [
    "import { detectLanguage } from '@/lib/i18n/detect-language'",
    "import { SESSION_STORAGE_KEY } from '../lib/mytoken/browser-state/stored-session'",
    "import { nextTask } from '../lib/next-task'",
    "import { APP_SCRIPTS_META } from './attributes'",
    'export const used = [APP_SCRIPTS_META, nextTask, detectLanguage, SESSION_STORAGE_KEY]',
  ].join('\n')
  expect(await problems(file, `${allowed}\n`)).toEqual([])

  const boot = 'The boot script runs before the app'
  expect(
    await problems(
      file,
      "import { loadRuntimeConfig } from '../lib/config'\nexport const u = loadRuntimeConfig\n",
    ),
  ).toEqual([problem('import-x/no-restricted-paths', boot)])
  expect(
    await problems(file, "import { useState } from 'react'\nexport const u = useState\n"),
  ).toEqual([problem('no-restricted-imports', 'imports no package')])
  // the modules the boot script imports are held to the same set
  expect(
    await problems(
      'src/lib/next-task.ts',
      "import { format } from './i18n/i18n'\nexport const u = format\n",
    ),
  ).toEqual([problem('import-x/no-restricted-paths', boot)])
})

const reactFree = 'The mytoken vocabulary is React-free'

test('the mytoken vocabulary imports its own modules, the API schemas and React-free i18n', async () => {
  const allowed = [
    "import { decodeJwt } from 'jose'",
    "import { formatDateTime } from '@/lib/i18n/format-time'",
    "import { defineMessages } from '@/lib/i18n/messages'",
    "import type { TokenEntry } from '../api/schemas'",
    "import { APPLICATION_NAME } from './app-name'",
    'export const used = [APPLICATION_NAME, defineMessages, formatDateTime, decodeJwt]',
    'export type Used = TokenEntry',
  ].join('\n')
  expect(await problems('src/lib/mytoken/vocabulary/fixture.ts', `${allowed}\n`)).toEqual([])
})

test.each([
  [
    'React',
    "import { useState } from 'react'\nexport const u = useState\n",
    'no-restricted-imports',
  ],
  [
    'the query cache',
    "import { queryOptions } from '@tanstack/react-query'\nexport const u = queryOptions\n",
    'no-restricted-imports',
  ],
  [
    'the React side of i18n',
    "import { useMessages } from '@/lib/i18n/i18n'\nexport const u = useMessages\n",
    'import-x/no-restricted-paths',
  ],
  [
    'browser state',
    "import { sessionStore } from '../browser-state/session-store'\nexport const u = sessionStore\n",
    'import-x/no-restricted-paths',
  ],
  [
    'the HTTP client',
    "import { createMytokenClient } from '../api/client'\nexport const u = createMytokenClient\n",
    'import-x/no-restricted-paths',
  ],
])('the mytoken vocabulary importing %s fails lint', async (_what, code, rule) => {
  expect(await problems('src/lib/mytoken/vocabulary/fixture.ts', code)).toEqual([
    problem(rule, reactFree),
  ])
})

test('the modules the vocabulary builds on are held to the same rule', async () => {
  expect(
    await problems(
      'src/lib/i18n/format-time.ts',
      "import { useLanguage } from './i18n'\nexport const u = useLanguage\n",
    ),
  ).toEqual([problem('import-x/no-restricted-paths', reactFree)])
})

test("the vocabulary's tests may import the test JWTs of src/testing, and nothing else of it", async () => {
  const jwtImport =
    "import { unsignedMytoken } from '@/testing/mytoken-jwt'\nexport const u = unsignedMytoken\n"
  expect(await problems('src/lib/mytoken/vocabulary/fixture.test.ts', jwtImport)).toEqual([])
  expect(await problems('src/lib/mytoken/vocabulary/fixture.ts', jwtImport)).toEqual([
    problem('import-x/no-restricted-paths', 'src/testing is for tests'),
  ])
  expect(await problems('src/lib/mytoken/vocabulary/fixture.test.ts', testingImport)).toEqual([
    problem('import-x/no-restricted-paths', reactFree),
  ])
})

const jsxText = 'User-visible text comes from a message table'

test.each([
  ['text', 'export const F = () => <p>Revoke</p>\n'],
  ['a string child', "export const F = () => <p>{'Widerrufen'}</p>\n"],
  ['text in a fragment', 'export const F = () => <>Sign in</>\n'],
])('literal JSX %s fails lint', async (_kind, code) => {
  expect(await problems('src/components/fixture.tsx', code)).toEqual([
    problem('no-restricted-syntax', jsxText),
  ])
})

test('JSX of messages and punctuation passes, and tests may write literal text', async () => {
  const clean = [
    'export const F = ({ t, n }: { t: (key: string) => string; n: number }) => (',
    '  <p title={t("title")}>',
    "    {t('label')}: {n} · {'…'} ({n})",
    '  </p>',
    ')',
  ].join('\n')
  expect(await problems('src/components/fixture.tsx', `${clean}\n`)).toEqual([])
  expect(
    await problems('src/components/fixture.test.tsx', 'export const F = () => <p>Revoke</p>\n'),
  ).toEqual([])
})

test('imports go packages, then @/, then parent and sibling modules, each alphabetically', async () => {
  const ordered = [
    "import path from 'node:path'",
    "import { useState } from 'react'",
    "import { nextTask } from '@/lib/next-task'",
    "import { privacyPageUrl } from '../model'",
    "import { AboutServer } from './about-server'",
    'export const used = [path, useState, nextTask, privacyPageUrl, AboutServer]',
  ]
  const file = 'src/features/about/components/fixture.ts'
  expect(await problems(file, `${ordered.join('\n')}\n`)).toEqual([])
  const swapped = [ordered[4], ordered[1], ordered[3], ordered[2], ordered[0], ordered[5]]
  const rules = (await problems(file, `${swapped.join('\n')}\n`)).map((p) => p.rule)
  expect(rules.length).toBeGreaterThan(0)
  expect(new Set(rules)).toEqual(new Set(['import-x/order']))
})
