// The histories the review needs, read in the background: one event_history request (`mom_ids`)
// per chunk of tokens, one chunk after another, so that thousands of tokens neither flood the
// server nor hold up the page; the view shows the list's findings meanwhile and says how far the
// reading got. Each token's history is the list's and the details page's query
// (tokenQueries.history): what the list read lately is not asked again, and what is read here
// is there for the list's usage counts.
import { queryOptions, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import { isMytokenError } from '@/lib/mytoken/api/errors'
import type { TokenEvent } from '@/lib/mytoken/api/schemas'
import { sessionStore } from '@/lib/mytoken/browser-state/session-store'
import { tokenQueries } from '../api'

const CHUNK = 100
/** how old a history may be to be taken as it is (the review's answer is kept as long) */
const REUSE_MS = 5 * 60_000

export type Histories = ReadonlyMap<string, readonly TokenEvent[]>

/**
 * The events of `ids`, by token. A server's refusal (a token revoked meanwhile) must not hide the
 * others' histories: the chunk is then asked token by token, and a refused token is left out. A
 * session that ended or a network failure fails the whole reading.
 */
async function readChunk(client: MytokenClient, ids: string[]): Promise<Map<string, TokenEvent[]>> {
  try {
    const events = await client.eventHistory(sessionStore.credential(), ids)
    const byId = new Map(ids.map((id): [string, TokenEvent[]] => [id, []]))
    for (const event of events) {
      // as the list's batches do: the answer for one token is all of it
      const owner = ids.length === 1 ? ids[0] : event.mom_id
      if (owner) byId.get(owner)?.push(event)
    }
    return byId
  } catch (error) {
    if (!isMytokenError(error) || isMytokenError(error, 'invalid_token')) throw error
    if (ids.length === 1) return new Map()
    const each = await Promise.all(ids.map((id) => readChunk(client, [id])))
    return new Map(each.flatMap((read) => [...read]))
  }
}

/** The history of `momId` in the shared cache, if it was read within `REUSE_MS`. */
function recentHistory(queryClient: QueryClient, client: MytokenClient, momId: string) {
  const state = queryClient.getQueryState(tokenQueries.history(client, momId).queryKey)
  const recent = state?.data !== undefined && Date.now() - state.dataUpdatedAt < REUSE_MS
  return recent ? state.data : undefined
}

async function readAll(
  queryClient: QueryClient,
  client: MytokenClient,
  momIds: readonly string[],
  onProgress: (done: number) => void,
): Promise<Histories> {
  const histories = new Map<string, readonly TokenEvent[]>()
  const missing: string[] = []
  for (const id of momIds) {
    const recent = recentHistory(queryClient, client, id)
    if (recent) histories.set(id, recent)
    else missing.push(id)
  }
  const reused = histories.size
  onProgress(reused)
  for (let start = 0; start < missing.length; start += CHUNK) {
    const ids = missing.slice(start, start + CHUNK)
    const read = await readChunk(client, ids)
    for (const id of ids) {
      const events = read.get(id)
      if (events) queryClient.setQueryData(tokenQueries.history(client, id).queryKey, events)
      histories.set(id, events ?? [])
    }
    onProgress(reused + Math.min(missing.length, start + CHUNK))
  }
  return histories
}

const reviewHistoriesQuery = (
  queryClient: QueryClient,
  client: MytokenClient,
  sessionMomId: string,
  momIds: readonly string[],
  onProgress: (done: number) => void,
) =>
  // the ids come from the session's token list, which the key names by its session; among the
  // histories, so that the list's recount and a revocation make it look again (at what is cached)
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  queryOptions({
    queryKey: [...tokenQueries.histories(client.issuer), 'review', sessionMomId],
    queryFn: () => readAll(queryClient, client, momIds, onProgress),
    enabled: momIds.length > 0,
    staleTime: REUSE_MS,
    refetchOnWindowFocus: false,
    meta: { session: true },
  })

/**
 * The event histories of `momIds` (read once per session and kept for five minutes; tokens added
 * later are read at the next refresh). `done`: how many of them have been read so far.
 */
export function useReviewHistories(
  client: MytokenClient,
  sessionMomId: string,
  momIds: readonly string[],
) {
  const queryClient = useQueryClient()
  const [done, setDone] = useState(0)
  const query = useQuery(reviewHistoriesQuery(queryClient, client, sessionMomId, momIds, setDone))
  return { query, done, total: momIds.length }
}
