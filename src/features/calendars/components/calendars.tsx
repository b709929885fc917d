import '../calendars.css'
import { useQuery } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { CopyButton } from '@/components/copy-button'
import { useErrorMessage } from '@/components/errors/error-messages'
import { LoadError } from '@/components/errors/load-error'
import { downloadText } from '@/components/secret-box'
import { Alert } from '@/components/ui/alert'
import { Field } from '@/components/ui/field'
import { useMessages } from '@/lib/i18n/i18n'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import type { CalendarInfo } from '@/lib/mytoken/api/schemas'
import type { TokenChoice } from '@/lib/mytoken/vocabulary/token-tree'
import { calendarQueries, useChangeCalendar, type CalendarChange } from '../api'
import { expiryCalendarIcs } from '../ics'
import { calendarMessages } from '../messages'
import { ConfirmChange, type RiskyChange } from './confirm-change'

/** The user's expiry calendars (ICS): create, add and remove tokens, subscribe or download, delete. */
export function Calendars({
  client,
  sessionMomId,
  tokens,
}: {
  client: MytokenClient
  sessionMomId: string
  tokens: readonly TokenChoice[]
}) {
  const t = useMessages(calendarMessages)
  const describe = useErrorMessage()
  const list = useQuery(calendarQueries.list(client, sessionMomId))
  const change = useChangeCalendar(client)
  const [name, setName] = useState('')
  const [nameError, setNameError] = useState(false)
  const [asking, setAsking] = useState<RiskyChange>()
  // the calendar last made again by a removal, with its new address
  const [moved, setMoved] = useState<CalendarInfo>()

  function apply(next: CalendarChange) {
    setMoved(undefined)
    change.mutate(next, {
      onSuccess: (made) => {
        if (next.kind === 'remove' && made) setMoved(made)
      },
    })
  }

  function handleCreate(event: FormEvent) {
    event.preventDefault()
    const trimmed = name.trim()
    if (trimmed === '' || trimmed.length > 128) return setNameError(true)
    setNameError(false)
    setMoved(undefined)
    change.mutate({ kind: 'create', name: trimmed }, { onSuccess: () => setName('') })
  }

  if (list.isPending) return <p role="status">{t('loading')}</p>
  if (list.isError)
    return (
      <LoadError title={t('loadFailed')} error={list.error} onRetry={() => void list.refetch()} />
    )
  return (
    <div className="stack">
      <form className="stack" onSubmit={handleCreate} noValidate>
        <Field label={t('newName')} error={nameError ? t('nameMissing') : undefined} announceError>
          {(props) => (
            <input
              {...props}
              value={name}
              maxLength={200}
              onChange={(event) => setName(event.target.value)}
            />
          )}
        </Field>
        <div>
          <button type="submit" className="button" disabled={change.isPending}>
            {t('create')}
          </button>
        </div>
      </form>
      {change.isError ? (
        <Alert tone="error" title={t('failed')}>
          <p>{describe(change.error)}</p>
        </Alert>
      ) : null}
      {list.data.length === 0 ? <p>{t('none')}</p> : null}
      {list.data.map((calendar) => (
        <CalendarCard
          key={calendar.name}
          calendar={calendar}
          issuer={client.issuer}
          tokens={tokens}
          busy={change.isPending}
          movedTo={moved?.name === calendar.name ? moved.ics_path : undefined}
          onChange={apply}
          onAsk={setAsking}
        />
      ))}
      <ConfirmChange change={asking} onConfirm={apply} onClose={() => setAsking(undefined)} />
    </div>
  )
}

function CalendarCard({
  calendar,
  issuer,
  tokens,
  busy,
  movedTo,
  onChange,
  onAsk,
}: {
  calendar: CalendarInfo
  issuer: string
  tokens: readonly TokenChoice[]
  busy: boolean
  /** the new subscription address, right after a removal made the calendar again */
  movedTo: string | undefined
  onChange: (change: CalendarChange) => void
  onAsk: (change: RiskyChange) => void
}) {
  const t = useMessages(calendarMessages)
  const inside = calendar.subscribed_tokens ?? []
  const addable = tokens.filter((token) => !inside.includes(token.momId))
  const [adding, setAdding] = useState('')
  const nameOf = (momId: string) => tokens.find((tk) => tk.momId === momId)?.name
  const selected =
    addable.find((token) => token.momId === adding) ?? addable.find((tk) => tk.expires)

  return (
    <section className="calendar-card stack" aria-label={calendar.name}>
      <h2>{calendar.name}</h2>
      {movedTo ? (
        <Alert tone="warning" title={t('moved', { name: calendar.name })}>
          <p>{t('movedText')}</p>
          <p className="mono">{movedTo}</p>
          <CopyButton text={movedTo} label={t('copyNew')} />
        </Alert>
      ) : null}
      <Field label={t('subscribe')}>
        {(props) => <input {...props} readOnly value={calendar.ics_path} className="mono" />}
      </Field>
      <CopyButton text={calendar.ics_path} label={t('copyAddress')} />
      <DownloadIcs calendar={calendar} issuer={issuer} tokens={tokens} />
      <h3>{t('tokens')}</h3>
      {inside.length === 0 ? (
        <p>{t('noTokens')}</p>
      ) : (
        <ul className="calendar-tokens">
          {inside.map((momId) => {
            const label = nameOf(momId) || t('unknownToken')
            return (
              <li key={momId}>
                {label}{' '}
                <button
                  type="button"
                  className="button button-secondary token-row-button"
                  disabled={busy}
                  onClick={() =>
                    onAsk({
                      kind: 'remove',
                      name: calendar.name,
                      momId,
                      tokenName: label,
                      remaining: inside.filter((id) => id !== momId),
                    })
                  }
                >
                  {t('remove', { name: label })}
                </button>
              </li>
            )
          })}
        </ul>
      )}
      {addable.length > 0 ? (
        <div className="calendar-add">
          <Field label={t('addToken')}>
            {(props) => (
              <select
                {...props}
                value={selected?.momId ?? ''}
                onChange={(event) => setAdding(event.target.value)}
              >
                {addable.map((token) => (
                  <option key={token.momId} value={token.momId} disabled={!token.expires}>
                    {token.name} {token.expires ? '' : t('neverExpires')}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button
            type="button"
            className="button"
            disabled={busy || !selected?.expires}
            onClick={() =>
              selected && onChange({ kind: 'add', name: calendar.name, momId: selected.momId })
            }
          >
            {t('add')}
          </button>
        </div>
      ) : null}
      <div>
        <button
          type="button"
          className="button button-danger"
          disabled={busy}
          onClick={() => onAsk({ kind: 'delete', name: calendar.name })}
        >
          {t('delete', { name: calendar.name })}
        </button>
      </div>
    </section>
  )
}

/** The calendar as a valid `.ics` file, made here from the tokens' expiry (see ../ics.ts). */
function DownloadIcs({
  calendar,
  issuer,
  tokens,
}: {
  calendar: CalendarInfo
  issuer: string
  tokens: readonly TokenChoice[]
}) {
  const t = useMessages(calendarMessages)
  const inside = calendar.subscribed_tokens ?? []
  function download() {
    const events = tokens.flatMap((token) =>
      inside.includes(token.momId) && token.expiresAt
        ? [
            {
              momId: token.momId,
              name: token.name,
              created: token.created,
              expiresAt: token.expiresAt,
            },
          ]
        : [],
    )
    const now = Math.floor(Date.now() / 1000)
    const ics = expiryCalendarIcs({ name: calendar.name, issuer, events, now })
    downloadText(ics, `${calendar.name}.ics`, 'text/calendar')
  }
  return (
    <div className="stack-small">
      <div>
        <button type="button" className="button button-secondary" onClick={download}>
          {t('download', { name: calendar.name })}
        </button>
      </div>
      <p className="hint">{t('downloadWhy')}</p>
    </div>
  )
}
