import { useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import { knownUsageLimits } from '@/lib/mytoken/browser-state/known-limits'
import { countUses, summarizeUsage, type UsageSummary } from '@/lib/mytoken/vocabulary/usage'
import { tokenQueries } from './api'

/** True once the caller has been mounted for `delayMs` (rows scrolled past ask for nothing). */
export function useSettled(delayMs: number): boolean {
  const [settled, setSettled] = useState(delayMs <= 0)
  useEffect(() => {
    if (delayMs <= 0) return
    const id = window.setTimeout(() => setSettled(true), delayMs)
    return () => window.clearTimeout(id)
  }, [delayMs])
  return settled
}

export interface TokenUsage {
  status: 'pending' | 'error' | 'success'
  AT?: UsageSummary
  other?: UsageSummary
}

/**
 * Uses done and left for one token: the history query (shared with the details page and cached
 * by TanStack Query) counts them; the limits are what this browser knows.
 */
export function useTokenUsage(
  client: MytokenClient,
  momId: string,
  options: { enabled?: boolean } = {},
): TokenUsage {
  const history = useQuery({
    ...tokenQueries.history(client, momId),
    enabled: options.enabled ?? true,
    refetchOnWindowFocus: false,
  })
  if (history.isError && !history.data) return { status: 'error' }
  if (!history.data) return { status: 'pending' }
  const counts = countUses(history.data, momId)
  const clauses = knownUsageLimits(client.issuer, momId)
  return {
    status: 'success',
    AT: summarizeUsage('AT', counts, clauses),
    other: summarizeUsage('other', counts, clauses),
  }
}
