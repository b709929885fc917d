import { lazy, memo, Suspense, useId, useState, type KeyboardEvent } from 'react'
import { NavLink, useLocation } from 'react-router'
import { LANGUAGE_SELECT_ATTRIBUTE } from '@/boot/attributes'
import { defineMessages, languages, useLanguage, useMessages } from '@/lib/i18n/i18n'
import { useInstance } from '@/lib/instance/instance-provider'
import { loadQueryLayer } from '@/lib/query-layer'
import { useSession } from '@/lib/session/use-session'
import { useHydrated } from '@/lib/use-hydrated'
import { paths } from '../paths'

const messages = defineMessages({
  en: {
    app: 'mytoken-web',
    nav: 'Main',
    menu: 'Menu',
    home: 'Home',
    create: 'Create a token',
    tokens: 'My tokens',
    tokenInfo: 'Token info',
    notifications: 'Notifications',
    calendars: 'Calendars',
    about: 'About this server',
    settings: 'Settings',
    accessToken: 'Access token',
    instance: 'mytoken server',
    language: 'Language',
    signIn: 'Sign in',
  },
  de: {
    app: 'mytoken-web',
    nav: 'Hauptmenü',
    menu: 'Menü',
    home: 'Start',
    create: 'Token erstellen',
    tokens: 'Meine Tokens',
    tokenInfo: 'Token-Info',
    notifications: 'Benachrichtigungen',
    calendars: 'Kalender',
    about: 'Über diesen Server',
    settings: 'Einstellungen',
    accessToken: 'Access-Token',
    instance: 'mytoken-Server',
    language: 'Sprache',
    signIn: 'Anmelden',
  },
})

const languageNames = { en: 'English', de: 'Deutsch' } as const

/**
 * Only a signed-in tab needs it: main.tsx starts loading it at once when there is a session. Its
 * queries need the query layer, which loads beside it.
 */
export const loadUserMenu = () =>
  Promise.all([import('./user-menu'), loadQueryLayer()]).then(([module]) => module)
const UserMenu = lazy(async () => ({ default: (await loadUserMenu()).UserMenu }))

export function Header() {
  const t = useMessages(messages)
  const { language, setLanguage } = useLanguage()
  const { config, instance, selectInstance } = useInstance()
  const session = useSession()
  const instanceId = useId()
  const languageId = useId()
  // the deployment's instances are known only in the browser: not part of the prerendered shell
  const hydrated = useHydrated()

  return (
    <header className="header">
      <div className="header-top">
        <NavLink to={paths.home} className="brand">
          {/* the logo (public/favicon.svg) is drawn by styles.css: no request before the first paint */}
          <span className="brand-mark" aria-hidden="true" />
          <span className="brand-name">{t('app')}</span>
        </NavLink>
        <div className="header-language inline-field">
          <label htmlFor={languageId}>{t('language')}</label>
          <select
            id={languageId}
            {...{ [LANGUAGE_SELECT_ATTRIBUTE]: '' }}
            value={language}
            onChange={(event) => setLanguage(event.target.value as typeof language)}
          >
            {languages.map((l) => (
              <option key={l} value={l} lang={l}>
                {languageNames[l]}
              </option>
            ))}
          </select>
        </div>
        <div className="header-instance">
          {!hydrated ? null : config.instances.length > 1 ? (
            <div className="inline-field">
              <label htmlFor={instanceId}>{t('instance')}</label>
              <select
                id={instanceId}
                value={instance.issuer}
                disabled={Boolean(session)}
                onChange={(event) => selectInstance(event.target.value)}
              >
                {config.instances.map((i) => (
                  <option key={i.issuer} value={i.issuer}>
                    {i.name}
                  </option>
                ))}
              </select>
            </div>
          ) : (
            <span className="instance-name" title={instance.issuer}>
              {instance.name}
            </span>
          )}
        </div>
        <div className="header-session">
          {/* always there: the session appears in a transition, which waits for the menu's code
              with the shell's (hidden) "Sign in" still in place */}
          <Suspense fallback={null}>
            {session ? (
              <UserMenu />
            ) : (
              // in the prerendered shell, hidden by styles.css when this tab holds a session
              <NavLink
                to={paths.signIn}
                className="button button-primary"
                data-shell-sign-in={hydrated ? undefined : ''}
              >
                {t('signIn')}
              </NavLink>
            )}
          </Suspense>
        </div>
      </div>
      <MainNav />
    </header>
  )
}

/**
 * The page links; memoised: the header re-renders with the session and the instance, these do not.
 * On a narrow screen they fold behind a "Menu" disclosure button (styles.css), open only on the
 * page where it was opened: choosing a link folds them away again.
 */
const MainNav = memo(function MainNav() {
  const t = useMessages(messages)
  const listId = useId()
  const location = useLocation()
  const [openOn, setOpenOn] = useState<string | undefined>(undefined)
  const open = openOn === location.key
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return
    setOpenOn(undefined)
    event.currentTarget.querySelector('button')?.focus()
  }
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions -- Escape from any link inside
    <nav
      aria-label={t('nav')}
      className="nav"
      data-open={open ? '' : undefined}
      onKeyDown={closeOnEscape}
    >
      <button
        type="button"
        className="nav-toggle button button-secondary"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpenOn(open ? undefined : location.key)}
      >
        <span aria-hidden="true" className="nav-toggle-icon" />
        {t('menu')}
      </button>
      <div id={listId} className="nav-links">
        <NavLink to={paths.home} end>
          {t('home')}
        </NavLink>
        <NavLink to={paths.create}>{t('create')}</NavLink>
        <NavLink to={paths.tokens}>{t('tokens')}</NavLink>
        <NavLink to={paths.notifications}>{t('notifications')}</NavLink>
        <NavLink to={paths.calendars}>{t('calendars')}</NavLink>
        <NavLink to={paths.accessToken}>{t('accessToken')}</NavLink>
        <NavLink to={paths.tokenInfo}>{t('tokenInfo')}</NavLink>
        <NavLink to={paths.settings}>{t('settings')}</NavLink>
        <NavLink to={paths.about}>{t('about')}</NavLink>
      </div>
    </nav>
  )
})
