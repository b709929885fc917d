import { Page } from '@/components/page'
import { defineMessages, useMessages } from '@/lib/i18n/i18n'
import { RequireSession } from '../layout/require-session'

const messages = defineMessages({
  en: { title: 'Create a mytoken', soon: 'The guided token creation is being built.' },
  de: { title: 'Ein mytoken erstellen', soon: 'Die geführte Token-Erstellung entsteht gerade.' },
})

export function CreateRoute() {
  const t = useMessages(messages)
  return (
    <Page title={t('title')}>
      <RequireSession>
        <p>{t('soon')}</p>
      </RequireSession>
    </Page>
  )
}
