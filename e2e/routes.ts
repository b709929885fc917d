/** Every route of the app (and one unknown path), for the checks that visit them all. */
export const everyRoute = [
  '/',
  '/sign-in',
  '/create',
  '/tokens',
  '/tokens/timeline',
  '/tokens/review',
  '/notifications',
  '/notifications/manage',
  '/calendars',
  '/token-info',
  '/access-token',
  '/account',
  '/about',
  '/settings',
  '/no-such-page',
]
