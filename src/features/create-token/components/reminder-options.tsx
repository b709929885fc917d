import { useQuery } from '@tanstack/react-query'
import { useErrorMessage } from '@/components/errors/error-messages'
import { Alert } from '@/components/ui/alert'
import { CheckboxField, Field } from '@/components/ui/field'
import { useMessages } from '@/lib/i18n/i18n'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import { isMytokenError } from '@/lib/mytoken/api/errors'
import { notifyQueries } from '@/lib/mytoken/queries/notify-queries'
import { useKnownEmailVerified } from '@/lib/step-up/email-facts'
import { reminderMessages } from '../messages'
import type { ReminderChoice, ReminderResult } from '../reminders'

/**
 * Whether mails can be sent is known without reading the settings (the session may not): a mail
 * subscription exists (the server takes one only for a verified address), or this tab's unlocked
 * e-mail settings showed it.
 */
export function useMailDefault(client: MytokenClient, sessionMomId: string) {
  const mail = useQuery(notifyQueries.mailSupported(client))
  const notifications = useQuery({
    ...notifyQueries.notifications(client, sessionMomId),
    enabled: mail.data === true,
  })
  const learned = useKnownEmailVerified(client.issuer, sessionMomId)
  const hasMailSubscription =
    notifications.data?.some((n) => n.notification_type === 'mail') ?? false
  // what this tab saw last wins: an address changed since the subscription is not verified
  return { offered: mail.data === true, knownVerified: learned ?? hasMailSubscription }
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
  const { offered, knownVerified } = useMailDefault(client, sessionMomId)
  const calendars = useQuery({
    ...notifyQueries.calendars(client, sessionMomId),
    enabled: offered,
  })
  if (!offered) return null
  const mailOn = value.mail ?? knownVerified
  return (
    <fieldset className="stack-small reminder-options">
      <legend>{t('legend')}</legend>
      <CheckboxField
        label={t('mail')}
        hint={knownVerified ? undefined : t('mailHint')}
        checked={mailOn}
        onChange={(mail) => onChange({ ...value, mail })}
      />
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
