import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { LoadError } from '@/components/errors/load-error'
import { formatDateTime } from '@/lib/i18n/format-time'
import { useLanguage, useMessages } from '@/lib/i18n/i18n'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import { describeEvent } from '@/lib/mytoken/vocabulary/events'
import { tokenQueries } from '../api'
import { commonMessages, detailsMessages } from '../messages'
import { markFirstSeen } from '../model'

/** A token's event history; events from a new IP address or user agent are marked. */
export function TokenHistory({ client, momId }: { client: MytokenClient; momId: string }) {
  const t = useMessages(detailsMessages)
  const tc = useMessages(commonMessages)
  const { language } = useLanguage()
  const history = useQuery(tokenQueries.history(client, momId))
  const events = useMemo(
    () => markFirstSeen((history.data ?? []).filter((e) => !e.mom_id || e.mom_id === momId)),
    [history.data, momId],
  )

  return (
    <section aria-labelledby="token-history" className="stack">
      <h2 id="token-history">{t('history')}</h2>
      {history.isPending ? (
        <p role="status">{t('historyLoading')}</p>
      ) : history.isLoadingError ? (
        <LoadError
          title={t('historyFailed')}
          error={history.error}
          onRetry={() => void history.refetch()}
        />
      ) : events.length === 0 ? (
        <p>{t('noEvents')}</p>
      ) : (
        <>
          <p className="hint">{t('highlightNote')}</p>
          <div className="token-history-wrap">
            <table className="data-table token-table token-history">
              <thead>
                <tr>
                  <th scope="col">{t('colEvent')}</th>
                  <th scope="col">{t('colTime')}</th>
                  <th scope="col">{t('colIp')}</th>
                  <th scope="col">{t('colAgent')}</th>
                  <th scope="col">{t('colComment')}</th>
                </tr>
              </thead>
              <tbody>
                {events.map((event, i) => (
                  <tr
                    key={`${event.time}-${i}`}
                    className={event.newIp || event.newUserAgent ? 'token-event-new' : undefined}
                  >
                    <th scope="row">{describeEvent(event.event, language)}</th>
                    <td>{formatDateTime(event.time * 1000, language)}</td>
                    <td className="mono">
                      {event.ip ?? tc('unknown')}
                      {event.newIp ? (
                        <span className="token-flag">
                          <span aria-hidden="true">⚠ </span>
                          {t('firstIp', { ip: event.ip ?? '' })}
                        </span>
                      ) : null}
                    </td>
                    <td className="token-agent">
                      {event.user_agent || tc('unknown')}
                      {event.newUserAgent ? (
                        <span className="token-flag">
                          <span aria-hidden="true">⚠ </span>
                          {t('firstAgent')}
                        </span>
                      ) : null}
                    </td>
                    <td>{event.comment || tc('unknown')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  )
}
