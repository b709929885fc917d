import type { ReactNode } from 'react'
import { RequireDiscovery } from '@/components/require-discovery'
import { ShellPending } from '@/components/shell-pending'
import { SignInPanel } from '@/features/session/components/sign-in-panel'
import { defineMessages, useMessages } from '@/lib/i18n/i18n'
import { useSession, useSessionHandoverPending } from '@/lib/session/use-session'
import { useHydrated } from '@/lib/use-hydrated'

const messages = defineMessages({
  en: {
    needed: 'Sign in to continue. You stay on this page.',
    askingTabs: 'Looking for a sign-in in your other tabs…',
  },
  de: {
    needed: 'Melden Sie sich an, um fortzufahren. Sie bleiben auf dieser Seite.',
    askingTabs: 'Suche nach einer Anmeldung in Ihren anderen Tabs…',
  },
})

/** Shows its children to signed-in users, and a sign-in panel in place to everyone else. */
export function RequireSession({ children }: { children: ReactNode }) {
  const t = useMessages(messages)
  const session = useSession()
  const handoverPending = useSessionHandoverPending()
  // whether this tab is signed in is known only in the browser
  const hydrated = useHydrated()
  if (!hydrated) return <ShellPending />
  return (
    <RequireDiscovery>
      {session ? (
        children
      ) : handoverPending ? (
        <p role="status">{t('askingTabs')}</p>
      ) : (
        <div className="stack">
          <p>{t('needed')}</p>
          <SignInPanel onSignedIn={() => undefined} />
        </div>
      )}
    </RequireDiscovery>
  )
}
