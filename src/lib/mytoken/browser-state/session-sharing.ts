// One sign-in per browser: the app's open tabs share the one session through a BroadcastChannel
// (same origin only). A tab that starts without a session asks; a tab that has one hands it over
// in memory. Signing in, a rotated session token and signing out reach every tab. Nothing is
// written anywhere new: each tab keeps the session as before (memory + its own sessionStorage).
import type { SessionStore } from './session-store'
import { isSession, type Session } from './stored-session'

const CHANNEL_NAME = 'mytoken-web.session'
/** How long a new tab waits for a hand-over before it shows "sign in". */
export const HANDOVER_WAIT_MS = 300

type Message =
  | { type: 'ask' }
  | { type: 'session'; session: Session }
  /** the session with this mom_id ended: another session a tab holds by now stays */
  | { type: 'ended'; momId: string }

export interface ChannelLike {
  postMessage(message: unknown): void
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void
  close(): void
}

type Listener = () => void

export interface SessionSharing {
  /** true while a new tab waits for another tab to hand over the session */
  handoverPending(): boolean
  subscribe(listener: Listener): () => void
  stop(): void
}

export function shareSessionAcrossTabs(
  store: SessionStore,
  channel: ChannelLike | undefined = openChannel(),
  waitMs = HANDOVER_WAIT_MS,
): SessionSharing {
  const listeners = new Set<Listener>()
  let pending = false
  let timer: ReturnType<typeof setTimeout> | undefined
  const setPending = (next: boolean) => {
    if (pending === next) return
    pending = next
    if (!next && timer !== undefined) clearTimeout(timer)
    listeners.forEach((listener) => listener())
  }
  if (!channel) return { handoverPending: () => false, subscribe: () => () => {}, stop() {} }

  // changes that came from another tab are applied without being sent back
  let applyingRemote = false
  const applyRemote = (change: () => void) => {
    applyingRemote = true
    try {
      change()
    } finally {
      applyingRemote = false
    }
  }

  let last = store.get()
  const unsubscribe = store.subscribe(() => {
    const current = store.get()
    const previous = last
    last = current
    if (applyingRemote) return
    if (current) channel.postMessage({ type: 'session', session: current } satisfies Message)
    else if (previous)
      channel.postMessage({ type: 'ended', momId: previous.momId } satisfies Message)
  })

  channel.addEventListener('message', (event: MessageEvent) => {
    const message = event.data as Partial<Message> | null
    if (!message || typeof message !== 'object') return
    const current = store.get()
    if (message.type === 'ask') {
      if (current) channel.postMessage({ type: 'session', session: current } satisfies Message)
    } else if (message.type === 'session' && isSession(message.session)) {
      const offered = message.session
      const newer = !current || offered.signedInAt >= current.signedInAt
      const expired = offered.expiresAt !== undefined && offered.expiresAt <= Date.now()
      if (newer && !expired && JSON.stringify(offered) !== JSON.stringify(current))
        applyRemote(() => store.set(offered))
      setPending(false)
    } else if (message.type === 'ended' && current && message.momId === current.momId) {
      applyRemote(() => store.clear())
    }
  })

  if (!store.get()) {
    setPending(true)
    timer = setTimeout(() => setPending(false), waitMs)
    channel.postMessage({ type: 'ask' } satisfies Message)
  }

  return {
    handoverPending: () => pending,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    stop() {
      unsubscribe()
      if (timer !== undefined) clearTimeout(timer)
      channel.close()
    },
  }
}

function openChannel(): ChannelLike | undefined {
  return typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(CHANNEL_NAME)
}
