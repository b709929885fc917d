import { paths } from './paths.ts'

/**
 * The routes whose static shell is prerendered at build time (scripts/prerender.ts) into
 * dist/<route>/index.html, in every language; e2e/prerender.spec.ts checks each one's heading
 * in the served HTML. To prerender a new route, add its path here — one line. Its page module
 * is found by name: src/app/routes/<path without "/">.tsx, or as listed in nestedPageModules
 * (the build fails if it is not).
 * Routes with parameters are not prerendered (the home page's file answers them, hidden).
 */
export const prerenderedRoutes: readonly string[] = [
  paths.home,
  paths.create,
  paths.tokens,
  paths.tokenInfo,
  paths.signIn,
  paths.account,
  paths.notifications,
  paths.calendars,
  paths.about,
  paths.settings,
  paths.accessToken,
  paths.timeline,
  paths.notificationManage,
  paths.review,
]

/** The module holding a prerendered route's page, for its module preloads (home: the entry). */
export function routeModule(route: string): string | undefined {
  if (route === paths.home) return undefined
  return `src/app/routes/${nestedPageModules[route] ?? route.slice(1)}.tsx`
}

/** Pages below another page's path, whose module is not named after the whole path. */
const nestedPageModules: Partial<Record<string, string>> = {
  [paths.timeline]: 'timeline',
  [paths.notificationManage]: 'notification-manage',
  [paths.review]: 'review',
}
