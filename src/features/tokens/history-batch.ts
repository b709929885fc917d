// The histories that rows ask for in the same moment (those that come into view together) travel
// in one event_history request (`mom_ids`), instead of one request — and one re-render of the
// list — per row, one after another. Each token keeps its own query (and cache entry).
import type { MytokenClient } from '@/lib/mytoken/api/client'
import { isMytokenError } from '@/lib/mytoken/api/errors'
import type { TokenEvent } from '@/lib/mytoken/api/schemas'
import { sessionStore } from '@/lib/mytoken/browser-state/session-store'

/** how long a batch waits for more rows (their timers fire within a few milliseconds) */
const COLLECT_MS = 20

interface Waiter {
  resolve: (events: TokenEvent[]) => void
  reject: (error: unknown) => void
}

type EventHistory = MytokenClient['eventHistory']

/** per instance (issuer) */
const batches = new Map<string, Map<string, Waiter[]>>()

function ask(eventHistory: EventHistory, momIds: string[]) {
  return eventHistory(sessionStore.credential(), momIds)
}

async function flush(issuer: string, eventHistory: EventHistory, batch: Map<string, Waiter[]>) {
  batches.delete(issuer)
  const ids = [...batch.keys()]
  const settle = (id: string, outcome: Promise<TokenEvent[]>) =>
    outcome.then(
      (events) => batch.get(id)!.forEach((w) => w.resolve(events)),
      (error: unknown) => batch.get(id)!.forEach((w) => w.reject(error)),
    )
  if (ids.length === 1) return settle(ids[0]!, ask(eventHistory, ids))
  try {
    const events = await ask(eventHistory, ids)
    for (const id of ids) settle(id, Promise.resolve(events.filter((event) => event.mom_id === id)))
  } catch (error) {
    // a session that ended fails every request alike; otherwise one token the server refuses
    // (revoked meanwhile) must not take the others' histories with it: each asks alone
    if (isMytokenError(error, 'invalid_token')) {
      for (const id of ids) settle(id, Promise.reject(error))
      return
    }
    for (const id of ids) await settle(id, ask(eventHistory, [id]))
  }
}

/** The event history of one token, asked for together with the others asked for now. */
export function batchedHistory(
  issuer: string,
  eventHistory: EventHistory,
  momId: string,
): Promise<TokenEvent[]> {
  return new Promise((resolve, reject) => {
    let batch = batches.get(issuer)
    if (!batch) {
      const created = new Map<string, Waiter[]>()
      batches.set(issuer, created)
      setTimeout(() => void flush(issuer, eventHistory, created), COLLECT_MS)
      batch = created
    }
    batch.set(momId, [...(batch.get(momId) ?? []), { resolve, reject }])
  })
}
