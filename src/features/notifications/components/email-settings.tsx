import '../notifications.css'
import { ConsentProgress } from '@/components/consent-progress'
import { Alert } from '@/components/ui/alert'
import { formatDateTime } from '@/lib/i18n/format-time'
import { useLanguage, useMessages } from '@/lib/i18n/i18n'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import { useMailOffered } from '@/lib/step-up/email-facts'
import { usePageStepUp, type PageStepUp } from '@/lib/step-up/use-page-step-up'
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
  const offered = useMailOffered(client, session.momId)
  const stepUp = usePageStepUp()
  if (!offered && !stepUp.active) return <Alert tone="info" title={t('notSupported')} />
  return (
    <div className="stack">
      <UnlockState stepUp={stepUp} session={session} />
      {stepUp.active ? (
        <EmailForm
          client={client}
          sessionMomId={session.momId}
          credential={stepUp.active.credential}
        />
      ) : null}
    </div>
  )
}

function UnlockState({ stepUp, session }: { stepUp: PageStepUp; session: SessionFacts }) {
  const t = useMessages(emailMessages)
  const { language } = useLanguage()
  const busy = stepUp.flow.status === 'pending'
  if (stepUp.active)
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
      <p>{t('locked')}</p>
      <div>
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() =>
            stepUp.request({
              capabilities: ['settings:email'],
              purpose: 'e-mail settings',
              // reads count as uses too; usages_AT: 0 because mytoken v0.10.1 crashes (500) on the
              // second use of a clause with usages_other alone (restriction.go,
              // verifyOtherUsageCounts dereferences usages_AT)
              restrictions: { usages_AT: 0, usages_other: 25 },
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
