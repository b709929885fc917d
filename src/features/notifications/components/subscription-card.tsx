import { useErrorMessage } from '@/components/errors/error-messages'
import { Alert } from '@/components/ui/alert'
import { useMessages } from '@/lib/i18n/i18n'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import type { NotificationInfo } from '@/lib/mytoken/api/schemas'
import { normalizeClasses } from '@/lib/mytoken/vocabulary/notification-classes'
import { useChangeClasses, useUnsubscribe } from '../api'
import { subscriptionMessages } from '../messages'
import { ClassPicker, useClassChoice } from './class-picker'

export type TokenNames = ReadonlyMap<string, string>

/** One mail subscription: what it is for, its reasons (editable) and "Unsubscribe". */
export function SubscriptionCard({
  client,
  notification,
  tokenNames,
  onUnsubscribed,
}: {
  client: MytokenClient
  notification: NotificationInfo
  tokenNames: TokenNames
  onUnsubscribed?: () => void
}) {
  const t = useMessages(subscriptionMessages)
  const describe = useErrorMessage()
  const saved = notification.notification_classes ?? []
  const choice = useClassChoice(saved)
  const change = useChangeClasses(client)
  const unsubscribe = useUnsubscribe(client)
  const target = notification.user_wide
    ? t('allTokens')
    : (notification.subscribed_tokens ?? [])
        .map(
          (id) => tokenNames.get(id) || (tokenNames.size > 0 ? t('unknownToken') : t('yourToken')),
        )
        .join(', ') || t('unknownToken')
  const dirty =
    normalizeClasses(choice.classes).sort().join() !== normalizeClasses(saved).sort().join()

  return (
    <article className="subscription-card stack" aria-label={`${t('forTokens')}: ${target}`}>
      <p>
        <strong>{t('forTokens')}:</strong> {target}
      </p>
      <ClassPicker {...choice.pickerProps} />
      <div className="token-actions">
        <button
          type="button"
          className="button"
          disabled={!dirty || change.isPending}
          onClick={() => {
            const classes = choice.chosen()
            if (classes) change.mutate({ managementCode: notification.management_code, classes })
          }}
        >
          {t('saveClasses')}
        </button>
        <button
          type="button"
          className="button button-danger"
          aria-label={t('unsubscribeNamed', { target })}
          disabled={unsubscribe.isPending}
          onClick={() =>
            unsubscribe.mutate(notification.management_code, { onSuccess: onUnsubscribed })
          }
        >
          {t('unsubscribe')}
        </button>
      </div>
      {change.isSuccess && !dirty ? <p role="status">{t('classesSaved')}</p> : null}
      {change.isError || unsubscribe.isError ? (
        <Alert tone="error" title={t('failed')}>
          <p>{describe(change.error ?? unsubscribe.error)}</p>
        </Alert>
      ) : null}
    </article>
  )
}
