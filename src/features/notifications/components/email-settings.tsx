import '../notifications.css'
import { useQuery } from '@tanstack/react-query'
import { ConsentProgress } from '@/components/consent-progress'
import { LoadError } from '@/components/errors/load-error'
import { Alert } from '@/components/ui/alert'
import { formatDateTime } from '@/lib/i18n/format-time'
import { useLanguage, useMessages } from '@/lib/i18n/i18n'
import type { MytokenClient } from '@/lib/mytoken/client'
import { useHeldStepUp, type HeldStepUp } from '@/lib/step-up/step-up'
import { notificationQueries } from '../api'
import { emailMessages } from '../messages'
import { EmailForm } from './email-form'

export interface SessionFacts {
  momId: string
  providerIssuer: string
  providerName: string
  applicationName: string
}

/**
 * The user's notification address. The session can neither read nor change it: one approval of
 * a 10-minute step-up token unlocks both while the user stays here (locked again on leaving).
 */
export function EmailSettings({
  client,
  session,
}: {
  client: MytokenClient
  session: SessionFacts
}) {
  const t = useMessages(emailMessages)
  const mail = useQuery(notificationQueries.mailSupported(client))
  const stepUp = useHeldStepUp(client)
  if (mail.isPending) return <p role="status">{t('loading')}</p>
  if (mail.isError)
    return (
      <LoadError title={t('loadFailed')} error={mail.error} onRetry={() => void mail.refetch()} />
    )
  if (!mail.data) return <Alert tone="info" title={t('notSupported')} />
  return (
    <div className="stack">
      <UnlockState stepUp={stepUp} session={session} />
      {stepUp.credential ? (
        <EmailForm client={client} sessionMomId={session.momId} credential={stepUp.credential} />
      ) : null}
    </div>
  )
}

function UnlockState({ stepUp, session }: { stepUp: HeldStepUp; session: SessionFacts }) {
  const t = useMessages(emailMessages)
  const { language } = useLanguage()
  const busy = stepUp.flow.status === 'pending'
  if (stepUp.credential && stepUp.expiresAtMs !== undefined)
    return (
      <div className="unlock-banner" role="status">
        <p>
          <span aria-hidden="true">🔓 </span>
          <strong>{t('unlocked')}</strong>{' '}
          {t('unlockedUntil', { time: formatDateTime(stepUp.expiresAtMs, language) })}
        </p>
        <button type="button" className="button button-secondary" onClick={stepUp.lock}>
          {t('lock')}
        </button>
      </div>
    )
  return (
    <div className="stack">
      <p>
        <span aria-hidden="true">🔒 </span>
        {t('locked')}
      </p>
      <div>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() =>
            stepUp.unlock({
              providerIssuer: session.providerIssuer,
              capabilities: ['settings:email'],
              purpose: 'e-mail settings',
              applicationName: session.applicationName,
            })
          }
        >
          {t('unlock')}
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
