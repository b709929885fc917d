import { useSyncExternalStore } from 'react'

const noSubscription = () => () => undefined

/**
 * False while the prerendered shell is rendered (at build time) and hydrated, true from the
 * render right after hydration on, and always on a page rendered from scratch. Whatever depends
 * on this browser (configuration, session, discovery) is rendered only once it is true.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )
}
