import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useEffect, useId, useState, type FormEvent } from 'react'
import { useErrorMessage } from '@/components/errors/error-messages'
import { LoadError } from '@/components/errors/load-error'
import { Alert } from '@/components/ui/alert'
import { CheckboxField, Field, FieldError } from '@/components/ui/field'
import { useMessages } from '@/lib/i18n/i18n'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import type { Credential } from '@/lib/mytoken/api/credential'
import { isMytokenError } from '@/lib/mytoken/api/errors'
import type { EmailSettings } from '@/lib/mytoken/api/schemas'
import { emailFactsStore } from '@/lib/step-up/email-facts'
import { notificationQueries } from '../api'
import { emailMessages } from '../messages'

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Address, verification and format, read and changed with the unlocked step-up token. */
export function EmailForm({
  client,
  sessionMomId,
  credential,
}: {
  client: MytokenClient
  sessionMomId: string
  credential: Credential
}) {
  const t = useMessages(emailMessages)
  const email = useQuery(notificationQueries.email(client, sessionMomId, credential))
  const verified = email.data?.email_verified
  // the route exists only where the instance sends mails
  const mailOff = isMytokenError(email.error) && email.error.status === 404
  // what this tab learned: the create page leaves expiry mails off by default with it
  useEffect(() => {
    if (verified !== undefined || mailOff)
      emailFactsStore.set({
        issuer: client.issuer,
        sessionMomId,
        verified: verified ?? false,
        mailOff,
      })
  }, [verified, mailOff, client.issuer, sessionMomId])
  if (email.isPending) return <p role="status">{t('loading')}</p>
  if (mailOff) return <Alert tone="info" title={t('notSupported')} />
  if (email.isError)
    return (
      <LoadError title={t('loadFailed')} error={email.error} onRetry={() => void email.refetch()} />
    )
  return (
    <EmailFields
      client={client}
      credential={credential}
      settings={email.data}
      onCheckAgain={() => void email.refetch()}
      checking={email.isFetching}
    />
  )
}

function EmailFields({
  client,
  credential,
  settings,
  onCheckAgain,
  checking,
}: {
  client: MytokenClient
  credential: Credential
  settings: EmailSettings
  onCheckAgain: () => void
  checking: boolean
}) {
  const t = useMessages(emailMessages)
  const describe = useErrorMessage()
  const queryClient = useQueryClient()
  const nothingChangedId = useId()
  const [address, setAddress] = useState('')
  const [preferHtml, setPreferHtml] = useState(settings.prefer_html_mail)
  const [problem, setProblem] = useState<'invalidAddress' | 'nothingChanged'>()
  const save = useMutation({
    mutationFn: (change: { emailAddress?: string; preferHtml?: boolean }) =>
      client.updateEmailSettings(credential, change),
    onSuccess: (_, change) => {
      if (change.emailAddress) setAddress('')
    },
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: notificationQueries.all(client.issuer) }),
  })
  const sentTo = save.isSuccess ? save.variables.emailAddress : undefined

  function handleSubmit(event: FormEvent) {
    event.preventDefault()
    const newAddress = address.trim()
    if (newAddress !== '' && !EMAIL_PATTERN.test(newAddress)) return setProblem('invalidAddress')
    const formatChanged = preferHtml !== settings.prefer_html_mail
    if (newAddress === '' && !formatChanged) return setProblem('nothingChanged')
    setProblem(undefined)
    save.mutate({
      ...(newAddress ? { emailAddress: newAddress } : {}),
      ...(formatChanged ? { preferHtml } : {}),
    })
  }

  return (
    <div className="stack">
      <dl className="facts">
        <dt>{t('address')}</dt>
        <dd>
          {settings.email_address || t('none')}{' '}
          {settings.email_address ? (
            <span className={settings.email_verified ? 'mail-verified' : 'mail-unverified'}>
              <span aria-hidden="true">{settings.email_verified ? '✓ ' : '! '}</span>
              {settings.email_verified ? t('verified') : t('unverified')}
            </span>
          ) : null}
        </dd>
        <dt>{t('format')}</dt>
        <dd>{settings.prefer_html_mail ? t('html') : t('plain')}</dd>
      </dl>
      {!settings.email_verified || sentTo ? (
        <p>
          <button
            type="button"
            className="button button-secondary"
            onClick={onCheckAgain}
            disabled={checking}
          >
            {t('checkAgain')}
          </button>
        </p>
      ) : null}
      <form className="stack" onSubmit={handleSubmit} noValidate>
        <Field
          label={t('newAddress')}
          hint={t('newAddressHint')}
          error={problem === 'invalidAddress' ? t('invalidAddress') : undefined}
          announceError
        >
          {(field) => (
            <input
              {...field}
              type="email"
              autoComplete="email"
              value={address}
              onChange={(event) => setAddress(event.target.value)}
            />
          )}
        </Field>
        <CheckboxField label={t('preferHtml')} checked={preferHtml} onChange={setPreferHtml} />
        <FieldError
          id={nothingChangedId}
          message={problem === 'nothingChanged' ? t('nothingChanged') : undefined}
          announce
        />
        <div>
          <button type="submit" className="button" disabled={save.isPending}>
            {t('save')}
          </button>
        </div>
      </form>
      {save.isSuccess ? (
        <Alert tone="success" title={t('saved')}>
          {sentTo ? <p>{t('verificationSent', { address: sentTo })}</p> : null}
        </Alert>
      ) : null}
      {save.isError ? (
        <Alert tone="error" title={t('failed')}>
          <p>{describe(save.error)}</p>
        </Alert>
      ) : null}
    </div>
  )
}
