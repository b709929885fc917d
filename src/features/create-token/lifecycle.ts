// After a token is created: the expiry mail and the calendar entry the user asked for, with the
// session's `manage_mytokens:notify` and the new token's mom_id. Each step reports on its own and
// nothing here can hide or lose the created token.
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { MytokenClient } from '@/lib/mytoken/client'
import { lifecycleQueries } from '@/lib/mytoken/lifecycle-queries'
import { sessionStore } from '@/lib/mytoken/session-store'

export interface LifecycleChoice {
  /** undefined: the default (on when a verified address is known) */
  mail: boolean | undefined
  /** a calendar's name, or '' for none */
  calendar: string
}

export const NO_LIFECYCLE: LifecycleChoice = { mail: undefined, calendar: '' }

export type StepResult = { ok: true } | { ok: false; error: unknown }

export interface LifecycleResult {
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

export function useApplyLifecycle(client: MytokenClient | undefined) {
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
    }): Promise<LifecycleResult> => {
      if (!client) return {}
      const result: LifecycleResult = {}
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
        queryKey: lifecycleQueries.notificationsAll(client.issuer),
      })
      await queryClient.invalidateQueries({
        queryKey: lifecycleQueries.calendarsAll(client.issuer),
      })
    },
  })
}
