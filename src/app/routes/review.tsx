import { Page } from '@/components/page'
import { TokenReview } from '@/features/tokens/review/token-review'
import { defineMessages, useMessages } from '@/lib/i18n/i18n'
import { RequireSession } from '../layout/require-session'
import { paths, tokenDetailsPath } from '../paths'
import { TokenViews } from './token-views'

const messages = defineMessages({
  en: {
    title: 'Review of my tokens',
    intro:
      'Tokens that never expire, obtain access tokens without limit, can create tokens or change settings, were not used for months, or belong to a client you may not recognise: each is a leak waiting to happen. Each finding says why it matters and offers the fix.',
  },
  de: {
    title: 'Prüfung meiner Tokens',
    intro:
      'Tokens, die nie ablaufen, unbegrenzt Access-Tokens holen, Tokens erstellen oder Einstellungen ändern können, seit Monaten unbenutzt sind oder zu einem Client gehören, den Sie vielleicht nicht kennen: Jedes ist ein Leck, das nur darauf wartet. Jeder Befund sagt, warum er zählt, und bietet die Abhilfe an.',
  },
})

const links = { details: tokenDetailsPath, create: paths.create }

export function ReviewRoute() {
  const t = useMessages(messages)
  return (
    <Page title={t('title')} intro={<p>{t('intro')}</p>}>
      <RequireSession>
        <TokenViews />
        <TokenReview links={links} />
      </RequireSession>
    </Page>
  )
}
