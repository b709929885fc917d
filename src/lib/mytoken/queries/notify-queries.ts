// Reads about notifications and calendars that more than one page needs (the notifications and
// calendars pages, and the create page's "e-mail me" and "add to calendar"). Keys: the instance
// issuer and the session's mom_id only; management codes stay in the answers, never in a key.
import { queryOptions } from '@tanstack/react-query'
import type { MytokenClient } from '../api/client'
import { sessionStore } from '../browser-state/session-store'

export const notifyQueries = {
  notificationsAll: (issuer: string) => ['mytoken', issuer, 'notifications'] as const,
  calendarsAll: (issuer: string) => ['mytoken', issuer, 'calendars'] as const,
  notifications: (client: MytokenClient, sessionMomId: string) =>
    queryOptions({
      queryKey: [...notifyQueries.notificationsAll(client.issuer), 'list', sessionMomId] as const,
      queryFn: () => client.listNotifications(sessionStore.credential()),
      staleTime: 30_000,
      meta: { session: true },
    }),
  calendars: (client: MytokenClient, sessionMomId: string) =>
    queryOptions({
      queryKey: [...notifyQueries.calendarsAll(client.issuer), 'list', sessionMomId] as const,
      queryFn: () => client.listCalendars(sessionStore.credential()),
      staleTime: 30_000,
      meta: { session: true },
    }),
}
