import '../notifications.css'
import { ConsentProgress } from '@/components/consent-progress'
import { Alert } from '@/components/ui/alert'
import { formatDateTime } from '@/lib/i18n/format-time'
import { useLanguage, useMessages } from '@/lib/i18n/i18n'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import {
  ACCOUNT_CHANGE,
  ACCOUNT_UNLOCK_MINUTES,
  useAccountUnlock,
} from '@/lib/step-up/account-unlock'
import { useMailOffered } from '@/lib/step-up/email-facts'
import type { PageStepUp } from '@/lib/step-up/use-page-step-up'
import { emailMessages } from '../messages'
import { EmailForm } from './email-form'

export interface SessionFacts {
  momId: string
  providerIssuer: string
  providerName: string
  applicationName: string
}

/**
 * The user's notification address. The session can neither read nor change it: the account
 * unlock (shared with Settings, kept across pages until it ends) reads and changes it.
 */
export function EmailSettings({
  client,
  session,
}: {
  client: MytokenClient
  session: SessionFacts
}) {
  const t = useMessages(emailMessages)
  const offered = useMailOffered(client, session.momId)
  const stepUp = useAccountUnlock()
  // an unlock to view only (from Settings) cannot change the address: ask for one that can
  const canChange = stepUp.active?.capabilities.includes('settings:email') === true
  if (!offered && !stepUp.active) return <Alert tone="info" title={t('notSupported')} />
  return (
    <div className="stack">
      <UnlockState stepUp={stepUp} canChange={canChange} session={session} />
      {stepUp.active && canChange ? (
        <EmailForm
          client={client}
          sessionMomId={session.momId}
          credential={stepUp.active.credential}
        />
      ) : null}
    </div>
  )
}

function UnlockState({
  stepUp,
  canChange,
  session,
}: {
  stepUp: PageStepUp
  canChange: boolean
  session: SessionFacts
}) {
  const t = useMessages(emailMessages)
  const { language } = useLanguage()
  const busy = stepUp.flow.status === 'pending'
  if (stepUp.active && canChange)
    return (
      <div className="unlock-banner" role="status">
        <p>
          <strong>{t('unlocked')}</strong>{' '}
          {t('unlockedUntil', { time: formatDateTime(stepUp.active.expiresAt, language) })}
        </p>
        <button type="button" className="button button-secondary" onClick={stepUp.end}>
          {t('lock')}
        </button>
      </div>
    )
  return (
    <div className="stack">
      <p>{t('locked', { minutes: ACCOUNT_UNLOCK_MINUTES })}</p>
      <div>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => stepUp.request(ACCOUNT_CHANGE)}
        >
          {t('unlock', { minutes: ACCOUNT_UNLOCK_MINUTES })}
        </button>
      </div>
      <ConsentProgress
        flow={stepUp.flow}
        providerName={session.providerName}
        onRetry={stepUp.flow.cancel}
      />
    </div>
  )
}
