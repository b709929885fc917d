// React-free, so the render-blocking boot script can make the same choice as the app.
import { readStorage } from '../browser-storage'

export const languages = ['en', 'de'] as const
export type Language = (typeof languages)[number]

export const LANGUAGE_KEY = 'mytoken-web.language'

/** The language chosen earlier in this browser, else the browser's own. */
export function detectLanguage(): Language {
  const stored = readStorage('local', LANGUAGE_KEY)
  if (stored === 'en' || stored === 'de') return stored
  return navigator.language.toLowerCase().startsWith('de') ? 'de' : 'en'
}
