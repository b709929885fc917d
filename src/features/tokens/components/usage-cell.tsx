import '../usage.css'
import { useMessages } from '@/lib/i18n/i18n'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import type { UsageSummary } from '@/lib/mytoken/vocabulary/usage'
import { useSettled, useTokenUsage } from '../usage'
import { usageMessages } from '../usage-messages'
import { useTableScrolling } from './virtual-table'

const stateIcons = { 'used-up': '✕', low: '◐' } as const

/** "3 of 100 used (97 left)" and a worded state when nearly or fully used. */
export function UsageLine({ summary }: { summary: UsageSummary }) {
  const t = useMessages(usageMessages)
  const { used, limit, left, state } = summary
  if (limit === undefined) {
    return <span>{used === 0 ? t('noUses') : t('used', { used })}</span>
  }
  return (
    <span className={`token-usage token-usage-${state}`}>
      <span className="token-usage-main">{t('usedOf', { used, limit })}</span>{' '}
      <span className="token-usage-left">{t('leftOf', { left: left ?? 0 })}</span>
      {state === 'used-up' || state === 'low' ? (
        <span className="token-usage-state">
          {' '}
          <span aria-hidden="true">{stateIcons[state]} </span>
          {t(state === 'low' ? 'low' : 'usedUp')}
        </span>
      ) : null}
    </span>
  )
}

/**
 * The list's "uses" cell. It asks the server only once its row has been on screen for a moment
 * while the list rests (each pause in scrolling starts the wait anew), so the first paint of a
 * long list and scrolling through it, however slowly the browser keeps up, cost no history
 * requests; the rows where the user stops then ask.
 */
export function UsageCell({ client, momId }: { client: MytokenClient; momId: string }) {
  const scrolling = useTableScrolling()
  return (
    <UsageCellContent
      key={scrolling ? 'scrolling' : 'at rest'}
      client={client}
      momId={momId}
      mayAsk={!scrolling}
    />
  )
}

function UsageCellContent({
  client,
  momId,
  mayAsk,
}: {
  client: MytokenClient
  momId: string
  mayAsk: boolean
}) {
  const t = useMessages(usageMessages)
  const settled = useSettled(300)
  const usage = useTokenUsage(client, momId, { enabled: mayAsk && settled })
  if (usage.status === 'error') return <span className="hint">{t('failed')}</span>
  if (usage.status === 'pending' || !usage.AT) {
    return (
      <span className="hint" aria-busy="true">
        {t('loading')}
      </span>
    )
  }
  const showOther = usage.other && usage.other.limit !== undefined
  return (
    <span className="token-usage-cell">
      <UsageLine summary={usage.AT} />
      {showOther && usage.other ? (
        <span className="token-usage-other">
          {t('kindOther')}: <UsageLine summary={usage.other} />
        </span>
      ) : null}
    </span>
  )
}

/** The details page: both kinds, with where the numbers come from. */
export function UsageFacts({ client, momId }: { client: MytokenClient; momId: string }) {
  const t = useMessages(usageMessages)
  const usage = useTokenUsage(client, momId)
  if (usage.status === 'error') return <>{t('failed')}</>
  if (usage.status === 'pending' || !usage.AT || !usage.other) return <>{t('loading')}</>
  const limitUnknown = usage.AT.limit === undefined && usage.other.limit === undefined
  return (
    <div className="stack-tight" data-testid="token-usage">
      <div>
        {t('kindAT')}: <UsageLine summary={usage.AT} />
      </div>
      <div>
        {t('kindOther')}: <UsageLine summary={usage.other} />
      </div>
      <p className="hint">
        {limitUnknown ? `${t('noLimitKnown')}. ` : ''}
        {t('countedFrom')}
      </p>
    </div>
  )
}
