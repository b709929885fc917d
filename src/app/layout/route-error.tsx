import { isRouteErrorResponse, useRouteError } from 'react-router'
import { LazyErrorDetail } from '@/components/errors/lazy-error-detail'
import { Alert } from '@/components/ui/alert'
import { defineMessages, useMessages } from '@/lib/i18n/i18n'

const messages = defineMessages({
  en: {
    title: 'This page could not be shown',
    reload: 'Reload the page',
    home: 'Go to the start page',
  },
  de: {
    title: 'Diese Seite kann nicht angezeigt werden',
    reload: 'Seite neu laden',
    home: 'Zur Startseite',
  },
})

export function RouteError() {
  const t = useMessages(messages)
  const error = useRouteError()
  const detail = isRouteErrorResponse(error) ? (
    <p>
      {error.status} {error.statusText}
    </p>
  ) : (
    <LazyErrorDetail error={error} />
  )
  return (
    <main id="main" className="main">
      <Alert
        tone="error"
        title={t('title')}
        actions={
          <>
            <button type="button" className="button" onClick={() => window.location.reload()}>
              {t('reload')}
            </button>
            <a className="button button-secondary" href="/">
              {t('home')}
            </a>
          </>
        }
      >
        {detail}
      </Alert>
    </main>
  )
}
