import type { ComponentType } from 'react'
import { createBrowserRouter, matchRoutes, type RouteObject } from 'react-router'
import { nextTask } from '@/lib/next-task'
import { loadQueryLayer } from '@/lib/query-layer'
import { AppShell } from './layout/app-shell'
import { RouteError } from './layout/route-error'
import { RouteLoading } from './layout/route-loading'
import { paths } from './paths'
import { HomeRoute } from './routes/home'

/** A lazy page's component, once its code and the query layer its queries need have loaded. */
async function page<Module>(load: Promise<Module>, component: (module: Module) => ComponentType) {
  const [module] = await Promise.all([load, loadQueryLayer()])
  return { Component: component(module) }
}

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
          lazy: () => page(import('./routes/sign-in'), (m) => m.SignInRoute),
        },
        {
          path: paths.account,
          lazy: () => page(import('./routes/account'), (m) => m.AccountRoute),
        },
        {
          path: paths.create,
          lazy: () => page(import('./routes/create'), (m) => m.CreateRoute),
        },
        {
          path: paths.tokens,
          lazy: () => page(import('./routes/tokens'), (m) => m.TokensRoute),
        },
        {
          path: paths.timeline,
          lazy: () => page(import('./routes/timeline'), (m) => m.TimelineRoute),
        },
        {
          path: paths.review,
          lazy: () => page(import('./routes/review'), (m) => m.ReviewRoute),
        },
        {
          path: paths.tokenDetail,
          lazy: () => page(import('./routes/token-detail'), (m) => m.TokenDetailRoute),
        },
        {
          path: paths.tokenInfo,
          lazy: () => page(import('./routes/token-info'), (m) => m.TokenInfoRoute),
        },
        {
          path: paths.notifications,
          lazy: () => page(import('./routes/notifications'), (m) => m.NotificationsRoute),
        },
        {
          path: paths.notificationManage,
          lazy: () =>
            page(import('./routes/notification-manage'), (m) => m.NotificationManageRoute),
        },
        {
          path: paths.calendars,
          lazy: () => page(import('./routes/calendars'), (m) => m.CalendarsRoute),
        },
        {
          path: paths.about,
          lazy: () => page(import('./routes/about'), (m) => m.AboutRoute),
        },
        {
          path: paths.settings,
          lazy: () => page(import('./routes/settings'), (m) => m.SettingsRoute),
        },
        {
          path: paths.accessToken,
          lazy: () => page(import('./routes/access-token'), (m) => m.AccessTokenRoute),
        },
        {
          path: '*',
          lazy: () => page(import('./routes/not-found'), (m) => m.NotFoundRoute),
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
