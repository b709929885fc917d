import { lazy, Suspense, useEffect } from 'react'
import { useSessionNotice } from '@/lib/session/session-notice'
import { useSession } from '@/lib/session/use-session'

const loadAlert = () => import('./session-ended-alert')
// not part of the first page's code; fetched while a session exists (so it is at hand when the
// session ends, also with the network gone)
const SessionEndedAlert = lazy(async () => ({ default: (await loadAlert()).SessionEndedAlert }))

/** Says why the session ended without the user signing out (once), until they sign in again. */
export function SessionEndedNotice() {
  const reason = useSessionNotice()
  const session = useSession()
  useEffect(() => {
    // a head start only: a failed fetch (a page change aborts it) is tried again when needed
    if (session) loadAlert().catch(() => undefined)
  }, [session])
  if (!reason || session) return null
  return (
    <Suspense fallback={null}>
      <SessionEndedAlert reason={reason} />
    </Suspense>
  )
}
