import { useQuery } from '@tanstack/react-query'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import { sessionQueries, SESSION_WATCH_INTERVAL_MS } from '../api'

/** Asks the server about the session while the tab is visible (see SessionWatch). */
export function SessionStatusQuery({ client, momId }: { client: MytokenClient; momId: string }) {
  useQuery({
    ...sessionQueries.status(client, momId),
    refetchInterval: SESSION_WATCH_INTERVAL_MS,
    // hidden tabs do not ask (the interval pauses); a tab shown again asks at once
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: 'always',
  })
  return null
}
