import type { ReactNode } from 'react'
import { RequireDiscovery } from '@/components/require-discovery'
import { ShellPending } from '@/components/shell-pending'
import { SignInExplanation, SignInForm } from '@/features/session/components/sign-in-panel'
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

/**
 * Shows its children to signed-in users, and a sign-in panel in place to everyone else.
 * Whether this tab is signed in is known only in the browser: the prerendered shell holds both
 * the signed-out text and a placeholder for the signed-in content, and styles.css shows the one
 * that fits html[data-session] (set by the boot script before the first paint). Hydrated signed
 * out, the same text stays where it is and the sign-in button is added below it.
 */
export function RequireSession({ children }: { children: ReactNode }) {
  const t = useMessages(messages)
  const session = useSession()
  const handoverPending = useSessionHandoverPending()
  const hydrated = useHydrated()
  if (hydrated && session) return <RequireDiscovery>{children}</RequireDiscovery>
  return (
    <>
      <div className="stack" data-shell-signed-out={hydrated ? undefined : ''}>
        <p>{t('needed')}</p>
        <SignInExplanation />
        {!hydrated ? null : handoverPending ? (
          <p role="status">{t('askingTabs')}</p>
        ) : (
          <RequireDiscovery>
            <SignInForm onSignedIn={() => undefined} />
          </RequireDiscovery>
        )}
      </div>
      {hydrated ? null : <ShellPending signedInOnly />}
    </>
  )
}
