import { defineMessages, useMessages } from '@/lib/i18n/i18n'
import { Alert } from '../ui/alert'
import type { FallbackProps } from './error-boundary'
import { LazyErrorDetail } from './lazy-error-detail'

const messages = defineMessages({
  en: { title: 'This page stopped working', retry: 'Try again', home: 'Go to the start page' },
  de: {
    title: 'Diese Seite funktioniert nicht mehr',
    retry: 'Erneut versuchen',
    home: 'Zur Startseite',
  },
})

export function AppErrorFallback({ error, resetErrorBoundary }: FallbackProps) {
  const t = useMessages(messages)
  return (
    <div className="page">
      <Alert
        tone="error"
        title={t('title')}
        actions={
          <>
            <button type="button" className="button" onClick={resetErrorBoundary}>
              {t('retry')}
            </button>
            <a className="button button-secondary" href="/">
              {t('home')}
            </a>
          </>
        }
      >
        <LazyErrorDetail error={error} />
      </Alert>
    </div>
  )
}
