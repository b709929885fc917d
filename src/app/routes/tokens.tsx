import { Page } from '@/components/page'
import { TokenList } from '@/features/tokens/components/token-list'
import { defineMessages, useMessages } from '@/lib/i18n/i18n'
import { RequireSession } from '../layout/require-session'
import { paths, tokenDetailsPath } from '../paths'
import { TokenViews } from './token-views'

const messages = defineMessages({
  en: {
    title: 'My tokens',
    intro:
      'Every mytoken of your account, with sub-tokens under their parent. Open one to see where it was used, or revoke it.',
  },
  de: {
    title: 'Meine Tokens',
    intro:
      'Alle Mytokens Ihres Kontos, Unter-Tokens unter ihrem Eltern-Token. Öffnen Sie eines, um zu sehen, wo es benutzt wurde, oder widerrufen Sie es.',
  },
})

const links = { details: tokenDetailsPath, create: paths.create }

export function TokensRoute() {
  const t = useMessages(messages)
  return (
    <Page title={t('title')} intro={<p>{t('intro')}</p>}>
      <RequireSession>
        <TokenViews />
        <TokenList links={links} />
      </RequireSession>
    </Page>
  )
}
