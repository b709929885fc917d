import { Alert } from '@/components/ui/alert'
import { defineMessages, useMessages } from '@/lib/i18n/i18n'
import { leftSessions, type LeftSessionsOutcome } from '../left-sessions'
import { SESSION_LIFETIME_SECONDS } from '../session-request'

const messages = defineMessages({
  en: {
    endedOne: 'Ended 1 earlier session this browser left open.',
    endedMany: 'Ended {count} earlier sessions this browser left open.',
    endedText:
      'A session stays valid for hours when its tabs are closed without “Sign out”. Sessions in other browsers and on other devices were left as they are.',
    failed: 'Earlier sessions this browser may have left open could not be checked.',
    partlyFailed: 'Not all of them could be ended.',
    failedText:
      'They end on their own at the latest {hours} hours after they began. You can also revoke them in the list of your tokens.',
    dismiss: 'Dismiss',
  },
  de: {
    endedOne: '1 frühere Sitzung beendet, die dieser Browser offen gelassen hatte.',
    endedMany: '{count} frühere Sitzungen beendet, die dieser Browser offen gelassen hatte.',
    endedText:
      'Eine Sitzung bleibt stundenlang gültig, wenn ihre Tabs ohne „Abmelden“ geschlossen werden. Sitzungen in anderen Browsern und auf anderen Geräten bleiben unverändert.',
    failed:
      'Frühere Sitzungen, die dieser Browser vielleicht offen gelassen hat, konnten nicht geprüft werden.',
    partlyFailed: 'Nicht alle konnten beendet werden.',
    failedText:
      'Sie enden von selbst spätestens {hours} Stunden nach ihrem Beginn. Sie können sie auch in der Liste Ihrer Tokens widerrufen.',
    dismiss: 'Schließen',
  },
})

/** Says politely how many left-open sessions were ended; quietly when the clean-up failed. */
export function LeftSessionsAlert({ outcome }: { outcome: LeftSessionsOutcome }) {
  const t = useMessages(messages)
  const hours = SESSION_LIFETIME_SECONDS / 3600
  const ended = outcome.ended === 1 ? t('endedOne') : t('endedMany', { count: outcome.ended })
  return (
    <Alert
      tone={outcome.ended > 0 ? 'success' : 'info'}
      title={outcome.ended > 0 ? ended : t('failed')}
      actions={
        <button
          type="button"
          className="button button-secondary"
          onClick={() => leftSessions.report(undefined)}
        >
          {t('dismiss')}
        </button>
      }
    >
      {outcome.ended > 0 ? <p>{t('endedText')}</p> : null}
      {outcome.failed ? (
        <p>
          {outcome.ended > 0 ? `${t('partlyFailed')} ` : null}
          {t('failedText', { hours })}
        </p>
      ) : null}
    </Alert>
  )
}
