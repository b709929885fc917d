import '../notifications.css'
import { useMutation } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { useErrorMessage } from '@/components/errors/error-messages'
import { Alert } from '@/components/ui/alert'
import { Field } from '@/components/ui/field'
import { useMessages } from '@/lib/i18n/i18n'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import { isMytokenError } from '@/lib/mytoken/api/errors'
import { manageMessages, subscriptionMessages } from '../messages'
import { SubscriptionCard, type TokenNames } from './subscription-card'

/** The server's management codes: 64 letters and digits (utils.RandASCIIString(64)). */
const CODE = /(?:^|[/=])([A-Za-z0-9]{64})\/?$/

export function managementCodeOf(input: string): string | undefined {
  return CODE.exec(input.trim().replace(/[?#].*$/, ''))?.[1]
}

/**
 * The page a notification mail's link leads to, served by the app: the user pastes the link
 * (or its code); the code stays in this page's memory, never in the address bar or a key.
 */
export function ManageByCode({
  client,
  tokenNames,
}: {
  client: MytokenClient
  /** names of the signed-in user's tokens; empty when signed out */
  tokenNames: TokenNames
}) {
  const t = useMessages(manageMessages)
  const ts = useMessages(subscriptionMessages)
  const describe = useErrorMessage()
  const [text, setText] = useState('')
  const [invalid, setInvalid] = useState(false)
  const [unsubscribed, setUnsubscribed] = useState(false)
  const lookup = useMutation({
    gcTime: 0,
    mutationFn: (code: string) => client.notificationByCode(code),
  })

  function handleSubmit(event: FormEvent) {
    event.preventDefault()
    const code = managementCodeOf(text)
    setInvalid(code === undefined)
    setUnsubscribed(false)
    if (code) lookup.mutate(code)
  }

  return (
    <div className="stack">
      <p>{t('intro')}</p>
      <form className="stack" onSubmit={handleSubmit} noValidate>
        <Field label={t('link')} error={invalid ? t('invalid') : undefined} announceError>
          {(field) => (
            <input
              {...field}
              autoComplete="off"
              spellCheck={false}
              value={text}
              onChange={(event) => setText(event.target.value)}
            />
          )}
        </Field>
        <div>
          <button type="submit" className="button" disabled={lookup.isPending}>
            {t('open')}
          </button>
        </div>
      </form>
      {lookup.isPending ? <p role="status">{t('loading')}</p> : null}
      {lookup.isError ? (
        <Alert tone="error" title={ts('failed')}>
          <p>
            {isMytokenError(lookup.error) && lookup.error.status === 404
              ? t('notFound')
              : describe(lookup.error)}
          </p>
        </Alert>
      ) : null}
      {lookup.data ? (
        <SubscriptionCard
          key={lookup.data.notification_id}
          client={client}
          notification={lookup.data}
          tokenNames={tokenNames}
          onUnsubscribed={() => {
            setUnsubscribed(true)
            lookup.reset()
          }}
        />
      ) : null}
      {unsubscribed ? <p role="status">{t('unsubscribed')}</p> : null}
    </div>
  )
}
