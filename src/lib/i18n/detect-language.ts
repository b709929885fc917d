// React-free, so the render-blocking boot script can make the same choice as the app.
export const languages = ['en', 'de'] as const
export type Language = (typeof languages)[number]

export const LANGUAGE_KEY = 'mytoken-web.language'

/** The language chosen earlier in this browser, else the browser's own. */
export function detectLanguage(): Language {
  try {
    const stored = localStorage.getItem(LANGUAGE_KEY)
    if (stored === 'en' || stored === 'de') return stored
  } catch {
    // storage may be unavailable; fall back to the browser language
  }
  return navigator.language.toLowerCase().startsWith('de') ? 'de' : 'en'
}
