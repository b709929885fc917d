import {
  createContext,
  startTransition,
  useContext,
  useEffect,
  useState,
  type ReactNode,
} from 'react'

// a tree rendered from scratch (not over prerendered markup) is in the browser from the start
const HydratedContext = createContext(true)

/**
 * Around the app. `hydrating`: the tree is (at build time) or hydrates the prerendered shell, so
 * useHydrated() is false until that hydration has committed. Then it turns true in a transition:
 * React renders what depends on this browser (session, configuration, discovery) in slices
 * that leave the main thread free in between, instead of in one long task.
 */
export function HydrationBoundary({
  hydrating,
  children,
}: {
  hydrating: boolean
  children: ReactNode
}) {
  const [hydrated, setHydrated] = useState(!hydrating)
  useEffect(() => {
    if (!hydrated) startTransition(() => setHydrated(true))
  }, [hydrated])
  return <HydratedContext value={hydrated}>{children}</HydratedContext>
}

/**
 * False while the prerendered shell is rendered (at build time) and hydrated, true from the
 * render right after hydration on, and always on a page rendered from scratch. Whatever depends
 * on this browser (configuration, session, discovery) is rendered only once it is true.
 */
export function useHydrated(): boolean {
  return useContext(HydratedContext)
}
