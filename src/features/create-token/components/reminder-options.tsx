import { useQuery } from '@tanstack/react-query'
import { useErrorMessage } from '@/components/errors/error-messages'
import { Alert } from '@/components/ui/alert'
import { CheckboxField, Field } from '@/components/ui/field'
import { useMessages } from '@/lib/i18n/i18n'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import { isMytokenError } from '@/lib/mytoken/api/errors'
import { notifyQueries } from '@/lib/mytoken/queries/notify-queries'
import { useKnownEmailVerified, useMailOffered } from '@/lib/step-up/email-facts'
import { reminderMessages } from '../messages'
import type { ReminderChoice, ReminderResult } from '../reminders'

/**
 * The session cannot read the e-mail settings. The server takes the provider's address, and
 * whether the provider verified it, at the first sign-in, so the expiry mail is on by default
 * unless this tab's unlocked settings showed the address unverified.
 */
export function useMailDefault(client: MytokenClient, sessionMomId: string) {
  const offered = useMailOffered(client, sessionMomId)
  const learned = useKnownEmailVerified(client.issuer, sessionMomId)
  return { offered, defaultOn: learned !== false, learned }
}

/** The session's calendars, asked for only where the instance offers notifications (`notify`). */
function useCalendars(client: MytokenClient, sessionMomId: string) {
  const notify = Boolean(client.discovery.notifications_endpoint)
  const calendars = useQuery({ ...notifyQueries.calendars(client, sessionMomId), enabled: notify })
  return { notify, calendars }
}

/**
 * Whether the reminder options have their final shape: the calendar choice (or the hint that there
 * is none) needs the list of calendars. They sit just above the submit button, which they would
 * otherwise push down when the list arrives, possibly between a press and its release.
 */
export function useReminderOptionsSettled(client: MytokenClient, sessionMomId: string): boolean {
  const { notify, calendars } = useCalendars(client, sessionMomId)
  return !notify || !calendars.isPending
}

/** "E-mail me before this token expires" and "add to calendar", chosen before creating. */
export function ReminderOptions({
  client,
  sessionMomId,
  value,
  onChange,
}: {
  client: MytokenClient
  sessionMomId: string
  value: ReminderChoice
  onChange: (next: ReminderChoice) => void
}) {
  const t = useMessages(reminderMessages)
  const { offered, defaultOn, learned } = useMailDefault(client, sessionMomId)
  const { notify, calendars } = useCalendars(client, sessionMomId)
  if (!notify) return null
  const mailHint =
    learned === undefined ? t('mailHint') : learned ? undefined : t('mailHintUnverified')
  return (
    <fieldset className="stack-small reminder-options">
      <legend>{t('legend')}</legend>
      {offered ? (
        <CheckboxField
          label={t('mail')}
          hint={mailHint}
          checked={value.mail ?? defaultOn}
          onChange={(mail) => onChange({ ...value, mail })}
        />
      ) : null}
      {calendars.data && calendars.data.length > 0 ? (
        <Field label={t('calendar')}>
          {(field) => (
            <select
              {...field}
              value={value.calendar}
              onChange={(event) => onChange({ ...value, calendar: event.target.value })}
            >
              <option value="">{t('noCalendar')}</option>
              {calendars.data.map((calendar) => (
                <option key={calendar.name} value={calendar.name}>
                  {calendar.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : calendars.isSuccess ? (
        <p className="hint">{t('noCalendars')}</p>
      ) : null}
    </fieldset>
  )
}

/** What happened after creation; shown next to the token, never instead of it. */
export function ReminderResults({ result }: { result: ReminderResult | undefined }) {
  const t = useMessages(reminderMessages)
  const describe = useErrorMessage()
  if (!result || (!result.mail && !result.calendar)) return null
  const failures: string[] = []
  const done: string[] = []
  if (result.mail?.ok) done.push(t('mailDone'))
  else if (result.mail)
    failures.push(
      isMytokenError(result.mail.error, 'mail_required')
        ? t('mailRequired')
        : t('mailFailed', { reason: describe(result.mail.error) }),
    )
  const calendar = result.calendar
  if (calendar?.ok) done.push(t('calendarDone', { name: calendar.name }))
  else if (calendar && !calendar.ok)
    failures.push(t('calendarFailed', { name: calendar.name, reason: describe(calendar.error) }))
  return (
    <div className="stack-small">
      {done.length > 0 ? (
        <Alert tone="success" title={t('doneTitle')}>
          {done.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </Alert>
      ) : null}
      {failures.length > 0 ? (
        <Alert tone="warning" title={t('failedTitle')}>
          {failures.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </Alert>
      ) : null}
    </div>
  )
}
