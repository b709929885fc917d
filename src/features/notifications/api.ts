import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import type { MytokenClient, NotificationRequest } from '@/lib/mytoken/client'
import { isMytokenError } from '@/lib/mytoken/errors'
import { sessionStore } from '@/lib/mytoken/session-store'

// Keys: instance issuer and the session's mom_id only. The management codes are secrets of
// their own: they stay in the answers, never in a key.
export const notificationQueries = {
  all: (issuer: string) => ['mytoken', issuer, 'notifications'] as const,
  email: (client: MytokenClient, sessionMomId: string) =>
    queryOptions({
      queryKey: [...notificationQueries.all(client.issuer), 'email', sessionMomId] as const,
      queryFn: async () => {
        try {
          return {
            supported: true as const,
            settings: await client.emailSettings(sessionStore.credential()),
          }
        } catch (error) {
          // the route only exists when the instance sends mails
          if (isMytokenError(error) && error.status === 404) return { supported: false as const }
          throw error
        }
      },
      staleTime: 30_000,
      meta: { session: true },
    }),
  list: (client: MytokenClient, sessionMomId: string) =>
    queryOptions({
      queryKey: [...notificationQueries.all(client.issuer), 'list', sessionMomId] as const,
      queryFn: () => client.listNotifications(sessionStore.credential()),
      staleTime: 30_000,
      meta: { session: true },
    }),
}

function useInvalidateNotifications(client: MytokenClient) {
  const queryClient = useQueryClient()
  return () => queryClient.invalidateQueries({ queryKey: notificationQueries.all(client.issuer) })
}

export function useSubscribe(client: MytokenClient) {
  const invalidate = useInvalidateNotifications(client)
  return useMutation({
    meta: { session: true },
    mutationFn: (request: NotificationRequest) =>
      client.subscribe(sessionStore.credential(), request),
    onSettled: invalidate,
  })
}

export function useUnsubscribe(client: MytokenClient) {
  const invalidate = useInvalidateNotifications(client)
  return useMutation({
    mutationFn: (managementCode: string) => client.unsubscribe(managementCode),
    onSettled: invalidate,
  })
}

export function useChangeClasses(client: MytokenClient) {
  const invalidate = useInvalidateNotifications(client)
  return useMutation({
    mutationFn: ({ managementCode, classes }: { managementCode: string; classes: string[] }) =>
      client.updateNotificationClasses(managementCode, classes),
    onSettled: invalidate,
  })
}
