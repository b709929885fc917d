import { Link, useLocation } from 'react-router'
import { Page } from '@/components/page'
import { defineMessages, useMessages } from '@/lib/i18n/i18n'
import { paths } from '../paths'

const messages = defineMessages({
  en: {
    title: 'Page not found',
    text: 'There is no page at {path}.',
    home: 'Go to the start page',
  },
  de: {
    title: 'Seite nicht gefunden',
    text: 'Unter {path} gibt es keine Seite.',
    home: 'Zur Startseite',
  },
})

export function NotFoundRoute() {
  const t = useMessages(messages)
  const { pathname } = useLocation()
  return (
    <Page title={t('title')}>
      <p>{t('text', { path: pathname })}</p>
      <p>
        <Link to={paths.home}>{t('home')}</Link>
      </p>
    </Page>
  )
}
