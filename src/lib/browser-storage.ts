/**
 * The browser's sessionStorage or localStorage, or undefined where there is none (server
 * rendering) or where reading the property itself throws (storage disabled by the browser).
 */
export function browserStorage(kind: 'session' | 'local'): Storage | undefined {
  try {
    if (typeof window === 'undefined') return undefined
    return kind === 'session' ? window.sessionStorage : window.localStorage
  } catch {
    return undefined
  }
}

/** The stored text; null when there is none or the browser denies reading it. */
export function readStorage(kind: 'session' | 'local', key: string): string | null {
  try {
    return browserStorage(kind)?.getItem(key) ?? null
  } catch {
    return null
  }
}

/**
 * Stores the text, or removes the entry for undefined. False when the browser refuses (storage
 * full or denied): the caller's state then holds for this page only.
 */
export function writeStorage(kind: 'session' | 'local', key: string, text: string | undefined) {
  try {
    const storage = browserStorage(kind)
    if (!storage) return false
    if (text === undefined) storage.removeItem(key)
    else storage.setItem(key, text)
    return true
  } catch {
    return false
  }
}
