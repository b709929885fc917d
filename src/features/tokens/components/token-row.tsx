import { memo } from 'react'
import { Link } from 'react-router'
import { useMessages } from '@/lib/i18n/i18n'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import { knownUsageLimits } from '@/lib/mytoken/browser-state/known-limits'
import { successorSearch, wantsSuccessor } from '@/lib/mytoken/browser-state/successor'
import { tokenState } from '@/lib/mytoken/vocabulary/usage'
import { displayableName } from '@/lib/text/isolate'
import { commonMessages, listMessages } from '../messages'
import type { TokenNode, VisibleRow } from '../model'
import { useTokenUsage, type TokenUsage } from '../usage'
import { CreatedCell, ExpiresCell, StatusCell } from './token-cells'
import { KnownClientMark, SessionMark } from './token-marks'
import { UsageCell } from './usage-cell'

/**
 * The cells of one token in the list (the `<tr>` belongs to the virtual table). Memoised: the
 * table re-renders as rows are measured and as uses arrive; a row re-renders only when its own
 * props change (the callbacks are stable and take the token).
 */
export const TokenRowCells = memo(function TokenRowCells({
  client,
  row,
  detailsLink,
  createLink,
  isSession,
  isOpen,
  isSelected,
  filtering,
  nowMs,
  onSelect,
  onToggle,
  onRevoke,
}: {
  client: MytokenClient
  row: VisibleRow
  detailsLink: string
  /** the create page (the row appends the successor's query string) */
  createLink: string
  isSession: boolean
  isOpen: boolean
  isSelected: boolean
  filtering: boolean
  nowMs: number
  onSelect: (momId: string, on: boolean) => void
  onToggle: (momId: string) => void
  onRevoke: (node: TokenNode) => void
}) {
  const t = useMessages(listMessages)
  const tc = useMessages(commonMessages)
  const { entry, childIds, descendantCount } = row.node
  const name = entry.name ? displayableName(entry.name) : tc('unnamed')
  // reads what the uses cell loads (same query), asks nothing itself
  const usage = useTokenUsage(client, entry.mom_id, { enabled: false })
  return (
    <>
      <td className="token-col-select">
        {isSession ? null : (
          <input
            type="checkbox"
            aria-label={t('selectOne', { name })}
            checked={isSelected}
            onChange={(event) => onSelect(entry.mom_id, event.target.checked)}
          />
        )}
      </td>
      <th scope="row" className="token-col-name">
        <div className="token-name" style={{ paddingInlineStart: `${row.level * 1.25}rem` }}>
          {childIds.length > 0 && !filtering ? (
            <button
              type="button"
              className="token-toggle"
              aria-expanded={isOpen}
              aria-label={t('toggle', { name })}
              onClick={() => onToggle(entry.mom_id)}
            >
              <span aria-hidden="true">{isOpen ? '▾' : '▸'}</span>
            </button>
          ) : (
            <span className="token-toggle-space" aria-hidden="true" />
          )}
          <span className="token-name-text">
            <Link to={detailsLink} className={entry.name ? undefined : 'token-unnamed'}>
              {name}
            </Link>
            {isSession ? <SessionMark /> : <KnownClientMark entry={entry} />}
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
      <StatusCell entry={entry} nowMs={nowMs} status={tokenState(row.status, usage.AT)} />
      <CreatedCell entry={entry} nowMs={nowMs} />
      <td className="mono">{entry.ip ?? tc('unknown')}</td>
      <ExpiresCell entry={entry} nowMs={nowMs} />
      <td>
        {isSession ? (
          <span className="hint">{tc('unknown')}</span>
        ) : (
          <UsageCell client={client} momId={entry.mom_id} />
        )}
      </td>
      <td>
        {isSession ? (
          <span className="hint">{tc('sessionShort')}</span>
        ) : (
          <span className="token-row-actions">
            <SuccessorAction
              client={client}
              row={row}
              usage={usage}
              createLink={createLink}
              name={name}
            />
            <button
              type="button"
              className="button button-danger token-row-button"
              aria-label={tc('revokeNamed', { name })}
              onClick={() => onRevoke(row.node)}
            >
              {tc('revoke')}
            </button>
          </span>
        )}
      </td>
    </>
  )
})

/** "Successor" for a token that is expiring, expired or whose uses (nearly) ran out. */
function SuccessorAction({
  client,
  row,
  usage,
  createLink,
  name,
}: {
  client: MytokenClient
  row: VisibleRow
  usage: TokenUsage
  createLink: string
  name: string
}) {
  const tc = useMessages(commonMessages)
  const { entry } = row.node
  const runningOut = [usage.AT?.state, usage.other?.state].some(
    (state) => state === 'used-up' || state === 'low',
  )
  if (!wantsSuccessor(row.status, runningOut)) return null
  return (
    <Link
      className="button button-secondary token-row-button"
      to={`${createLink}${successorSearch(entry, knownUsageLimits(client.issuer, entry.mom_id))}`}
      aria-label={tc('successorNamed', { name })}
    >
      {tc('successor')}
    </Link>
  )
}
