import { useQuery, focusManager, useQueryClient } from '@tanstack/react-query'
import { useEffect, useState, useCallback } from 'react'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import type { TokenEvent } from '@/lib/mytoken/api/schemas'
import { knownUsageLimits } from '@/lib/mytoken/browser-state/known-limits'
import { countUses, summarizeUsage, type UsageSummary } from '@/lib/mytoken/vocabulary/usage'
import { tokenQueries } from './api'

// Rows that come into view together wait together: one timer, so one task and one render for
// all of them when their wait ends, not a task and a render per row.
const waiting = new Map<() => void, number>()
let timer: { id: number; due: number } | undefined

function wakeDue() {
  timer = undefined
  // within a frame of each other: the same moment
  const now = performance.now() + 16
  for (const [wake, due] of waiting) {
    if (due > now) continue
    waiting.delete(wake)
    wake()
  }
  scheduleWake()
}

function scheduleWake() {
  if (waiting.size === 0) return
  const next = Math.min(...waiting.values())
  if (timer && timer.due <= next) return
  if (timer) window.clearTimeout(timer.id)
  timer = { id: window.setTimeout(wakeDue, Math.max(0, next - performance.now())), due: next }
}

function wakeAfter(delayMs: number, wake: () => void): () => void {
  waiting.set(wake, performance.now() + delayMs)
  scheduleWake()
  return () => void waiting.delete(wake)
}

/** True once the caller has been mounted for `delayMs` (rows scrolled past ask for nothing). */
export function useSettled(delayMs: number): boolean {
  const [settled, setSettled] = useState(delayMs <= 0)
  useEffect(() => {
    if (delayMs <= 0) return
    return wakeAfter(delayMs, () => setSettled(true))
  }, [delayMs])
  return settled
}

export interface TokenUsage {
  status: 'pending' | 'error' | 'success'
  AT?: UsageSummary
  other?: UsageSummary
}

interface Summaries {
  AT: UsageSummary
  other: UsageSummary
}

function summarize(events: TokenEvent[], issuer: string, momId: string): Summaries {
  const counts = countUses(events, momId)
  const clauses = knownUsageLimits(issuer, momId)
  return {
    AT: summarizeUsage('AT', counts, clauses),
    other: summarizeUsage('other', counts, clauses),
  }
}

/**
 * Uses done and left for one token: the history query (shared with the details page and cached
 * by TanStack Query) counts them; the limits are what this browser knows. Counted once per
 * history answer (a `select` keeps its result while the data stays the same), not per render.
 */
export function useTokenUsage(
  client: MytokenClient,
  momId: string,
  options: { enabled?: boolean } = {},
): TokenUsage {
  const { issuer } = client
  const select = useCallback(
    (events: TokenEvent[]) => summarize(events, issuer, momId),
    [issuer, momId],
  )
  const history = useQuery({
    ...tokenQueries.history(client, momId),
    enabled: options.enabled ?? true,
    refetchOnWindowFocus: false,
    select,
  })
  if (history.isError && !history.data) return { status: 'error' }
  if (!history.data) return { status: 'pending' }
  return { status: 'success', ...history.data }
}

/**
 * Uses happen outside this browser, so a count may be old however recently it was read: each
 * time the list is shown again (mounted, or its tab back in front) every history counts as
 * stale, and the rows in view (and those that come into view) count anew.
 */
export function useRecountOnReturn(issuer: string): void {
  const queryClient = useQueryClient()
  useEffect(() => {
    const recount = () =>
      void queryClient.invalidateQueries({ queryKey: tokenQueries.histories(issuer) })
    recount()
    return focusManager.subscribe((focused) => {
      if (focused) recount()
    })
  }, [queryClient, issuer])
}
