import { lazy, Suspense } from 'react'
import { useSession } from '@/lib/session/use-session'
import { useLeftSessionsOutcome } from '../left-sessions'

// only loaded after a sign-in found something to tell
const LeftSessionsAlert = lazy(async () => ({
  default: (await import('./left-sessions-alert')).LeftSessionsAlert,
}))

/** After a sign-in: which sessions this browser had left open were ended (until dismissed). */
export function LeftSessionsNotice() {
  const outcome = useLeftSessionsOutcome()
  const session = useSession()
  if (!outcome || !session) return null
  return (
    <Suspense fallback={null}>
      <LeftSessionsAlert outcome={outcome} />
    </Suspense>
  )
}
