export const paths = {
  home: '/',
  create: '/create',
  tokens: '/tokens',
  tokenDetail: '/tokens/:momId',
  timeline: '/tokens/timeline',
  review: '/tokens/review',
  tokenInfo: '/token-info',
  signIn: '/sign-in',
  account: '/account',
  notifications: '/notifications',
  notificationManage: '/notifications/manage',
  calendars: '/calendars',
  about: '/about',
  settings: '/settings',
  accessToken: '/access-token',
} as const

/** The pages that start with the session's token list (the boot script asks for it at once). */
export const tokenListPaths: readonly string[] = [paths.tokens, paths.timeline, paths.review]

/** The details page of a token; `mom_id`s contain `+ / =`, so the segment is encoded. */
export function tokenDetailsPath(momId: string): string {
  return `${paths.tokens}/${encodeURIComponent(momId)}`
}
