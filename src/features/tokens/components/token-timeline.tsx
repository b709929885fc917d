import '../timeline.css'
import '../tokens.css'
import { useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { Link } from 'react-router'
import { LoadError } from '@/components/errors/load-error'
import { formatDateTime } from '@/lib/i18n/format-time'
import { useLanguage, useMessages } from '@/lib/i18n/i18n'
import { useInstance } from '@/lib/instance/instance-provider'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import { lifetimeElapsed } from '@/lib/mytoken/vocabulary/expiry'
import {
  axisPosition,
  timelineAxis,
  timelineBar,
  type TimelineAxis,
} from '@/lib/mytoken/vocabulary/timeline'
import { useSession } from '@/lib/session/use-session'
import { displayableName } from '@/lib/text/isolate'
import { useNow } from '@/lib/use-now'
import { tokenQueries } from '../api'
import { commonMessages, listMessages, timelineMessages } from '../messages'
import { indexTokens, visibleRows, type TokenIndex, type VisibleRow, type SortKey } from '../model'
import { EMPTY_SET } from '../use-token-list-view'
import { SortField } from './sort-field'
import { CreatedCell, ExpiresCell, StatusCell } from './token-cells'
import { SessionMark } from './token-marks'
import { VirtualTable } from './virtual-table'

/**
 * All tokens on one time axis: a bar from creation to expiry, today marked, sub-tokens under
 * their parent. The table is the accessible form (names link to the details; times in words).
 */
export function TokenTimeline({ details }: { details: (momId: string) => string }) {
  const { client } = useInstance()
  const session = useSession()
  if (!client || !session) return null
  return <TimelineLoaded client={client} sessionMomId={session.momId} details={details} />
}

export function TimelineLoaded({
  client,
  sessionMomId,
  details,
}: {
  client: MytokenClient
  sessionMomId: string
  details: (momId: string) => string
}) {
  const t = useMessages(timelineMessages)
  const tl = useMessages(listMessages)
  const { language } = useLanguage()
  const nowMs = useNow(60_000)
  const list = useQuery(tokenQueries.list(client, sessionMomId))
  const [sort, setSort] = useState<SortKey>('expires-asc')
  const index = useMemo(() => indexTokens(list.data ?? []), [list.data])
  const rows = useMemo(
    () =>
      visibleRows(index, {
        query: '',
        status: 'all',
        sort,
        collapsed: EMPTY_SET,
        nowMs,
      }),
    [index, sort, nowMs],
  )
  const axis = useMemo(
    () =>
      timelineAxis(
        index.nodes.map((n) => n.entry),
        nowMs / 1000,
      ),
    [index, nowMs],
  )
  if (list.isPending) return <p role="status">{tl('loading')}</p>
  if (list.isLoadingError)
    return (
      <LoadError title={tl('loadFailed')} error={list.error} onRetry={() => void list.refetch()} />
    )
  const today = axisPosition(nowMs / 1000, axis)
  return (
    <div className="stack">
      <div className="token-toolbar">
        <SortField sort={sort} setSort={setSort} />
      </div>
      <p className="hint">
        {t('axis', {
          start: formatDateTime(axis.start * 1000, language),
          end: formatDateTime(axis.end * 1000, language),
        })}
      </p>
      <VirtualTable
        rows={rows}
        getRowKey={(row: VisibleRow) => row.node.entry.mom_id}
        rowClassName={() => 'timeline-row'}
        caption={t('caption')}
        label={t('region')}
        header={
          <tr>
            <th scope="col" className="timeline-col-name">
              {tl('colName')}
            </th>
            <th scope="col">{tl('colStatus')}</th>
            <th scope="col">{tl('colCreated')}</th>
            <th scope="col">{tl('colExpires')}</th>
            <th scope="col" className="timeline-col-bar">
              {t('colBar')}{' '}
              <span className="timeline-today-legend">
                <span aria-hidden="true" className="timeline-today-swatch" /> {t('today')}
              </span>
            </th>
          </tr>
        }
        renderRow={(row) => (
          <TimelineCells
            row={row}
            index={index}
            axis={axis}
            today={today}
            nowMs={nowMs}
            isSession={row.node.entry.mom_id === sessionMomId}
            detailsLink={details(row.node.entry.mom_id)}
          />
        )}
      />
    </div>
  )
}

function TimelineCells({
  row,
  index,
  axis,
  today,
  nowMs,
  isSession,
  detailsLink,
}: {
  row: VisibleRow
  index: TokenIndex
  axis: TimelineAxis
  today: number
  nowMs: number
  isSession: boolean
  detailsLink: string
}) {
  const t = useMessages(timelineMessages)
  const tc = useMessages(commonMessages)
  const { entry, parentId } = row.node
  const name = entry.name ? displayableName(entry.name) : tc('unnamed')
  const parent = parentId ? index.byId.get(parentId)?.entry : undefined
  const bar = timelineBar(entry, axis)
  const elapsed = lifetimeElapsed(entry.created, entry.expires_at, nowMs)
  return (
    <>
      <th scope="row" className="timeline-col-name">
        <div style={{ paddingInlineStart: `${row.level * 1.25}rem` }}>
          {row.level > 0 ? <span aria-hidden="true">↳ </span> : null}
          <Link to={detailsLink}>{name}</Link>
          {parent ? (
            <span className="visually-hidden">
              {' '}
              {t('subtokenOf', { parent: parent.name || tc('unnamed') })}
            </span>
          ) : null}
          {isSession ? <SessionMark /> : null}
        </div>
      </th>
      <StatusCell entry={entry} nowMs={nowMs} status={row.status} />
      <CreatedCell entry={entry} nowMs={nowMs} />
      <ExpiresCell entry={entry} nowMs={nowMs} />
      <td className="timeline-col-bar">
        <div className="timeline-track">
          <div
            aria-hidden="true"
            className={`timeline-bar timeline-bar-${row.status}${bar.open || bar.clipped ? ' timeline-bar-open' : ''}`}
            style={{
              left: `${bar.from * 100}%`,
              width: `${Math.max(0.5, (bar.to - bar.from) * 100)}%`,
            }}
          />
          <div aria-hidden="true" className="timeline-today" style={{ left: `${today * 100}%` }} />
        </div>
        <span className="visually-hidden">
          {elapsed === undefined
            ? t('noEnd')
            : t('elapsed', { percent: Math.round(elapsed * 100) })}
        </span>
      </td>
    </>
  )
}
