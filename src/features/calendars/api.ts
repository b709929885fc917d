import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import { sessionStore } from '@/lib/mytoken/browser-state/session-store'
import { notifyQueries } from '@/lib/mytoken/queries/notify-queries'

export const calendarQueries = {
  all: notifyQueries.calendarsAll,
  list: notifyQueries.calendars,
}

export type CalendarChange =
  | { kind: 'create'; name: string }
  | { kind: 'delete'; name: string }
  | { kind: 'add'; name: string; momId: string }
  /**
   * v0.10 has no API to take one token out of a calendar (only a link inside the ICS event),
   * so the calendar is made again without it: same name, new subscription address.
   */
  | { kind: 'remove'; name: string; momId: string; remaining: string[] }

export function useChangeCalendar(client: MytokenClient) {
  const queryClient = useQueryClient()
  return useMutation({
    meta: { session: true },
    mutationFn: async (change: CalendarChange) => {
      const credential = sessionStore.credential()
      switch (change.kind) {
        case 'create':
          await client.createCalendar(credential, change.name)
          return
        case 'delete':
          await client.deleteCalendar(credential, change.name)
          return
        case 'add':
          await client.addToCalendar(credential, change.name, change.momId)
          return
        case 'remove':
          await client.deleteCalendar(credential, change.name)
          await client.createCalendar(credential, change.name)
          for (const momId of change.remaining)
            await client.addToCalendar(credential, change.name, momId)
      }
    },
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: calendarQueries.all(client.issuer) }),
  })
}
