import { lazy, Suspense } from 'react'
import { useSessionNotice } from '@/lib/session/session-notice'
import { useSession } from '@/lib/session/use-session'

// loaded only when a session has ended, to keep it out of every page's first load
const SessionEndedAlert = lazy(async () => ({
  default: (await import('./session-ended-alert')).SessionEndedAlert,
}))

/** Says why the session ended without the user signing out (once), until they sign in again. */
export function SessionEndedNotice() {
  const reason = useSessionNotice()
  const session = useSession()
  if (!reason || session) return null
  return (
    <Suspense fallback={null}>
      <SessionEndedAlert reason={reason} />
    </Suspense>
  )
}
