// After a token is created: the expiry mail and the calendar entry the user asked for, with the
// session's `manage_mytokens:notify` and the new token's mom_id. Each step reports on its own and
// nothing here can hide or lose the created token.
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import { sessionStore } from '@/lib/mytoken/browser-state/session-store'
import { notifyQueries } from '@/lib/mytoken/queries/notify-queries'

export interface ReminderChoice {
  /** undefined: the default (on when a verified address is known) */
  mail: boolean | undefined
  /** a calendar's name, or '' for none */
  calendar: string
}

export const NO_REMINDERS: ReminderChoice = { mail: undefined, calendar: '' }

export type StepResult = { ok: true } | { ok: false; error: unknown }

export interface ReminderResult {
  mail?: StepResult
  calendar?: { name: string } & StepResult
}

async function step(run: () => Promise<unknown>): Promise<StepResult> {
  try {
    await run()
    return { ok: true }
  } catch (error) {
    return { ok: false, error }
  }
}

export function useApplyReminders(client: MytokenClient | undefined) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async ({
      momId,
      mail,
      calendar,
    }: {
      momId: string
      mail: boolean
      calendar: string
    }): Promise<ReminderResult> => {
      if (!client) return {}
      const result: ReminderResult = {}
      if (mail)
        result.mail = await step(() =>
          client.subscribe(sessionStore.credential(), { classes: ['expiration'], momId }),
        )
      if (calendar)
        result.calendar = {
          name: calendar,
          ...(await step(() => client.addToCalendar(sessionStore.credential(), calendar, momId))),
        }
      return result
    },
    onSettled: async () => {
      if (!client) return
      await queryClient.invalidateQueries({
        queryKey: notifyQueries.notificationsAll(client.issuer),
      })
      await queryClient.invalidateQueries({
        queryKey: notifyQueries.calendarsAll(client.issuer),
      })
    },
  })
}
