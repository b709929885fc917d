import { createBrowserRouter } from 'react-router'
import { paths } from './paths'
import { AppShell } from './layout/app-shell'
import { RouteError } from './layout/route-error'
import { RouteLoading } from './layout/route-loading'
import { HomeRoute } from './routes/home'
import { NotFoundRoute } from './routes/not-found'

export function createAppRouter() {
  return createBrowserRouter([
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
        { path: '*', element: <NotFoundRoute /> },
      ],
    },
  ])
}
