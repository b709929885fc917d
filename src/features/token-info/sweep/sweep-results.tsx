import { useMemo, useState, type ReactNode } from 'react'
import { useMessages, type Translate } from '@/lib/i18n/i18n'
import { useInstance } from '@/lib/instance/instance-provider'
import { formatSize } from '../format-size'
import { sweepMessages } from './messages'
import { RevokeAllDialog } from './revoke-all-dialog'
import type { FoundCandidate } from './scan-text'
import { SweepRowView } from './sweep-row'
import { countRows, isRevocable, toRows, type SweepCounts, type SweepRow } from './sweep-rows'
import { SweepSummary } from './sweep-summary'
import { useSweep } from './use-sweep'

export interface SweptSource {
  name: string
  size: number
}

/** Rendering a thousand rows at once would hold the main thread: the table shows a page. */
const PAGE_SIZE = 50

export function SweepResults({
  candidates,
  source,
}: {
  candidates: FoundCandidate[]
  source: SweptSource
}) {
  const t = useMessages(sweepMessages)
  const { config, instance: selected } = useInstance()
  const initialRows = useMemo(
    () => toRows(candidates, config.instances, selected),
    // the rows are made once per sweep (this component is keyed by it)
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [],
  )
  const [sweptAt] = useState(() => Date.now())
  const { rows, check, revoke } = useSweep(initialRows)
  const [page, setPage] = useState(0)
  const [dialogOpen, setDialogOpen] = useState(false)
  const revocable = rows.filter(isRevocable)
  const counts = countRows(rows)
  const hasShapes = rows.some((row) => row.candidate.kind !== 'jwt')
  const shown = rows.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE)
  const lastPage = Math.max(0, Math.ceil(rows.length / PAGE_SIZE) - 1)

  return (
    <div className="stack">
      <h3 id="sweep-results-heading">{t('resultsHeading')}</h3>
      {hasShapes ? <p className="hint">{t('shapesNote', { instance: selected.name })}</p> : null}
      <div className="button-row">
        <button
          type="button"
          className="button button-danger"
          // stays enabled (not `disabled`) so focus can return to it from the dialog
          aria-disabled={revocable.length === 0}
          onClick={() => {
            if (revocable.length > 0) setDialogOpen(true)
          }}
        >
          {t('revokeAll', { count: revocable.length })}
        </button>
      </div>
      <ScrollRegion labelledBy="sweep-results-heading">
        <table className="data-table sweep-table">
          <thead>
            <tr>
              <th scope="col">{t('colWhere')}</th>
              <th scope="col">{t('colKind')}</th>
              <th scope="col">{t('colName')}</th>
              <th scope="col">{t('colOwner')}</th>
              <th scope="col">{t('colCan')}</th>
              <th scope="col">{t('colState')}</th>
              <th scope="col">{t('colExpires')}</th>
              <th scope="col">{t('colUses')}</th>
              <th scope="col">{t('colResult')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <SweepRowView key={row.id} row={row} onCheck={check} onRevoke={revoke} />
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {rows.length > PAGE_SIZE ? (
        <Pager page={page} lastPage={lastPage} total={rows.length} onPage={setPage} />
      ) : null}
      <SweepSummary text={summaryText(t, source, sweptAt, counts, rows)} />
      <RevokeAllDialog
        open={dialogOpen}
        count={revocable.length}
        onConfirm={(recursive) =>
          void revoke(
            revocable.map((row) => row.id),
            recursive,
          )
        }
        onClose={() => setDialogOpen(false)}
      />
    </div>
  )
}

/** A scrollable region must be reachable by keyboard (axe: scrollable-region-focusable). */
function ScrollRegion({ labelledBy, children }: { labelledBy: string; children: ReactNode }) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-scroll" tabIndex={0} role="region" aria-labelledby={labelledBy}>
      {children}
    </div>
  )
}

function Pager({
  page,
  lastPage,
  total,
  onPage,
}: {
  page: number
  lastPage: number
  total: number
  onPage: (page: number) => void
}) {
  const t = useMessages(sweepMessages)
  return (
    <div className="button-row">
      <button
        type="button"
        className="button button-secondary button-small"
        disabled={page === 0}
        onClick={() => onPage(page - 1)}
      >
        {t('previous')}
      </button>
      <span role="status">
        {t('rowsShown', {
          from: page * PAGE_SIZE + 1,
          to: Math.min(total, (page + 1) * PAGE_SIZE),
          total,
        })}
      </span>
      <button
        type="button"
        className="button button-secondary button-small"
        disabled={page === lastPage}
        onClick={() => onPage(page + 1)}
      >
        {t('next')}
      </button>
    </div>
  )
}

const utc = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

function summaryText(
  t: Translate<(typeof sweepMessages)['en']>,
  source: SweptSource,
  sweptAt: number,
  counts: SweepCounts,
  rows: readonly SweepRow[],
): string {
  const revokedTimes = rows.flatMap((row) =>
    row.revoke.status === 'revoked' ? [row.revoke.at] : [],
  )
  return t('summary', {
    source: source.name,
    size: formatSize(source.size),
    time: utc(sweptAt),
    found: counts.found,
    valid: counts.valid,
    invalid: counts.invalid,
    other: counts.otherInstance,
    notChecked: counts.notChecked,
    failedChecks: counts.failedChecks,
    revoked: counts.revoked,
    revokedAt:
      revokedTimes.length > 0 ? t('revokedAt', { time: utc(Math.max(...revokedTimes)) }) : '',
    failedRevocations: counts.failedRevocations,
  })
}
