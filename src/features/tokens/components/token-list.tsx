import { useNow } from '@/lib/use-now'
import { LoadError } from '@/components/errors/load-error'
import { useQuery } from '@tanstack/react-query'
import { useVirtualizer } from '@tanstack/react-virtual'
import {
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react'
import { Link, useSearchParams } from 'react-router'
import { useErrorMessage } from '@/components/errors/error-messages'
import { Alert } from '@/components/ui/alert'
import { useMessages } from '@/lib/i18n/i18n'
import { useInstance } from '@/lib/instance/instance-provider'
import type { MytokenClient } from '@/lib/mytoken/client'
import { useSession } from '@/lib/session/use-session'
import { tokenQueries } from '../api'
import { commonMessages, listMessages } from '../messages'
import {
  ancestorsOf,
  indexTokens,
  isFiltering,
  visibleRows,
  type SortKey,
  type StatusFilter,
  type TokenNode,
  type VisibleRow,
} from '../model'
import { RevokeDialog, type DialogTarget } from './revoke-dialog'
import { SessionMark, StatusBadge, TimeCell } from './token-bits'
import '../tokens.css'

export interface TokenLinks {
  /** where the details of a token live */
  details: (momId: string) => string
  /** the create page (the list appends its query string) */
  create: string
}

const EMPTY_SET: ReadonlySet<string> = new Set()

/** The signed-in user's tokens as a searchable, sortable, virtualised tree table. */
export function TokenList({ links }: { links: TokenLinks }) {
  const { client } = useInstance()
  const session = useSession()
  if (!client || !session) return null
  return <TokenListLoaded client={client} sessionMomId={session.momId} links={links} />
}

const STATUS_FILTERS: readonly StatusFilter[] = ['all', 'active', 'expiring', 'expired']
const SORT_KEYS: readonly SortKey[] = ['created-desc', 'created-asc', 'expires-asc', 'expires-desc']

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
  const [status, setStatus] = useState<StatusFilter>(() =>
    oneOf(searchParams.get('status'), STATUS_FILTERS, 'all'),
  )
  const [sort, setSort] = useState<SortKey>(() =>
    oneOf(searchParams.get('sort'), SORT_KEYS, 'created-desc'),
  )
  useEffect(() => {
    const next = new URLSearchParams(searchParams)
    const entries: [string, string, string][] = [
      ['q', query, ''],
      ['status', status, 'all'],
      ['sort', sort, 'created-desc'],
    ]
    for (const [key, value, fallback] of entries) {
      if (value === fallback) next.delete(key)
      else next.set(key, value)
    }
    // only navigate when something changed (navigating renews searchParams and this effect)
    if (next.toString() !== searchParams.toString()) setSearchParams(next, { replace: true })
  }, [query, status, sort, searchParams, setSearchParams])
  return { query, setQuery, status, setStatus, sort, setSort }
}

export function TokenListLoaded({
  client,
  sessionMomId,
  links,
}: {
  client: MytokenClient
  sessionMomId: string
  links: TokenLinks
}) {
  const t = useMessages(listMessages)
  const tc = useMessages(commonMessages)
  const describe = useErrorMessage()
  const list = useQuery(tokenQueries.list(client, sessionMomId))
  const nowMs = useNow(60_000)
  const { query, setQuery, status, setStatus, sort, setSort } = useViewInUrl()
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(EMPTY_SET)
  const [selected, setSelected] = useState<ReadonlySet<string>>(EMPTY_SET)
  const [revoking, setRevoking] = useState<DialogTarget[] | null>(null)
  const deferredQuery = useDeferredValue(query)
  const searchRef = useRef<HTMLInputElement>(null)
  const ids = { search: useId(), status: useId(), sort: useId(), count: useId() }

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
    (node: TokenNode): DialogTarget => ({
      momId: node.entry.mom_id,
      name: node.entry.name,
      descendantCount: node.descendantCount,
      ancestorIds: ancestorsOf(index, node.entry.mom_id),
    }),
    [index],
  )

  if (list.isPending) {
    return (
      <p role="status" className="token-loading">
        {t('loading')}
      </p>
    )
  }
  if (list.isLoadingError) {
    return (
      <LoadError title={t('loadFailed')} error={list.error} onRetry={() => void list.refetch()} />
    )
  }

  const filtering = isFiltering({ query: deferredQuery, status })
  const selectable = rows.filter((row) => row.node.entry.mom_id !== sessionMomId)
  const allShownSelected =
    selectable.length > 0 && selectable.every((row) => selected.has(row.node.entry.mom_id))
  const someShownSelected = selectable.some((row) => selected.has(row.node.entry.mom_id))
  const onlySession = index.nodes.every((node) => node.entry.mom_id === sessionMomId)

  const toggleSelected = (momId: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current)
      if (on) next.add(momId)
      else next.delete(momId)
      return next
    })
  const toggleCollapsed = (momId: string) =>
    setCollapsed((current) => {
      const next = new Set(current)
      if (next.has(momId)) next.delete(momId)
      else next.add(momId)
      return next
    })

  return (
    <div className="stack">
      <div className="token-toolbar" role="search">
        <div className="field">
          <label htmlFor={ids.search}>{t('search')}</label>
          <input
            id={ids.search}
            ref={searchRef}
            type="search"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            aria-describedby={ids.count}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.status}>{t('status')}</label>
          <select
            id={ids.status}
            value={status}
            onChange={(event) => setStatus(event.target.value as StatusFilter)}
          >
            <option value="all">{t('statusAll')}</option>
            <option value="active">{tc('active')}</option>
            <option value="expiring">{tc('expiring')}</option>
            <option value="expired">{tc('expired')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.sort}>{t('sort')}</label>
          <select
            id={ids.sort}
            value={sort}
            onChange={(event) => setSort(event.target.value as SortKey)}
          >
            <option value="created-desc">{t('sortCreatedDesc')}</option>
            <option value="created-asc">{t('sortCreatedAsc')}</option>
            <option value="expires-asc">{t('sortExpiresAsc')}</option>
            <option value="expires-desc">{t('sortExpiresDesc')}</option>
          </select>
        </div>
        {!filtering ? (
          <div className="token-toolbar-buttons">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setCollapsed(EMPTY_SET)}
            >
              {t('expandAll')}
            </button>
            <button
              type="button"
              className="button button-secondary"
              onClick={() =>
                setCollapsed(
                  new Set(
                    index.nodes.filter((n) => n.childIds.length > 0).map((n) => n.entry.mom_id),
                  ),
                )
              }
            >
              {t('collapseAll')}
            </button>
          </div>
        ) : null}
      </div>

      <div className="token-countbar">
        <p id={ids.count} role="status" className="hint">
          {t('shown', { shown: rows.length, total: index.nodes.length })}
          {list.isFetching ? ` · ${t('refreshing')}` : ''}
        </p>
        <button
          type="button"
          className="button button-secondary token-row-button"
          onClick={() => void list.refetch()}
          disabled={list.isFetching}
        >
          {t('refresh')}
        </button>
      </div>
      {list.isRefetchError ? (
        <p className="field-error" role="alert">
          {t('refreshFailed', { reason: describe(list.error) })}
        </p>
      ) : null}

      {onlySession ? (
        <Alert tone="info" title={t('empty')}>
          <p>
            <Link to={links.create}>{t('emptyAction')}</Link>
          </p>
        </Alert>
      ) : null}

      {selectedIds.length > 0 ? (
        <div className="token-bulkbar">
          <span>{t('selected', { count: selectedIds.length })}</span>
          <button
            type="button"
            className="button button-danger"
            onClick={() =>
              setRevoking(
                selectedIds
                  .map((id) => index.byId.get(id))
                  .filter((n): n is TokenNode => n !== undefined)
                  .map(toTarget),
              )
            }
          >
            {t('revokeSelected')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setSelected(EMPTY_SET)}
          >
            {t('clearSelection')}
          </button>
        </div>
      ) : null}

      {rows.length === 0 && filtering ? (
        <Alert
          tone="info"
          title={t('noMatch')}
          actions={
            <button
              type="button"
              className="button"
              onClick={() => {
                setQuery('')
                setStatus('all')
                searchRef.current?.focus()
              }}
            >
              {t('clearFilters')}
            </button>
          }
        />
      ) : (
        <VirtualTable
          rows={rows}
          header={
            <tr>
              <th scope="col" className="token-col-select">
                <input
                  type="checkbox"
                  aria-label={t('selectAll')}
                  checked={allShownSelected}
                  ref={(el) => {
                    if (el) el.indeterminate = !allShownSelected && someShownSelected
                  }}
                  onChange={(event) => {
                    const on = event.target.checked
                    setSelected((current) => {
                      const next = new Set(current)
                      for (const row of selectable) {
                        if (on) next.add(row.node.entry.mom_id)
                        else next.delete(row.node.entry.mom_id)
                      }
                      return next
                    })
                  }}
                />
              </th>
              <th scope="col" className="token-col-name">
                {t('colName')}
              </th>
              <th scope="col">{t('colStatus')}</th>
              <th scope="col">{t('colCreated')}</th>
              <th scope="col">{t('colIp')}</th>
              <th scope="col">{t('colExpires')}</th>
              <th scope="col">{t('colUses')}</th>
              <th scope="col">{t('colActions')}</th>
            </tr>
          }
          caption={t('caption')}
          label={t('scrollRegion')}
          renderRow={(row) => {
            const { entry, childIds, descendantCount } = row.node
            const momId = entry.mom_id
            const name = entry.name || tc('unnamed')
            const isSession = momId === sessionMomId
            const isOpen = !collapsed.has(momId)
            return (
              <>
                <td className="token-col-select">
                  {isSession ? null : (
                    <input
                      type="checkbox"
                      aria-label={t('selectOne', { name })}
                      checked={selected.has(momId)}
                      onChange={(event) => toggleSelected(momId, event.target.checked)}
                    />
                  )}
                </td>
                <th scope="row" className="token-col-name">
                  <div
                    className="token-name"
                    style={{ paddingInlineStart: `${row.level * 1.25}rem` }}
                  >
                    {childIds.length > 0 && !filtering ? (
                      <button
                        type="button"
                        className="token-toggle"
                        aria-expanded={isOpen}
                        aria-label={t('toggle', { name })}
                        onClick={() => toggleCollapsed(momId)}
                      >
                        <span aria-hidden="true">{isOpen ? '▾' : '▸'}</span>
                      </button>
                    ) : (
                      <span className="token-toggle-space" aria-hidden="true" />
                    )}
                    <span className="token-name-text">
                      <Link
                        to={links.details(momId)}
                        className={entry.name ? undefined : 'token-unnamed'}
                      >
                        {name}
                      </Link>
                      {isSession ? <SessionMark /> : null}
                      {descendantCount > 0 ? (
                        <span className="hint">
                          {descendantCount === 1
                            ? tc('subtokenCountOne')
                            : tc('subtokenCount', { count: descendantCount })}
                        </span>
                      ) : null}
                    </span>
                  </div>
                </th>
                <td>
                  <StatusBadge status={row.status} />
                </td>
                <td>
                  <TimeCell epochSeconds={entry.created} nowMs={nowMs} />
                </td>
                <td className="mono">{entry.ip ?? tc('unknown')}</td>
                <td>
                  {entry.expires_at ? (
                    <TimeCell epochSeconds={entry.expires_at} nowMs={nowMs} />
                  ) : (
                    tc('never')
                  )}
                </td>
                <td>
                  <span aria-hidden="true">{tc('unknown')}</span>
                  <span className="visually-hidden">{tc('unknownUses')}</span>
                </td>
                <td>
                  {isSession ? (
                    <span className="hint">{tc('sessionShort')}</span>
                  ) : (
                    <button
                      type="button"
                      className="button button-danger token-row-button"
                      aria-label={tc('revokeNamed', { name })}
                      onClick={() => setRevoking([toTarget(row.node)])}
                    >
                      {tc('revoke')}
                    </button>
                  )}
                </td>
              </>
            )
          }}
        />
      )}
      <p className="hint">{t('usesNote')}</p>

      {revoking ? (
        <RevokeDialog
          client={client}
          sessionMomId={sessionMomId}
          targets={revoking}
          onClose={(results) => {
            setRevoking(null)
            if (results) {
              const done = new Set(results.filter((r) => r.ok).map((r) => r.target.momId))
              setSelected((current) => new Set([...current].filter((id) => !done.has(id))))
            }
            // the opener may have been removed with its row; keep focus on the page
            window.setTimeout(() => {
              if (!document.activeElement || document.activeElement === document.body)
                searchRef.current?.focus()
            }, 0)
          }}
        />
      ) : null}
    </div>
  )
}

function VirtualTable({
  rows,
  header,
  caption,
  label,
  renderRow,
}: {
  rows: VisibleRow[]
  header: ReactNode
  caption: string
  label: string
  renderRow: (row: VisibleRow) => ReactNode
}) {
  const scrollRef = useRef<HTMLDivElement>(null)
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is used as documented; rows re-render through `rows`
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 64,
    overscan: 8,
    getItemKey: (i) => rows[i]?.node.entry.mom_id ?? i,
    initialRect: { width: 1000, height: 800 },
  })
  const items = virtualizer.getVirtualItems()
  const paddingTop = items[0]?.start ?? 0
  const paddingBottom = Math.max(0, virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0))

  return (
    // a scrollable region must be reachable by keyboard
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div ref={scrollRef} className="token-scroll" tabIndex={0} role="region" aria-label={label}>
      <table className="token-table" aria-rowcount={rows.length + 1}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>{header}</thead>
        <tbody>
          {paddingTop > 0 ? (
            <tr aria-hidden="true" className="token-spacer" style={{ height: paddingTop }} />
          ) : null}
          {items.map((item) => {
            const row = rows[item.index]!
            return (
              <tr
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                aria-rowindex={item.index + 2}
                className={row.node.depth > 0 ? 'token-row token-row-child' : 'token-row'}
              >
                {renderRow(row)}
              </tr>
            )
          })}
          {paddingBottom > 0 ? (
            <tr aria-hidden="true" className="token-spacer" style={{ height: paddingBottom }} />
          ) : null}
        </tbody>
      </table>
    </div>
  )
}
