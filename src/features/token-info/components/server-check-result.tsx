import { useState } from 'react'
import { useErrorMessage } from '@/components/errors/error-messages'
import { Alert } from '@/components/ui/alert'
import { formatDateTime, isoDateTime } from '@/lib/i18n/format-time'
import { useLanguage, useMessages } from '@/lib/i18n/i18n'
import type { TokenTree } from '@/lib/mytoken/api/schemas'
import { describeEvent } from '@/lib/mytoken/vocabulary/events'
import { withUsageCounts } from '@/lib/mytoken/vocabulary/restrictions'
import { displayableName } from '@/lib/text/isolate'
import type { ServerCheck } from '../api'
import { tokenInfoMessages } from '../messages'
import { CapabilityList, RestrictionList } from './decoded-token'

function SubtokenTree({ nodes }: { nodes: TokenTree[] }) {
  const t = useMessages(tokenInfoMessages)
  const { language } = useLanguage()
  return (
    <ul>
      {nodes.map((node) => (
        <li key={node.token.mom_id}>
          {t('subtokenEntry', {
            name: node.token.name ? displayableName(node.token.name) : t('unnamed'),
            created: formatDateTime(node.token.created * 1000, language),
          })}
          {node.children?.length ? <SubtokenTree nodes={node.children} /> : null}
        </li>
      ))}
    </ul>
  )
}

/** What the server said about the pasted token: validity, restrictions, history, sub-tokens. */
export function ServerCheckResult({
  result,
  isShortToken,
  onAllowRotation,
}: {
  result: ServerCheck
  isShortToken: boolean
  onAllowRotation: () => void
}) {
  const t = useMessages(tokenInfoMessages)
  const { language } = useLanguage()
  const describe = useErrorMessage()
  const [now] = useState(() => Date.now())
  const { introspection, history, subtokens } = result
  return (
    <div className="stack">
      {introspection.status === 'ok' ? (
        <>
          <Alert tone="success" title={t('validTitle')} />
          {isShortToken ? (
            <>
              <h3>{t('capabilitiesHeading')}</h3>
              <p>
                {t('name')}:{' '}
                {introspection.data.token.name
                  ? displayableName(introspection.data.token.name)
                  : t('unnamed')}
              </p>
              <CapabilityList capabilities={introspection.data.token.capabilities ?? []} />
            </>
          ) : null}
          <h3>{t('usageHeading')}</h3>
          <RestrictionList
            restrictions={introspection.data.token.restrictions?.map(withUsageCounts)}
            now={now}
            headingLevel={4}
          />
        </>
      ) : (
        <Alert tone="success" title={t('validNoIntrospect')} />
      )}
      {history.status === 'skipped' || subtokens.status === 'skipped' ? (
        <Alert
          tone="info"
          title={t('skippedTitle')}
          actions={
            <button type="button" className="button" onClick={onAllowRotation}>
              {t('askAnyway')}
            </button>
          }
        >
          <p>{t('skippedText')}</p>
        </Alert>
      ) : null}
      <h3>{t('historyHeading')}</h3>
      {history.status === 'skipped' ? (
        <p>{t('notAsked')}</p>
      ) : history.status === 'denied' ? (
        <p>{t('historyDenied')}</p>
      ) : history.status === 'error' ? (
        <p>{t('sectionFailed', { detail: describe(history.error) })}</p>
      ) : history.data.length === 0 ? (
        <p>{t('historyEmpty')}</p>
      ) : (
        <ul className="events">
          {history.data.map((event, i) => (
            <li key={i}>
              <time dateTime={isoDateTime(event.time * 1000)}>
                {formatDateTime(event.time * 1000, language)}
              </time>
              :{' '}
              {t('historyEvent', {
                event: describeEvent(event.event, language),
                ip: event.ip ?? '?',
              })}
              {event.comment ? ` (${event.comment})` : ''}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('subtokensHeading')}</h3>
      {subtokens.status === 'skipped' ? (
        <p>{t('notAsked')}</p>
      ) : subtokens.status === 'denied' ? (
        <p>{t('subtokensDenied')}</p>
      ) : subtokens.status === 'error' ? (
        <p>{t('sectionFailed', { detail: describe(subtokens.error) })}</p>
      ) : subtokens.data.children?.length ? (
        <SubtokenTree nodes={subtokens.data.children} />
      ) : (
        <p>{t('subtokensNone')}</p>
      )}
    </div>
  )
}
