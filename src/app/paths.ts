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

/** The details page of a token; `mom_id`s contain `+ / =`, so the segment is encoded. */
export function tokenDetailsPath(momId: string): string {
  return `${paths.tokens}/${encodeURIComponent(momId)}`
}
