import { NavLink, useNavigate } from 'react-router'
import { forgetIdentity, useDisplayName } from '@/features/identity/identity'
import { useSignOut } from '@/features/session/api'
import { defineMessages, useMessages } from '@/lib/i18n/i18n'
import { paths } from '../paths'

const messages = defineMessages({
  en: {
    signOut: 'Sign out',
    signingOut: 'Signing out…',
    signedInAs: 'Signed in as {name}',
    signedIn: 'Signed in',
  },
  de: {
    signOut: 'Abmelden',
    signingOut: 'Abmeldung…',
    signedInAs: 'Angemeldet als {name}',
    signedIn: 'Angemeldet',
  },
})

/** The header's part for a signed-in tab: who is signed in (their account page) and "Sign out". */
export function UserMenu() {
  const t = useMessages(messages)
  const displayName = useDisplayName()
  const navigate = useNavigate()
  const signOut = useSignOut(() => {
    void forgetIdentity()
    void navigate(paths.home)
  })
  return (
    <div className="user-menu">
      <NavLink to={paths.account} className="user-name">
        {displayName ? t('signedInAs', { name: displayName }) : t('signedIn')}
      </NavLink>
      <button
        type="button"
        className="button button-secondary"
        onClick={() => signOut.mutate()}
        disabled={signOut.isPending}
      >
        {signOut.isPending ? t('signingOut') : t('signOut')}
      </button>
    </div>
  )
}
