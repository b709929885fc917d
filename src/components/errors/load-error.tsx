import { defineMessages, useMessages } from '@/lib/i18n/i18n'
import { Alert } from '../ui/alert'
import { useErrorMessage } from './error-messages'

const messages = defineMessages({
  en: { retry: 'Try again' },
  de: { retry: 'Erneut versuchen' },
})

/** Something failed to load: says what and why, with a button that tries again. */
export function LoadError({
  title,
  error,
  onRetry,
}: {
  title: string
  error: unknown
  onRetry: () => void
}) {
  const t = useMessages(messages)
  const describe = useErrorMessage()
  return (
    <Alert
      tone="error"
      title={title}
      actions={
        <button type="button" className="button" onClick={onRetry}>
          {t('retry')}
        </button>
      }
    >
      <p>{describe(error)}</p>
    </Alert>
  )
}
