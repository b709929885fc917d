import { lazy, Suspense } from 'react'
import { useInstance } from '@/lib/instance/instance-provider'
import { useSession } from '@/lib/session/use-session'

// with the query layer, not part of the first page's code; the client is there only after it
const SessionStatusQuery = lazy(async () => ({
  default: (await import('./session-status-query')).SessionStatusQuery,
}))

/**
 * Notices a session revoked elsewhere (another browser, the built-in interface) within a minute,
 * not only at the next click: a cheap introspection (no usage, no rotation) while the tab is
 * visible; an `invalid_token` answer ends the session in every tab (query-client.ts).
 */
export function SessionWatch() {
  const { client } = useInstance()
  const session = useSession()
  return client && session ? (
    <Suspense fallback={null}>
      <SessionStatusQuery client={client} momId={session.momId} />
    </Suspense>
  ) : null
}
