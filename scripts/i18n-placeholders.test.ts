// The one check over every defineMessages bundle in src/: English and German have the same keys
// (quoted ones like 'settings:email' included) and each message the same {placeholders} in both.
// It reads the source with the TypeScript parser, so it also covers bundles a module keeps private.
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { expect, test } from 'vitest'

const src = path.resolve(import.meta.dirname, '../src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : []
  })
}

type Texts = Map<string, string>

function languageTexts(bundle: ts.ObjectLiteralExpression, language: string): Texts | undefined {
  const property = bundle.properties.find(
    (p): p is ts.PropertyAssignment =>
      ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === language,
  )
  if (!property || !ts.isObjectLiteralExpression(property.initializer)) return undefined
  const texts: Texts = new Map()
  for (const entry of property.initializer.properties) {
    if (!ts.isPropertyAssignment(entry)) throw new Error(`unexpected ${entry.getText()}`)
    const key = ts.isComputedPropertyName(entry.name) ? entry.name.getText() : entry.name.text
    const value = entry.initializer
    texts.set(
      key,
      ts.isStringLiteralLike(value) ? value.text : `<not a plain string: ${value.getText()}>`,
    )
  }
  return texts
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

/** What is wrong with the bundles in one source text; also counts them. */
export function checkBundles(
  fileName: string,
  text: string,
): { bundles: number; problems: string[] } {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true)
  const problems: string[] = []
  let bundles = 0
  const visit = (node: ts.Node) => {
    if (
      ts.isCallExpression(node) &&
      ts.isIdentifier(node.expression) &&
      node.expression.text === 'defineMessages'
    ) {
      bundles += 1
      const [bundle] = node.arguments
      const en = bundle && ts.isObjectLiteralExpression(bundle) && languageTexts(bundle, 'en')
      const de = bundle && ts.isObjectLiteralExpression(bundle) && languageTexts(bundle, 'de')
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1
      const where = `${fileName}:${line}`
      if (!en || !de) problems.push(`${where}: not an { en: {…}, de: {…} } literal`)
      else {
        for (const key of new Set([...en.keys(), ...de.keys()])) {
          const english = en.get(key)
          const german = de.get(key)
          if (english === undefined || german === undefined)
            problems.push(
              `${where}: ${key} only in ${english === undefined ? 'German' : 'English'}`,
            )
          else if (placeholders(english).join() !== placeholders(german).join())
            problems.push(
              `${where}: ${key} has {${placeholders(english).join('} {')}} in English, {${placeholders(german).join('} {')}} in German`,
            )
        }
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return { bundles, problems }
}

test('every message bundle has the same keys and placeholders in English and German', () => {
  const problems: string[] = []
  const filesWithBundles: string[] = []
  for (const file of sourceFiles(src)) {
    const text = readFileSync(file, 'utf8')
    if (!text.includes('defineMessages')) continue
    const result = checkBundles(path.relative(src, file), text)
    if (result.bundles > 0) filesWithBundles.push(file)
    problems.push(...result.problems)
    // every file that calls defineMessages was parsed as having a bundle
    expect(result.bundles, file).toBe(text.match(/\bdefineMessages\(/g)?.length ?? 0)
  }
  expect(filesWithBundles.length).toBeGreaterThan(10)
  expect(problems).toEqual([])
})

test('wording lives only in defineMessages bundles: no other per-language table in src/', () => {
  const tables = sourceFiles(src).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(/const (\w+): Record<Language,/g)].map(
      (match) => `${path.relative(src, file)}: ${match[1]}`,
    ),
  )
  // locale names, not wording
  expect(tables).toEqual(['lib/i18n/format-time.ts: locales'])
})

test('the check finds a missing placeholder, also under a quoted key, and a missing key', () => {
  const fixture = `
    const messages = defineMessages({
      en: { plain: 'Hello {name}', 'settings:email': 'Mail to {address}', onlyHere: 'x' },
      de: { plain: 'Hallo {name}', 'settings:email': 'Mail an {adresse}' },
    })`
  expect(checkBundles('fixture.ts', fixture)).toEqual({
    bundles: 1,
    problems: [
      'fixture.ts:2: settings:email has {address} in English, {adresse} in German',
      'fixture.ts:2: onlyHere only in English',
    ],
  })
})
