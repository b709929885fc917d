import { useEffect, useRef } from 'react'
import { Outlet, useLocation } from 'react-router'
import { LeftSessionsNotice } from '@/features/session/components/left-sessions-notice'
import { SessionWatch } from '@/features/session/components/session-watch'
import { defineMessages, useMessages } from '@/lib/i18n/i18n'
import { Header } from './header'
import { SessionEndedNotice } from './session-ended-notice'

const messages = defineMessages({
  en: {
    skip: 'Skip to content',
    footer: 'mytoken-web is a client for mytoken servers. It keeps your tokens in this tab only.',
  },
  de: {
    skip: 'Zum Inhalt springen',
    footer: 'mytoken-web ist ein Client für mytoken-Server. Ihre Tokens bleiben nur in diesem Tab.',
  },
})

export function AppShell() {
  const t = useMessages(messages)
  const location = useLocation()
  const mainRef = useRef<HTMLElement>(null)
  const firstRender = useRef(true)

  // After a navigation, move focus to the new page so keyboard and screen-reader users start
  // at its top instead of on the link they used.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false
      return
    }
    mainRef.current?.focus()
  }, [location.pathname])

  return (
    <>
      <a className="skip-link" href="#main">
        {t('skip')}
      </a>
      <SessionWatch />
      <Header />
      <main id="main" ref={mainRef} tabIndex={-1} className="main">
        <SessionEndedNotice />
        <LeftSessionsNotice />
        <Outlet />
      </main>
      <footer className="footer">
        <p>{t('footer')}</p>
      </footer>
    </>
  )
}
