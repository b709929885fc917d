// Checks every defineMessages bundle in src/: each English {placeholder} must appear in the
// German text too (the types already force the same keys).
import { readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from 'vitest'

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [full] : []
  })
}

/** The text of the object literal that starts at `open` (a '{'), by counting braces. */
function objectAt(text: string, open: number): string {
  let depth = 0
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++
    if (text[i] === '}' && --depth === 0) return text.slice(open + 1, i)
  }
  return ''
}

function placeholdersByKey(block: string): Map<string, Set<string>> {
  const entries = [...block.matchAll(/(\w+):\s*(['`"])((?:\\.|(?!\2)[\s\S])*)\2/g)]
  return new Map(entries.map((m) => [m[1]!, new Set(m[3]!.match(/\{\w+\}/g) ?? [])]))
}

test('every placeholder of an English message also appears in its German translation', () => {
  // defineMessages types force the same keys; this checks the {placeholders} inside them.
  const problems: string[] = []
  let bundles = 0
  for (const file of sourceFiles(path.resolve(import.meta.dirname, '../src'))) {
    const text = readFileSync(file, 'utf8')
    for (const call of text.matchAll(/defineMessages\(\{/g)) {
      const bundle = objectAt(text, call.index + 'defineMessages('.length)
      const en = placeholdersByKey(objectAt(bundle, bundle.indexOf('{', bundle.search(/\ben:/))))
      const de = placeholdersByKey(objectAt(bundle, bundle.indexOf('{', bundle.search(/\bde:/))))
      bundles += 1
      for (const [key, placeholders] of en) {
        const german = de.get(key)
        if (!german) problems.push(`${path.basename(file)}: ${key} has no German text`)
        for (const placeholder of placeholders) {
          if (german && !german.has(placeholder))
            problems.push(`${path.basename(file)}: ${key} lacks ${placeholder}`)
        }
      }
    }
  }
  expect(bundles).toBeGreaterThan(10)
  expect(problems).toEqual([])
})
