import { Page } from '@/components/page'
import { defineMessages, useMessages } from '@/lib/i18n/i18n'

const messages = defineMessages({
  en: { title: 'Token info', soon: 'Checking and revoking pasted tokens is being built.' },
  de: {
    title: 'Token-Info',
    soon: 'Das Prüfen und Widerrufen eingefügter Tokens entsteht gerade.',
  },
})

export function TokenInfoRoute() {
  const t = useMessages(messages)
  return (
    <Page title={t('title')}>
      <p>{t('soon')}</p>
    </Page>
  )
}
