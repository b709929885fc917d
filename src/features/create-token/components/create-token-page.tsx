import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { useInstance } from '@/lib/instance/instance-provider'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import type { Discovery } from '@/lib/mytoken/api/schemas'
import { rememberUsageLimits } from '@/lib/mytoken/browser-state/known-limits'
import { rememberCreatedSettings } from '@/lib/mytoken/browser-state/successor'
import { nowSeconds } from '@/lib/mytoken/vocabulary/durations'
import { useSession } from '@/lib/session/use-session'
import { NO_REMINDERS, useApplyReminders, type ReminderChoice } from '../reminders'
import { useSuccessor } from '../use-successor'
import { CreateTokenForm, type CreatedToken } from './create-token-form'
import {
  ReminderOptions,
  ReminderResults,
  useMailDefault,
  useReminderOptionsSettled,
} from './reminder-options'
import { RevealToken } from './reveal-token'
import { SuccessorPanel } from './successor-panel'

/**
 * Form first; after success the show-once reveal. The token never leaves this state. The
 * route wraps only the form in its sign-in requirement (`guardForm`): once a token exists, the
 * reveal stays even if the session ends (e.g. the user signs out before storing the token).
 */
export function CreateTokenPage({
  onDone,
  guardForm,
  replacedOffer,
}: {
  onDone: () => void
  guardForm: (form: ReactNode) => ReactNode
  /** below the new token when it replaces an old one: the offer to revoke the old one */
  replacedOffer?: (old: { momId: string; name: string }) => ReactNode
}) {
  const { client, discovery } = useInstance()
  const session = useSession()
  // The client and discovery are kept with the token: signing out clears the query cache
  // (discovery included), and the reveal must not disappear while discovery reloads.
  const [created, setCreated] = useState<{
    token: CreatedToken
    client: MytokenClient
    discovery: Discovery
  }>()
  const successor = useSuccessor(client?.issuer, discovery)
  const [reminders, setReminders] = useState<ReminderChoice>(NO_REMINDERS)
  const applyReminders = useApplyReminders(client)
  return (
    <div className="create-token">
      {created ? (
        <>
          <ReminderResults result={applyReminders.data} />
          <RevealToken
            created={created.token}
            client={created.client}
            discovery={created.discovery}
            onDone={onDone}
          />
          {successor.replaces && successor.momId && replacedOffer
            ? replacedOffer({ momId: successor.momId, name: successor.name })
            : null}
        </>
      ) : (
        guardForm(
          client && discovery && session ? (
            <>
              {successor.momId ? (
                <SuccessorPanel
                  name={successor.name}
                  copied={successor.copied}
                  narrowed={successor.narrowed}
                  onPayload={successor.acceptPayload}
                />
              ) : null}
              <FormWithReminders
                key={successor.formKey}
                client={client}
                discovery={discovery}
                sessionMomId={session.momId}
                initialValues={successor.initialValues}
                reminders={reminders}
                onRemindersChange={setReminders}
                onCreated={(token, mail) => {
                  const { mom_id: momId, capabilities, restrictions, rotation } = token.response
                  rememberUsageLimits(client.issuer, momId, restrictions)
                  rememberCreatedSettings(client.issuer, momId, {
                    capabilities,
                    restrictions,
                    rotation,
                    createdAt: nowSeconds(),
                  })
                  setCreated({ token, client, discovery })
                  if (momId && (mail || reminders.calendar))
                    applyReminders.mutate({ momId, mail, calendar: reminders.calendar })
                }}
              />
            </>
          ) : null,
        )
      )}
    </div>
  )
}

function FormWithReminders({
  client,
  discovery,
  sessionMomId,
  initialValues,
  reminders,
  onRemindersChange,
  onCreated,
}: {
  client: MytokenClient
  discovery: Discovery
  sessionMomId: string
  initialValues: ReturnType<typeof useSuccessor>['initialValues']
  reminders: ReminderChoice
  onRemindersChange: (next: ReminderChoice) => void
  /** `mail`: whether the expiry mail is wanted (the default resolved) */
  onCreated: (token: CreatedToken, mail: boolean) => void
}) {
  const { offered, defaultOn } = useMailDefault(client, sessionMomId)
  const remindersSettled = useReminderOptionsSettled(client, sessionMomId)
  // Read when the token is created. The mail queries answer while the form is shown: they
  // must not render the whole (memoised) form again, each time in one long task.
  const mailWanted = useRef(false)
  useEffect(() => {
    mailWanted.current = offered && (reminders.mail ?? defaultOn)
  }, [offered, defaultOn, reminders.mail])
  const created = useCallback(
    (token: CreatedToken) => onCreated(token, mailWanted.current),
    [onCreated],
  )
  const reminderOptions = useMemo(
    () => (
      <ReminderOptions
        client={client}
        sessionMomId={sessionMomId}
        value={reminders}
        onChange={onRemindersChange}
      />
    ),
    [client, sessionMomId, reminders, onRemindersChange],
  )
  return (
    <CreateTokenForm
      client={client}
      discovery={discovery}
      initialValues={initialValues}
      beforeSubmit={reminderOptions}
      beforeSubmitSettled={remindersSettled}
      onCreated={created}
    />
  )
}
