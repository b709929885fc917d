// Message bundles without React: each feature defines its own English and German messages next
// to its code (`defineMessages`). German must have every English key — the types enforce it.
// Components read a bundle with `useMessages` (i18n.tsx); code outside React is handed the
// language and uses `translator` or `messageFor`.
import type { Language } from './detect-language'

export type { Language } from './detect-language'

export type Messages = Record<string, string>
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
