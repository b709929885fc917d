import { useQuery } from '@tanstack/react-query'
import { useInstance } from '@/lib/instance/instance-provider'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import { useSession } from '@/lib/session/use-session'
import { sessionQueries, SESSION_WATCH_INTERVAL_MS } from '../api'

/**
 * Notices a session revoked elsewhere (another browser, the built-in interface) within a minute,
 * not only at the next click: a cheap introspection (no usage, no rotation) while the tab is
 * visible; an `invalid_token` answer ends the session in every tab (query-client.ts).
 */
export function SessionWatch() {
  const { client } = useInstance()
  const session = useSession()
  return client && session ? <Watch client={client} momId={session.momId} /> : null
}

function Watch({ client, momId }: { client: MytokenClient; momId: string }) {
  useQuery({
    ...sessionQueries.status(client, momId),
    refetchInterval: SESSION_WATCH_INTERVAL_MS,
    // hidden tabs do not ask (the interval pauses); a tab shown again asks at once
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: 'always',
  })
  return null
}
