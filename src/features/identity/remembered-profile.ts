// What the header shows of the user's identity (name and e-mail, never the oidc-client-ts User,
// which holds the provider's tokens), remembered for the tab's lifetime in sessionStorage with the
// session it belongs to. A page load then shows the name at once, without loading oidc-client-ts
// and a silent sign-in iframe to the provider again. Forgotten with the session.
import { readStorage, writeStorage } from '@/lib/browser-storage'
import { sessionStore } from '@/lib/mytoken/browser-state/session-store'
import { createValueStore } from '@/lib/value-store'
import { PROFILE_STORAGE_KEY } from './remembered-profile-key'

export interface RememberedProfile {
  /** the session it was asked for */
  momId: string
  name?: string | undefined
  email?: string | undefined
  /** the provider wanted an interaction (silent sign-in failed): the header does not ask again */
  unanswered?: true
}

const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined)

function read(): RememberedProfile | undefined {
  try {
    const value: unknown = JSON.parse(readStorage('session', PROFILE_STORAGE_KEY) ?? 'null')
    if (typeof value !== 'object' || value === null) return undefined
    const v = value as Record<string, unknown>
    if (typeof v.momId !== 'string') return undefined
    return {
      momId: v.momId,
      name: text(v.name),
      email: text(v.email),
      ...(v.unanswered === true ? { unanswered: true as const } : {}),
    }
  } catch {
    return undefined
  }
}

const profile = createValueStore(read())

function write(next: RememberedProfile | undefined) {
  // refused (storage full or denied): the header asks the provider again on the next load
  writeStorage('session', PROFILE_STORAGE_KEY, next && JSON.stringify(next))
  profile.set(next)
}

export const rememberedProfile = {
  /** the remembered profile of this session, if any */
  get: profile.get,
  subscribe: profile.subscribe,
  remember(momId: string, profile: Record<string, unknown> | undefined) {
    // an answer that arrives after its session ended (signed out meanwhile) is not kept
    if (sessionStore.get()?.momId !== momId) return
    write(
      profile
        ? { momId, name: text(profile.name), email: text(profile.email) }
        : { momId, unanswered: true },
    )
  },
  forget: () => write(undefined),
}

// another session (or none) makes the remembered profile someone else's
function forgetIfSomeoneElses() {
  const current = profile.get()
  if (current && sessionStore.get()?.momId !== current.momId) rememberedProfile.forget()
}
sessionStore.subscribe(forgetIfSomeoneElses)
forgetIfSomeoneElses()
