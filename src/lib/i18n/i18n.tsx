// The language of the page and the React side of the i18n layer: components read their message
// bundles (messages.ts) with `useMessages`.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react'
import { detectLanguage, LANGUAGE_KEY, type Language } from './detect-language'
import { translator, type MessageBundle, type Messages, type Translate } from './messages'

export { detectLanguage, languages, type Language } from './detect-language'
export {
  defineMessages,
  format,
  messageFor,
  translator,
  type MessageBundle,
  type Translate,
} from './messages'

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
