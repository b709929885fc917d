import { Page } from '@/components/page'
import { defineMessages, useMessages } from '@/lib/i18n/i18n'
import { RequireSession } from '../layout/require-session'

const messages = defineMessages({
  en: { title: 'My tokens', soon: 'The token list is being built.' },
  de: { title: 'Meine Tokens', soon: 'Die Token-Liste entsteht gerade.' },
})

export function TokensRoute() {
  const t = useMessages(messages)
  return (
    <Page title={t('title')}>
      <RequireSession>
        <p>{t('soon')}</p>
      </RequireSession>
    </Page>
  )
}
