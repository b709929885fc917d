import '../calendars.css'
import { useQuery } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useErrorMessage } from '@/components/errors/error-messages'
import { LoadError } from '@/components/errors/load-error'
import { Alert } from '@/components/ui/alert'
import { Field } from '@/components/ui/field'
import { useMessages } from '@/lib/i18n/i18n'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import type { CalendarInfo } from '@/lib/mytoken/api/schemas'
import type { TokenChoice } from '@/lib/mytoken/vocabulary/token-tree'
import { calendarQueries, useChangeCalendar } from '../api'
import { calendarMessages } from '../messages'

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

  function handleCreate(event: FormEvent) {
    event.preventDefault()
    const trimmed = name.trim()
    if (trimmed === '' || trimmed.length > 128) return setNameError(true)
    setNameError(false)
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
          tokens={tokens}
          busy={change.isPending}
          onChange={(next) => change.mutate(next)}
        />
      ))}
      <p className="hint">{t('removeNote')}</p>
    </div>
  )
}

function CalendarCard({
  calendar,
  tokens,
  busy,
  onChange,
}: {
  calendar: CalendarInfo
  tokens: readonly TokenChoice[]
  busy: boolean
  onChange: (change: Parameters<ReturnType<typeof useChangeCalendar>['mutate']>[0]) => void
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
      <Field label={t('subscribe')}>
        {(props) => <input {...props} readOnly value={calendar.ics_path} className="mono" />}
      </Field>
      <p>
        <a href={calendar.ics_path} download={`${calendar.name}.ics`}>
          {t('download', { name: calendar.name })}
        </a>
      </p>
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
                    onChange({
                      kind: 'remove',
                      name: calendar.name,
                      momId,
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
          onClick={() => onChange({ kind: 'delete', name: calendar.name })}
        >
          {t('delete', { name: calendar.name })}
        </button>
      </div>
    </section>
  )
}
