import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import type { CalendarInfo } from '@/lib/mytoken/api/schemas'
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
   * mytoken v0.10.1 takes one token out of a calendar only through the removal link in that
   * token's event (`/actions?action=remove_from_calendar&code=…`). The app cannot use it: the
   * code is only in the feed, and neither the feed (`/calendars/<id>`) nor `/actions` answers
   * CORS (both send `Cross-Origin-Resource-Policy: same-origin`). So the calendar is made again
   * without the token: same name, new subscription address (the UI says so before).
   */
  | { kind: 'remove'; name: string; momId: string; remaining: string[] }

export function useChangeCalendar(client: MytokenClient) {
  const queryClient = useQueryClient()
  return useMutation({
    meta: { session: true },
    /** For `remove`: the calendar as made again (its new `ics_path`). */
    mutationFn: async (change: CalendarChange): Promise<CalendarInfo | undefined> => {
      const credential = sessionStore.credential()
      switch (change.kind) {
        case 'create':
          await client.createCalendar(credential, change.name)
          return undefined
        case 'delete':
          await client.deleteCalendar(credential, change.name)
          return undefined
        case 'add':
          await client.addToCalendar(credential, change.name, change.momId)
          return undefined
        case 'remove': {
          await client.deleteCalendar(credential, change.name)
          let made = await client.createCalendar(credential, change.name)
          for (const momId of change.remaining)
            made = await client.addToCalendar(credential, change.name, momId)
          return made
        }
      }
    },
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: calendarQueries.all(client.issuer) }),
  })
}
