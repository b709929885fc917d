import { ConsentProgress } from '@/components/consent-progress'
import { Alert } from '@/components/ui/alert'
import { formatCountdown, formatDateTime } from '@/lib/i18n/format-time'
import { defineMessages, useLanguage, useMessages } from '@/lib/i18n/i18n'
import { STEP_UP_LIFETIME_SECONDS } from '@/lib/step-up/step-up'
import type { PageStepUp, PageStepUpSpec } from '@/lib/step-up/use-page-step-up'
import { useNow } from '@/lib/use-now'

const messages = defineMessages({
  en: {
    explain:
      'Your session cannot change these settings, on purpose. Approve a separate token for {minutes} minutes with only the capabilities below. The app keeps it in memory only, uses it here and for the e-mail settings on the Notifications page until it ends, and revokes it when you lock it, sign out or close the tab.',
    capabilities: 'Capabilities: {list}',
    activeTitle: 'Unlocked: {label}',
    activeText: 'Ends at {time} — {remaining} left. Capabilities: {list}.',
    lock: 'Lock now',
    expiredTitle: 'Locked again',
    expired: 'The unlock reached its end; the server no longer accepts its token.',
    endedTitle: 'Locked',
    ended: 'Its token was revoked at the mytoken server.',
  },
  de: {
    explain:
      'Ihre Sitzung kann diese Einstellungen absichtlich nicht ändern. Bestätigen Sie ein eigenes Token für {minutes} Minuten mit nur den unten genannten Berechtigungen. Die App hält es nur im Speicher, nutzt es hier und für die E-Mail-Einstellungen auf der Seite Benachrichtigungen, bis es endet, und widerruft es, wenn Sie sperren, sich abmelden oder den Tab schließen.',
    capabilities: 'Berechtigungen: {list}',
    activeTitle: 'Entsperrt: {label}',
    activeText: 'Endet um {time} – noch {remaining}. Berechtigungen: {list}.',
    lock: 'Jetzt sperren',
    expiredTitle: 'Wieder gesperrt',
    expired: 'Die Entsperrung ist abgelaufen; der Server akzeptiert ihr Token nicht mehr.',
    endedTitle: 'Gesperrt',
    ended: 'Ihr Token wurde beim mytoken-Server widerrufen.',
  },
})

export interface StepUpChoice {
  label: string
  spec: PageStepUpSpec
}

/** Asks for a step-up token (one button per choice), and says when it is active and ends. */
export function StepUpPanel({
  stepUp,
  choices,
  providerName,
}: {
  stepUp: PageStepUp
  choices: StepUpChoice[]
  providerName: string
}) {
  const t = useMessages(messages)
  const { language } = useLanguage()
  const now = useNow(1000, stepUp.active !== undefined)
  const { active, flow } = stepUp

  if (active) {
    const label =
      choices.find((c) => active.capabilities.includes(c.spec.capabilities[0] ?? ''))?.label ??
      active.capabilities.join(', ')
    return (
      <Alert
        tone="success"
        title={t('activeTitle', { label })}
        actions={
          <button type="button" className="button button-secondary" onClick={stepUp.end}>
            {t('lock')}
          </button>
        }
      >
        <p>
          {t('activeText', {
            time: formatDateTime(active.expiresAt, language),
            remaining: formatCountdown(active.expiresAt - now),
            list: active.capabilities.join(', '),
          })}
        </p>
      </Alert>
    )
  }

  const minutes = Math.round((choices[0]?.spec.lifetimeSeconds ?? STEP_UP_LIFETIME_SECONDS) / 60)
  return (
    <div className="stack-small step-up">
      {stepUp.ended ? (
        <Alert tone="info" title={stepUp.ended === 'expired' ? t('expiredTitle') : t('endedTitle')}>
          <p>{stepUp.ended === 'expired' ? t('expired') : t('ended')}</p>
        </Alert>
      ) : null}
      <p>{t('explain', { minutes })}</p>
      {flow.status === 'pending' ? null : (
        <ul className="plain-list stack-small">
          {choices.map((choice) => (
            <li key={choice.label}>
              <button
                type="button"
                className="button button-primary"
                onClick={() => stepUp.request(choice.spec)}
              >
                {choice.label}
              </button>{' '}
              <span className="hint">
                {t('capabilities', { list: choice.spec.capabilities.join(', ') })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <ConsentProgress flow={flow} providerName={providerName} onRetry={flow.cancel} />
    </div>
  )
}
