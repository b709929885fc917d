import { Page } from '@/components/page'
import { RequireDiscovery } from '@/components/require-discovery'
import { AboutIntro, AboutServer } from '@/features/about/components/about-server'
import { defineMessages, useMessages } from '@/lib/i18n/i18n'

const messages = defineMessages({
  en: { title: 'About this server' },
  de: { title: 'Über diesen Server' },
})

/** Works signed out: what the server is and offers, before anyone signs in. */
export function AboutRoute() {
  const t = useMessages(messages)
  return (
    <Page title={t('title')} intro={<AboutIntro />}>
      <RequireDiscovery>
        <AboutServer />
      </RequireDiscovery>
    </Page>
  )
}
