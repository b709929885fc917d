// The session as the session store mirrors it to sessionStorage. React- and package-free: the boot
// script reads it too (whether a session exists, and its token list before the app has loaded).

export const SESSION_STORAGE_KEY = 'mytoken-web.session'

export interface Session {
  instanceIssuer: string
  providerIssuer: string
  token: string
  momId: string
  /** epoch milliseconds */
  expiresAt: number | undefined
  signedInAt: number
}

export function isSession(value: unknown): value is Session {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  return (
    typeof v.instanceIssuer === 'string' &&
    typeof v.providerIssuer === 'string' &&
    typeof v.token === 'string' &&
    v.token !== '' &&
    typeof v.momId === 'string' &&
    (v.expiresAt === undefined || typeof v.expiresAt === 'number') &&
    typeof v.signedInAt === 'number'
  )
}

/** The stored session, unless it is malformed or has expired by `now` (epoch milliseconds). */
export function readStoredSession(storage: Storage | undefined, now: number): Session | undefined {
  const raw = storage?.getItem(SESSION_STORAGE_KEY)
  if (!raw) return undefined
  try {
    const session: unknown = JSON.parse(raw)
    if (!isSession(session)) return undefined
    if (session.expiresAt !== undefined && session.expiresAt <= now) return undefined
    return session
  } catch {
    return undefined
  }
}
