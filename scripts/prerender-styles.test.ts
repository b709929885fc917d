// The prerendered page holds a shell per language; styles.css must show exactly the one of
// <html lang> until the app starts, for every language the app has.
import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { languages } from '../src/lib/i18n/detect-language.ts'

test('styles.css hides every language shell but the one of <html lang>', () => {
  const css = readFileSync(new URL('../src/styles.css', import.meta.url), 'utf8')
  for (const language of languages) {
    expect(css).toContain(
      `html:not([data-app-started]):not([lang='${language}']) [data-shell-language='${language}']`,
    )
  }
})
