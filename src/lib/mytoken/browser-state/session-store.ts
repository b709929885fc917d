// The app's own session mytoken (restricted: hours of expiry, list/history/revoke only). It
// lives in memory and is mirrored to sessionStorage so a reload keeps the user signed in; it is
// the only token the app ever writes to storage. Nothing here is rendered or logged.
import { browserStorage } from '../../browser-storage'
import type { Credential } from '../api/credential'
import type { MytokenResponse } from '../api/schemas'
import {
  readStoredSession,
  SESSION_STORAGE_KEY as STORAGE_KEY,
  type Session,
} from './stored-session'

type Listener = () => void

export interface SessionStore {
  get(): Session | undefined
  set(session: Session): void
  clear(): void
  subscribe(listener: Listener): () => void
  /** The current session as the API client's credential: the same object for as long as the session lasts. */
  credential(): Credential
}

export class SignedOutError extends Error {
  constructor() {
    super('Not signed in')
    this.name = 'SignedOutError'
  }
}

export function createSessionStore(
  storage: Storage | undefined = browserStorage('session'),
  now: () => number = Date.now,
): SessionStore {
  let current = readStoredSession(storage, now())
  if (!current) storage?.removeItem(STORAGE_KEY)
  const listeners = new Set<Listener>()

  function write(next: Session | undefined) {
    current = next
    if (next) storage?.setItem(STORAGE_KEY, JSON.stringify(next))
    else storage?.removeItem(STORAGE_KEY)
    listeners.forEach((listener) => listener())
  }

  // One object per session: the client queues requests per credential object, so every request
  // with the session must carry the same one, whoever asked for it. It stays bound to that
  // session: after a sign-out or another sign-in, a request still queued for it sends nothing
  // (its token() throws) and a late token_update for it changes nothing.
  const sessionKey = (session: Session) => `${session.instanceIssuer} ${session.momId}`
  let bound: { key: string; credential: Credential } | undefined
  function credentialFor(key: string): Credential {
    const isCurrent = () => current !== undefined && sessionKey(current) === key
    return {
      token() {
        if (!current || !isCurrent()) throw new SignedOutError()
        return current.token
      },
      replace(update: MytokenResponse) {
        if (!current || !isCurrent() || !update.mytoken) return
        write({
          ...current,
          token: update.mytoken,
          expiresAt:
            update.expires_in !== undefined ? now() + update.expires_in * 1000 : current.expiresAt,
        })
      },
    }
  }

  const store: SessionStore = {
    get: () => current,
    set: (session) => write(session),
    clear: () => write(undefined),
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    credential() {
      const key = current ? sessionKey(current) : ''
      if (bound?.key !== key) bound = { key, credential: credentialFor(key) }
      return bound.credential
    },
  }
  return store
}

/** The one session store of the running app. */
export const sessionStore = createSessionStore()
