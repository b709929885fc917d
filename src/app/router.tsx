import { createBrowserRouter, matchRoutes, type RouteObject } from 'react-router'
import { nextTask } from '@/lib/next-task'
import { AppShell } from './layout/app-shell'
import { RouteError } from './layout/route-error'
import { RouteLoading } from './layout/route-loading'
import { paths } from './paths'
import { HomeRoute } from './routes/home'

/** Every route; the same objects serve the browser's router and the build-time prerender. */
export function appRoutes(): RouteObject[] {
  return [
    {
      element: <AppShell />,
      errorElement: <RouteError />,
      HydrateFallback: RouteLoading,
      children: [
        { path: paths.home, element: <HomeRoute /> },
        {
          path: paths.signIn,
          lazy: async () => ({ Component: (await import('./routes/sign-in')).SignInRoute }),
        },
        {
          path: paths.account,
          lazy: async () => ({ Component: (await import('./routes/account')).AccountRoute }),
        },
        {
          path: paths.create,
          lazy: async () => ({ Component: (await import('./routes/create')).CreateRoute }),
        },
        {
          path: paths.tokens,
          lazy: async () => ({ Component: (await import('./routes/tokens')).TokensRoute }),
        },
        {
          path: paths.timeline,
          lazy: async () => ({ Component: (await import('./routes/timeline')).TimelineRoute }),
        },
        {
          path: paths.review,
          lazy: async () => ({ Component: (await import('./routes/review')).ReviewRoute }),
        },
        {
          path: paths.tokenDetail,
          lazy: async () => ({
            Component: (await import('./routes/token-detail')).TokenDetailRoute,
          }),
        },
        {
          path: paths.tokenInfo,
          lazy: async () => ({ Component: (await import('./routes/token-info')).TokenInfoRoute }),
        },
        {
          path: paths.notifications,
          lazy: async () => ({
            Component: (await import('./routes/notifications')).NotificationsRoute,
          }),
        },
        {
          path: paths.notificationManage,
          lazy: async () => ({
            Component: (await import('./routes/notification-manage')).NotificationManageRoute,
          }),
        },
        {
          path: paths.calendars,
          lazy: async () => ({ Component: (await import('./routes/calendars')).CalendarsRoute }),
        },
        {
          path: paths.about,
          lazy: async () => ({ Component: (await import('./routes/about')).AboutRoute }),
        },
        {
          path: paths.settings,
          lazy: async () => ({ Component: (await import('./routes/settings')).SettingsRoute }),
        },
        {
          path: paths.accessToken,
          lazy: async () => ({
            Component: (await import('./routes/access-token')).AccessTokenRoute,
          }),
        },
        {
          path: '*',
          lazy: async () => ({ Component: (await import('./routes/not-found')).NotFoundRoute }),
        },
      ],
    },
  ]
}

/**
 * The browser's router. The current page's lazy code is loaded first, so that the first render
 * is the page itself (matching its prerendered HTML), not a loading state.
 */
export async function createAppRouter(location: Location = window.location) {
  const routes = appRoutes()
  await Promise.all(
    (matchRoutes(routes, location) ?? []).map(async ({ route }) => {
      if (typeof route.lazy !== 'function') return
      Object.assign(route, await route.lazy())
      delete route.lazy
    }),
  )
  // the page's code has just run in this task; the router's creation is a long step of its own
  await nextTask()
  return createBrowserRouter(routes)
}

export type AppRouter = Awaited<ReturnType<typeof createAppRouter>>
