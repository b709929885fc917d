// The histories the review needs, read in the background: one event_history request (`mom_ids`)
// per chunk of tokens, one chunk after another, so that thousands of tokens neither flood the
// server nor hold up the page; the view shows the list's findings meanwhile and says how far the
// reading got.
import { queryOptions, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import { isMytokenError } from '@/lib/mytoken/api/errors'
import type { TokenEvent } from '@/lib/mytoken/api/schemas'
import { sessionStore } from '@/lib/mytoken/browser-state/session-store'

const CHUNK = 100

export type Histories = ReadonlyMap<string, readonly TokenEvent[]>

/**
 * The events of `ids`. A server's refusal (a token revoked meanwhile) must not hide the others'
 * histories: the chunk is then asked token by token, and a refused token has none. A session
 * that ended or a network failure fails the whole reading.
 */
async function readChunk(client: MytokenClient, ids: string[]): Promise<TokenEvent[]> {
  try {
    return await client.eventHistory(sessionStore.credential(), ids)
  } catch (error) {
    if (!isMytokenError(error) || isMytokenError(error, 'invalid_token')) throw error
    if (ids.length === 1) return []
    const each = await Promise.all(ids.map((id) => readChunk(client, [id])))
    return each.flat()
  }
}

async function readAll(
  client: MytokenClient,
  momIds: readonly string[],
  onProgress: (done: number) => void,
): Promise<Histories> {
  const histories = new Map<string, TokenEvent[]>()
  onProgress(0)
  for (let start = 0; start < momIds.length; start += CHUNK) {
    const ids = momIds.slice(start, start + CHUNK)
    for (const id of ids) histories.set(id, [])
    for (const event of await readChunk(client, ids))
      if (event.mom_id) histories.get(event.mom_id)?.push(event)
    onProgress(Math.min(momIds.length, start + CHUNK))
  }
  return histories
}

const reviewHistoriesQuery = (
  client: MytokenClient,
  sessionMomId: string,
  momIds: readonly string[],
  onProgress: (done: number) => void,
) =>
  // the ids come from the session's token list, which the key names by its session; outside the
  // token data (query-keys.ts), so that revoking one token does not read them all again
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  queryOptions({
    queryKey: ['mytoken', client.issuer, 'review-histories', sessionMomId],
    queryFn: () => readAll(client, momIds, onProgress),
    enabled: momIds.length > 0,
    staleTime: 5 * 60_000,
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
  const [done, setDone] = useState(0)
  const query = useQuery(reviewHistoriesQuery(client, sessionMomId, momIds, setDone))
  return { query, done, total: momIds.length }
}
