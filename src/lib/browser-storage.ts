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
