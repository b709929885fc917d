import '../notifications.css'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useState, type FormEvent } from 'react'
import { ConsentProgress } from '@/components/consent-progress'
import { LoadError } from '@/components/errors/load-error'
import { useErrorMessage } from '@/components/errors/error-messages'
import { Alert } from '@/components/ui/alert'
import { CheckboxField, Field } from '@/components/ui/field'
import { useMessages } from '@/lib/i18n/i18n'
import type { MytokenClient } from '@/lib/mytoken/client'
import type { EmailSettings as Settings } from '@/lib/mytoken/schemas'
import { useStepUp, type StepUpSpec } from '@/lib/step-up/step-up'
import { notificationQueries } from '../api'
import { emailMessages } from '../messages'

export interface SessionFacts {
  momId: string
  providerIssuer: string
  providerName: string
  applicationName: string
}

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** The user's notification address: shown from the session, changed through a step-up token. */
export function EmailSettings({
  client,
  session,
}: {
  client: MytokenClient
  session: SessionFacts
}) {
  const t = useMessages(emailMessages)
  const email = useQuery(notificationQueries.email(client, session.momId))
  if (email.isPending) return <p role="status">{t('loading')}</p>
  if (email.isError)
    return (
      <LoadError title={t('loadFailed')} error={email.error} onRetry={() => void email.refetch()} />
    )
  if (!email.data.supported) return <Alert tone="info" title={t('notSupported')} />
  return (
    <EmailForm
      client={client}
      session={session}
      settings={email.data.settings}
      onCheckAgain={() => void email.refetch()}
      checking={email.isFetching}
    />
  )
}

function EmailForm({
  client,
  session,
  settings,
  onCheckAgain,
  checking,
}: {
  client: MytokenClient
  session: SessionFacts
  settings: Settings
  onCheckAgain: () => void
  checking: boolean
}) {
  const t = useMessages(emailMessages)
  const describe = useErrorMessage()
  const queryClient = useQueryClient()
  const [address, setAddress] = useState('')
  const [preferHtml, setPreferHtml] = useState(settings.prefer_html_mail)
  const [problem, setProblem] = useState<string>()
  const addressProblem = problem === t('invalidAddress') ? problem : undefined
  const [sentTo, setSentTo] = useState<string>()
  const stepUp = useStepUp<void>(client)

  function handleSubmit(event: FormEvent) {
    event.preventDefault()
    const newAddress = address.trim()
    if (newAddress !== '' && !EMAIL_PATTERN.test(newAddress)) return setProblem(t('invalidAddress'))
    const formatChanged = preferHtml !== settings.prefer_html_mail
    if (newAddress === '' && !formatChanged) return setProblem(t('nothingChanged'))
    setProblem(undefined)
    setSentTo(undefined)
    const spec: StepUpSpec = {
      providerIssuer: session.providerIssuer,
      capabilities: ['settings:email'],
      purpose: 'change e-mail settings',
      applicationName: session.applicationName,
    }
    stepUp.start(spec, async (credential) => {
      await client.updateEmailSettings(credential, {
        ...(newAddress ? { emailAddress: newAddress } : {}),
        ...(formatChanged ? { preferHtml } : {}),
      })
      if (newAddress) {
        setSentTo(newAddress)
        setAddress('')
      }
      await queryClient.invalidateQueries({ queryKey: notificationQueries.all(client.issuer) })
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
          error={addressProblem}
          announceError
        >
          {(props) => (
            <input
              {...props}
              type="email"
              autoComplete="email"
              value={address}
              onChange={(event) => setAddress(event.target.value)}
            />
          )}
        </Field>
        <CheckboxField label={t('preferHtml')} checked={preferHtml} onChange={setPreferHtml} />
        {problem && !addressProblem ? (
          <p className="field-error" role="alert">
            {problem}
          </p>
        ) : null}
        <p className="hint">{t('stepUpNote')}</p>
        <div>
          <button
            type="submit"
            className="button"
            disabled={stepUp.flow.status === 'pending' || stepUp.action.status === 'pending'}
          >
            {t('save')}
          </button>
        </div>
      </form>
      <ConsentProgress
        flow={stepUp.flow}
        providerName={session.providerName}
        onRetry={stepUp.reset}
      />
      {stepUp.action.status === 'success' ? (
        <Alert tone="success" title={t('saved')}>
          {sentTo ? <p>{t('verificationSent', { address: sentTo })}</p> : null}
        </Alert>
      ) : null}
      {stepUp.action.status === 'error' ? (
        <Alert tone="error" title={t('failed')}>
          <p>{describe(stepUp.action.error)}</p>
        </Alert>
      ) : null}
    </div>
  )
}
