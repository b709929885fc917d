import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import type { MytokenClient, NotificationRequest } from '@/lib/mytoken/api/client'
import type { Credential } from '@/lib/mytoken/api/credential'
import { sessionStore } from '@/lib/mytoken/browser-state/session-store'
import { notifyQueries } from '@/lib/mytoken/queries/notify-queries'

// Keys: instance issuer and the session's mom_id only. The management codes are secrets of
// their own: they stay in the answers, never in a key.
export const notificationQueries = {
  all: notifyQueries.notificationsAll,
  list: notifyQueries.notifications,
  /**
   * The e-mail settings, read with the unlocked step-up token (the session may not read them).
   * The key names the session only; the step-up token stays out of it (keys never hold a
   * token), and the answer is dropped as soon as nobody shows it (`gcTime: 0`).
   */
  email: (client: MytokenClient, sessionMomId: string, stepUp: Credential | undefined) =>
    // eslint-disable-next-line @tanstack/query/exhaustive-deps -- stepUp is a token
    queryOptions({
      queryKey: [...notificationQueries.all(client.issuer), 'email', sessionMomId] as const,
      queryFn: () => {
        if (!stepUp) throw new Error('The e-mail settings are locked')
        return client.emailSettings(stepUp)
      },
      enabled: stepUp !== undefined,
      staleTime: 0,
      gcTime: 0,
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
