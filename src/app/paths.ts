export const paths = {
  home: '/',
  create: '/create',
  tokens: '/tokens',
  tokenInfo: '/token-info',
  signIn: '/sign-in',
  account: '/account',
} as const
