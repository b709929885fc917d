import { useQueryClient } from '@tanstack/react-query'
import { useDeferredValue, useId, useRef } from 'react'
import { Link } from 'react-router'
import { useErrorMessage } from '@/components/errors/error-messages'
import { LoadError } from '@/components/errors/load-error'
import { Alert } from '@/components/ui/alert'
import { useMessages } from '@/lib/i18n/i18n'
import { useInstance } from '@/lib/instance/instance-provider'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import { invalidateTokenData } from '@/lib/mytoken/queries/query-keys'
import { useSession } from '@/lib/session/use-session'
import { listMessages } from '../messages'
import type { VisibleRow } from '../model'
import { useRecountOnReturn } from '../usage'
import { useTokenListView } from '../use-token-list-view'
import { RevokeTokensDialog } from './revoke-tokens-dialog'
import { TokenBulkBar } from './token-bulk-bar'
import { TokenListToolbar } from './token-list-toolbar'
import { TokenRowCells } from './token-row'
import { VirtualTable } from './virtual-table'
import '../tokens.css'

export interface TokenLinks {
  /** where the details of a token live */
  details: (momId: string) => string
  /** the create page (the list appends its query string) */
  create: string
}

const rowKey = (row: VisibleRow) => row.node.entry.mom_id
const rowClassName = (row: VisibleRow) =>
  row.node.depth > 0 ? 'token-row token-row-child' : 'token-row'

/** The signed-in user's tokens as a searchable, sortable, virtualised tree table. */
export function TokenList({ links }: { links: TokenLinks }) {
  const { client } = useInstance()
  const session = useSession()
  if (!client || !session) return null
  return <TokenListLoaded client={client} sessionMomId={session.momId} links={links} />
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
  const describe = useErrorMessage()
  const view = useTokenListView(client, sessionMomId)
  const queryClient = useQueryClient()
  useRecountOnReturn(client.issuer)
  const { list, index, rows, filtering } = view
  const { query, setQuery, status, setStatus, sort, setSort } = view.view
  const searchRef = useRef<HTMLInputElement>(null)
  const countId = useId()

  // The table is large: it appears in a deferred render, which React splits into short slices,
  // not in the list query update's one long task.
  const listShown = useDeferredValue(!list.isPending, false)
  if (list.isPending || !listShown) {
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

  return (
    <div className="stack">
      <TokenListToolbar
        countId={countId}
        searchRef={searchRef}
        query={query}
        setQuery={setQuery}
        status={status}
        setStatus={setStatus}
        sort={sort}
        setSort={setSort}
        filtering={filtering}
        onExpandAll={view.expandAll}
        onCollapseAll={view.collapseAll}
      />

      <div className="token-countbar">
        <p id={countId} role="status" className="hint">
          {t('shown', { shown: rows.length, total: index.nodes.length })}
          {list.isFetching ? ` · ${t('refreshing')}` : ''}
        </p>
        <button
          type="button"
          className="button button-secondary token-row-button"
          // the uses counted in view too: they change outside this browser
          onClick={() => void invalidateTokenData(queryClient, client.issuer)}
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

      {view.onlySession ? (
        <Alert tone="info" title={t('empty')}>
          <p>
            <Link to={links.create}>{t('emptyAction')}</Link>
          </p>
        </Alert>
      ) : null}

      {view.selectedIds.length > 0 ? (
        <TokenBulkBar
          count={view.selectedIds.length}
          onRevoke={view.revokeSelected}
          onClear={view.clearSelection}
        />
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
          getRowKey={rowKey}
          rowClassName={rowClassName}
          header={
            <tr>
              <th scope="col" className="token-col-select">
                <input
                  type="checkbox"
                  aria-label={t('selectAll')}
                  checked={view.allShownSelected}
                  ref={(el) => {
                    if (el) el.indeterminate = !view.allShownSelected && view.someShownSelected
                  }}
                  onChange={(event) => view.selectAllShown(event.target.checked)}
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
            const momId = row.node.entry.mom_id
            return (
              <TokenRowCells
                client={client}
                row={row}
                detailsLink={links.details(momId)}
                createLink={links.create}
                isSession={momId === sessionMomId}
                isOpen={!view.collapsed.has(momId)}
                isSelected={view.selected.has(momId)}
                filtering={filtering}
                nowMs={view.nowMs}
                onSelect={view.toggleSelected}
                onToggle={view.toggleCollapsed}
                onRevoke={view.revokeOne}
              />
            )
          }}
        />
      )}
      <p className="hint">{t('usesNote')}</p>

      {view.revoking ? (
        <RevokeTokensDialog
          client={client}
          sessionMomId={sessionMomId}
          targets={view.revoking}
          onClose={(results) => {
            view.finishRevoking(
              results ? new Set(results.filter((r) => r.ok).map((r) => r.target.momId)) : null,
            )
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
