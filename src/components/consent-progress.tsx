import { ConsentFlowError } from '@/lib/consent-flow/consent-flow-error'
import type { ConsentFlow } from '@/lib/consent-flow/use-consent-flow'
import { formatCountdown } from '@/lib/i18n/format-time'
import { defineMessages, useMessages } from '@/lib/i18n/i18n'
import { useNow } from '@/lib/use-now'
import { useErrorMessage } from './errors/error-messages'
import { Alert } from './ui/alert'

const messages = defineMessages({
  en: {
    steps: 'Progress',
    step1: 'Review and approve the request on the mytoken server',
    step2: 'Sign in at {provider} and allow access',
    step3: 'Receive the result here',
    done: 'done',
    current: 'in progress',
    upcoming: 'not started',
    starting: 'Contacting the mytoken server…',
    waitingTitle: 'Waiting for you in the other tab',
    waitingText:
      'A new tab shows the mytoken consent page. Approve there, then sign in at {provider}. This page continues by itself. Time left: {remaining}.',
    blockedTitle: 'Your browser blocked the new tab',
    blockedText: 'Open the consent page yourself; this page continues by itself once you are done.',
    openAgain: 'Open the consent page',
    trouble: 'The connection to the server is interrupted. Still trying…',
    cancel: 'Cancel',
    retry: 'Start again',
    denied: 'You cancelled on the consent page, so nothing was created.',
    aborted:
      'The sign-in at the provider was declined or interrupted, or this request was already used. Nothing was created.',
    expired: 'The request expired before it was approved (it is valid for a few minutes only).',
    rejected: 'The mytoken server rejected the request.',
    network: 'The mytoken server could not be reached.',
    failedTitle: 'Not completed',
  },
  de: {
    steps: 'Fortschritt',
    step1: 'Anfrage auf dem mytoken-Server prüfen und bestätigen',
    step2: 'Bei {provider} anmelden und Zugriff erlauben',
    step3: 'Ergebnis hier empfangen',
    done: 'erledigt',
    current: 'läuft',
    upcoming: 'noch nicht begonnen',
    starting: 'Verbindung zum mytoken-Server…',
    waitingTitle: 'Wir warten auf Sie im anderen Tab',
    waitingText:
      'Ein neuer Tab zeigt die mytoken-Zustimmungsseite. Bestätigen Sie dort und melden Sie sich dann bei {provider} an. Diese Seite macht von selbst weiter. Verbleibende Zeit: {remaining}.',
    blockedTitle: 'Ihr Browser hat den neuen Tab blockiert',
    blockedText:
      'Öffnen Sie die Zustimmungsseite selbst; diese Seite macht danach von selbst weiter.',
    openAgain: 'Zustimmungsseite öffnen',
    trouble: 'Die Verbindung zum Server ist unterbrochen. Wir versuchen es weiter…',
    cancel: 'Abbrechen',
    retry: 'Neu beginnen',
    denied: 'Sie haben auf der Zustimmungsseite abgebrochen; es wurde nichts erstellt.',
    aborted:
      'Die Anmeldung beim Provider wurde abgelehnt oder unterbrochen, oder diese Anfrage wurde bereits verwendet. Es wurde nichts erstellt.',
    expired: 'Die Anfrage ist abgelaufen, bevor sie bestätigt wurde (sie gilt nur wenige Minuten).',
    rejected: 'Der mytoken-Server hat die Anfrage abgelehnt.',
    network: 'Der mytoken-Server ist nicht erreichbar.',
    failedTitle: 'Nicht abgeschlossen',
  },
})

/** Step indicator and messages for a running consent flow (sign-in and token creation). */
export function ConsentProgress({
  flow,
  providerName,
  onRetry,
}: {
  flow: ConsentFlow<never, unknown>
  providerName: string
  onRetry: () => void
}) {
  const t = useMessages(messages)
  const describe = useErrorMessage()
  const now = useNow(1000, flow.status === 'pending')
  if (flow.status === 'idle') return null

  const stepState = (step: 1 | 2 | 3): 'done' | 'current' | 'upcoming' => {
    if (flow.status === 'success') return 'done'
    if (step === 3) return 'upcoming'
    return flow.waiting ? 'current' : step === 1 ? 'current' : 'upcoming'
  }
  const steps = [t('step1'), t('step2', { provider: providerName }), t('step3')]

  const failure = flow.error instanceof ConsentFlowError ? flow.error.reason : undefined

  return (
    <section className="consent-progress" aria-labelledby="consent-progress-title">
      <h2 id="consent-progress-title" className="visually-hidden">
        {t('steps')}
      </h2>
      <ol className="steps">
        {steps.map((label, index) => {
          const state = stepState((index + 1) as 1 | 2 | 3)
          return (
            <li
              key={label}
              className={`step step-${state}`}
              aria-current={state === 'current' ? 'step' : undefined}
            >
              <span className="step-marker" aria-hidden="true">
                {state === 'done' ? '✓' : index + 1}
              </span>
              <span>
                {label} <span className="step-state">({t(state)})</span>
              </span>
            </li>
          )
        })}
      </ol>

      {flow.status === 'pending' && !flow.waiting ? <p role="status">{t('starting')}</p> : null}

      {flow.status === 'pending' && flow.waiting ? (
        <Alert
          tone="info"
          title={flow.waiting.tabOpened ? t('waitingTitle') : t('blockedTitle')}
          actions={
            <>
              <a
                className="button"
                href={flow.waiting.consentUri}
                target="_blank"
                rel="noopener noreferrer"
              >
                {t('openAgain')}
              </a>
              <button type="button" className="button button-secondary" onClick={flow.cancel}>
                {t('cancel')}
              </button>
            </>
          }
        >
          <p>
            {flow.waiting.tabOpened
              ? t('waitingText', {
                  provider: providerName,
                  remaining: formatCountdown(flow.waiting.deadline - now),
                })
              : t('blockedText')}
          </p>
          {flow.connectionTrouble ? <p role="alert">{t('trouble')}</p> : null}
        </Alert>
      ) : null}

      {flow.status === 'error' ? (
        <Alert
          tone="error"
          title={t('failedTitle')}
          actions={
            <button type="button" className="button" onClick={onRetry}>
              {t('retry')}
            </button>
          }
        >
          <p>{failure ? t(failure) : null}</p>
          {failure === 'rejected' || failure === 'network' || !failure ? (
            <p>{describe(flow.error)}</p>
          ) : null}
        </Alert>
      ) : null}
    </section>
  )
}
