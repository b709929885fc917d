import '../notifications.css'
import { useQuery } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useErrorMessage } from '@/components/errors/error-messages'
import { LoadError } from '@/components/errors/load-error'
import { Alert } from '@/components/ui/alert'
import { CheckboxField, Field } from '@/components/ui/field'
import { useMessages } from '@/lib/i18n/i18n'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import { isMytokenError } from '@/lib/mytoken/api/errors'
import type { TokenChoice } from '@/lib/mytoken/vocabulary/token-tree'
import { useKnownEmailVerified, useMailOffered } from '@/lib/step-up/email-facts'
import { notificationQueries, useSubscribe } from '../api'
import { subscriptionMessages } from '../messages'
import { ClassPicker, useClassChoice } from './class-picker'
import { SubscriptionCard, type TokenNames } from './subscription-card'

const ALL = '*'

/** The user's mail subscriptions and a form for a new one (needs a verified address). */
export function Subscriptions({
  client,
  sessionMomId,
  tokens,
  preselectedMomId,
}: {
  client: MytokenClient
  sessionMomId: string
  /** the user's tokens to choose from (not the session) */
  tokens: readonly TokenChoice[]
  preselectedMomId?: string | undefined
}) {
  const t = useMessages(subscriptionMessages)
  const offered = useMailOffered(client, sessionMomId)
  const list = useQuery(notificationQueries.list(client, sessionMomId))
  // the session cannot read the settings: only what an unlock in this tab showed is known
  const verified = useKnownEmailVerified(client.issuer, sessionMomId)
  const tokenNames: TokenNames = new Map(tokens.map((token) => [token.momId, token.name]))

  if (!offered) return null
  return (
    <div className="stack">
      {list.isPending ? (
        <p role="status">{t('loading')}</p>
      ) : list.isError ? (
        <LoadError title={t('loadFailed')} error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.filter((n) => n.notification_type === 'mail').length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        list.data
          .filter((n) => n.notification_type === 'mail')
          .map((notification) => (
            <SubscriptionCard
              key={notification.notification_id}
              client={client}
              notification={notification}
              tokenNames={tokenNames}
            />
          ))
      )}
      <h3>{t('newHeading')}</h3>
      {verified === false ? <p>{t('needsVerified')}</p> : null}
      <SubscribeForm client={client} tokens={tokens} preselectedMomId={preselectedMomId} />
    </div>
  )
}

function SubscribeForm({
  client,
  tokens,
  preselectedMomId,
}: {
  client: MytokenClient
  tokens: readonly TokenChoice[]
  preselectedMomId?: string | undefined
}) {
  const t = useMessages(subscriptionMessages)
  const describe = useErrorMessage()
  const [which, setWhich] = useState(
    preselectedMomId && tokens.some((token) => token.momId === preselectedMomId)
      ? preselectedMomId
      : ALL,
  )
  const [includeChildren, setIncludeChildren] = useState(false)
  const choice = useClassChoice(['security'])
  const subscribe = useSubscribe(client)

  function handleSubmit(event: FormEvent) {
    event.preventDefault()
    const classes = choice.chosen()
    if (!classes) return
    subscribe.mutate({
      classes,
      ...(which === ALL ? { userWide: true } : { momId: which, includeChildren }),
    })
  }

  return (
    <form className="stack" onSubmit={handleSubmit} noValidate>
      <Field label={t('which')}>
        {(props) => (
          <select {...props} value={which} onChange={(event) => setWhich(event.target.value)}>
            <option value={ALL}>{t('allTokens')}</option>
            {tokens.map((token) => (
              <option key={token.momId} value={token.momId}>
                {token.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {which !== ALL ? (
        <CheckboxField
          label={t('includeChildren')}
          checked={includeChildren}
          onChange={setIncludeChildren}
        />
      ) : null}
      <ClassPicker {...choice.pickerProps} />
      <div>
        <button type="submit" className="button" disabled={subscribe.isPending}>
          {t('subscribe')}
        </button>
      </div>
      {subscribe.isSuccess ? <Alert tone="success" title={t('subscribed')} /> : null}
      {subscribe.isError ? (
        <Alert tone="error" title={t('failed')}>
          <p>
            {isMytokenError(subscribe.error, 'mail_required')
              ? t('mailRequired')
              : describe(subscribe.error)}
          </p>
        </Alert>
      ) : null}
    </form>
  )
}
