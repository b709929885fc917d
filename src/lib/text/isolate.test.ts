import { expect, test } from 'vitest'
import { displayableName, showInvisibleCharacters, unescapeServerHtml } from './isolate'

test('a right-to-left override is shown as a mark instead of reversing the name', () => {
  const name = 'invoice\u202Egnp.exe'
  expect(showInvisibleCharacters(name)).toBe('invoice⟨U+202E⟩gnp.exe')
  expect(displayableName(name)).toBe('invoice⟨U+202E⟩gnp.exe')
  expect(displayableName(name)).not.toMatch(/[\u202a-\u202e]/)
  expect(showInvisibleCharacters('a\u200Bb\u2066c\u2069')).toBe('a⟨U+200B⟩b⟨U+2066⟩c⟨U+2069⟩')
})

test('names the server stored HTML-escaped are shown as typed, unescaped once', () => {
  expect(unescapeServerHtml('&lt;img src=x onerror=alert(1)&gt;')).toBe(
    '<img src=x onerror=alert(1)>',
  )
  expect(unescapeServerHtml('Tom &amp; Jerry&#39;s &#34;job&#34;')).toBe(`Tom & Jerry's "job"`)
  expect(unescapeServerHtml('&amp;lt;')).toBe('&lt;')
  expect(unescapeServerHtml('plain')).toBe('plain')
})
