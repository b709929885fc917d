import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query'
import type { MytokenClient, NotificationRequest } from '@/lib/mytoken/client'
import type { Credential } from '@/lib/mytoken/credential'
import { sessionStore } from '@/lib/mytoken/session-store'

// Keys: instance issuer and the session's mom_id only. The management codes are secrets of
// their own: they stay in the answers, never in a key.
export const notificationQueries = {
  all: (issuer: string) => ['mytoken', issuer, 'notifications'] as const,
  /** Whether the instance sends mails (asked without a token; the answer never changes). */
  mailSupported: (client: MytokenClient) =>
    queryOptions({
      queryKey: [...notificationQueries.all(client.issuer), 'mail-supported'] as const,
      queryFn: () => client.mailSupported(),
      staleTime: Infinity,
    }),
  /**
   * The e-mail settings, read with the unlocked step-up token (the session may not read them).
   * The key names the session only; the step-up token stays out of it.
   */
  email: (client: MytokenClient, sessionMomId: string, stepUp: Credential | undefined) =>
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
