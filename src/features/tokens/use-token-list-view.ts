import { useQuery } from '@tanstack/react-query'
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react'
import { useSearchParams } from 'react-router'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import { useNow } from '@/lib/use-now'
import { tokenQueries } from './api'
import type { RevokeDialogTarget } from './components/revoke-tokens-dialog'
import {
  ancestorsOf,
  indexTokens,
  isFiltering,
  SORT_KEYS,
  visibleRows,
  type SortKey,
  type StatusFilter,
  type TokenNode,
} from './model'

export const EMPTY_SET: ReadonlySet<string> = new Set()

const STATUS_FILTERS: readonly StatusFilter[] = ['all', 'active', 'expiring', 'expired']

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return allowed.find((candidate) => candidate === value) ?? fallback
}

/**
 * Search, status filter and sort order, mirrored into the address (`?q=&status=&sort=`, never a
 * token): they survive the list being replaced by an in-place sign-in when the session ends,
 * and a reload.
 */
function useViewInUrl() {
  const [searchParams, setSearchParams] = useSearchParams()
  const [query, setQuery] = useState(() => searchParams.get('q') ?? '')
  // the list filters by the deferred query; the address follows it, so that a keystroke does
  // not re-render the router's whole tree before the filtered list is shown
  const deferredQuery = useDeferredValue(query)
  const [status, setStatus] = useState<StatusFilter>(() =>
    oneOf(searchParams.get('status'), STATUS_FILTERS, 'all'),
  )
  const [sort, setSort] = useState<SortKey>(() =>
    oneOf(searchParams.get('sort'), SORT_KEYS, 'created-desc'),
  )
  useEffect(() => {
    const next = new URLSearchParams(searchParams)
    const entries: [string, string, string][] = [
      ['q', deferredQuery, ''],
      ['status', status, 'all'],
      ['sort', sort, 'created-desc'],
    ]
    for (const [key, value, fallback] of entries) {
      if (value === fallback) next.delete(key)
      else next.set(key, value)
    }
    // only navigate when something changed (navigating renews searchParams and this effect)
    if (next.toString() !== searchParams.toString()) setSearchParams(next, { replace: true })
  }, [deferredQuery, status, sort, searchParams, setSearchParams])
  return { query, deferredQuery, setQuery, status, setStatus, sort, setSort }
}

function toggled(current: ReadonlySet<string>, momId: string, on: boolean): ReadonlySet<string> {
  const next = new Set(current)
  if (on) next.add(momId)
  else next.delete(momId)
  return next
}

/** The token list's state: the query, the view in the address, selection, collapse, revoking. */
export function useTokenListView(client: MytokenClient, sessionMomId: string) {
  const list = useQuery(tokenQueries.list(client, sessionMomId))
  const nowMs = useNow(60_000)
  const view = useViewInUrl()
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(EMPTY_SET)
  const [selected, setSelected] = useState<ReadonlySet<string>>(EMPTY_SET)
  const [revoking, setRevoking] = useState<RevokeDialogTarget[] | null>(null)
  const { deferredQuery, status, sort } = view

  const index = useMemo(() => indexTokens(list.data ?? []), [list.data])
  const rows = useMemo(
    () => visibleRows(index, { query: deferredQuery, status, sort, collapsed, nowMs }),
    [index, deferredQuery, status, sort, collapsed, nowMs],
  )
  // a selection only ever holds tokens that still exist and are not the session
  const selectedIds = useMemo(
    () => [...selected].filter((id) => id !== sessionMomId && index.byId.has(id)),
    [selected, index, sessionMomId],
  )

  const toTarget = useCallback(
    (node: TokenNode): RevokeDialogTarget => ({
      momId: node.entry.mom_id,
      name: node.entry.name,
      descendantCount: node.descendantCount,
      ancestorIds: ancestorsOf(index, node.entry.mom_id),
    }),
    [index],
  )

  const filtering = isFiltering({ query: deferredQuery, status })
  // walks over every shown token: not again on the renders of a keystroke before it filters
  const selectable = useMemo(
    () => rows.filter((row) => row.node.entry.mom_id !== sessionMomId),
    [rows, sessionMomId],
  )
  const { allShownSelected, someShownSelected } = useMemo(
    () => ({
      allShownSelected:
        selectable.length > 0 && selectable.every((row) => selected.has(row.node.entry.mom_id)),
      someShownSelected: selectable.some((row) => selected.has(row.node.entry.mom_id)),
    }),
    [selectable, selected],
  )
  const onlySession = useMemo(
    () => index.nodes.every((node) => node.entry.mom_id === sessionMomId),
    [index, sessionMomId],
  )

  // stable, so that the memoised rows re-render only when their own data changes
  const toggleSelected = useCallback(
    (momId: string, on: boolean) => setSelected((current) => toggled(current, momId, on)),
    [],
  )
  const toggleCollapsed = useCallback(
    (momId: string) => setCollapsed((current) => toggled(current, momId, !current.has(momId))),
    [],
  )
  const revokeOne = useCallback((node: TokenNode) => setRevoking([toTarget(node)]), [toTarget])
  const selectAllShown = (on: boolean) =>
    setSelected((current) => {
      const next = new Set(current)
      for (const row of selectable) {
        if (on) next.add(row.node.entry.mom_id)
        else next.delete(row.node.entry.mom_id)
      }
      return next
    })
  const expandAll = () => setCollapsed(EMPTY_SET)
  const collapseAll = () =>
    setCollapsed(
      new Set(index.nodes.filter((n) => n.childIds.length > 0).map((n) => n.entry.mom_id)),
    )
  const clearSelection = () => setSelected(EMPTY_SET)
  const revokeSelected = () =>
    setRevoking(
      selectedIds
        .map((id) => index.byId.get(id))
        .filter((n): n is TokenNode => n !== undefined)
        .map(toTarget),
    )
  /** after the dialog: forget the revoked tokens in the selection */
  const finishRevoking = (revokedIds: ReadonlySet<string> | null) => {
    setRevoking(null)
    if (revokedIds)
      setSelected((current) => new Set([...current].filter((id) => !revokedIds.has(id))))
  }

  return {
    list,
    nowMs,
    view,
    index,
    rows,
    collapsed,
    selected,
    selectedIds,
    revoking,
    filtering,
    allShownSelected,
    someShownSelected,
    onlySession,
    toTarget,
    setRevoking,
    toggleSelected,
    toggleCollapsed,
    revokeOne,
    selectAllShown,
    expandAll,
    collapseAll,
    clearSelection,
    revokeSelected,
    finishRevoking,
  }
}

export type TokenListView = ReturnType<typeof useTokenListView>
