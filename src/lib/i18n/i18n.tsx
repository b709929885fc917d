// A small i18n layer: each feature defines its own English and German messages next to its
// code (`defineMessages`), and components read them with `useMessages`. German must have every
// English key — the types enforce it.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'

import { detectLanguage, LANGUAGE_KEY, type Language } from './detect-language'

export { detectLanguage, languages, type Language } from './detect-language'

type Messages = Record<string, string>
export interface MessageBundle<M extends Messages> {
  en: M
  de: { [K in keyof M]: string }
}

export function defineMessages<M extends Messages>(bundle: MessageBundle<M>): MessageBundle<M> {
  return bundle
}

export type Translate<M extends Messages> = (
  key: keyof M,
  values?: Record<string, string | number>,
) => string

/** What `useMessages` gives, for code outside React that is handed the language. */
export function translator<M extends Messages>(
  bundle: MessageBundle<M>,
  language: Language,
): Translate<M> {
  return (key, values) => format((bundle[language] as Record<keyof M, string>)[key], values)
}

/** The text for a key that comes from outside (a name the server sends); undefined when unknown. */
export function messageFor(
  bundle: MessageBundle<Messages>,
  language: Language,
  key: string,
): string | undefined {
  const texts: Messages = bundle[language]
  return Object.hasOwn(texts, key) ? texts[key] : undefined
}

export function format(template: string, values?: Record<string, string | number>): string {
  if (!values) return template
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  )
}

interface LanguageContextValue {
  language: Language
  setLanguage: (language: Language) => void
}

const LanguageContext = createContext<LanguageContextValue | null>(null)
export function LanguageProvider({
  children,
  initial,
}: {
  children: ReactNode
  initial?: Language
}) {
  const [language, setLanguageState] = useState<Language>(() => initial ?? detectLanguage())
  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next)
    document.documentElement.lang = next
    try {
      localStorage.setItem(LANGUAGE_KEY, next)
    } catch {
      // not persisted; the choice still holds for this page
    }
  }, [])
  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage])
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>
}

export function useLanguage(): LanguageContextValue {
  const value = useContext(LanguageContext)
  if (!value) throw new Error('useLanguage outside LanguageProvider')
  return value
}

export function useMessages<M extends Messages>(bundle: MessageBundle<M>): Translate<M> {
  const { language } = useLanguage()
  return useMemo(() => translator(bundle, language), [bundle, language])
}
