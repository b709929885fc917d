import '../tokens.css'
import './review.css'
import { useQuery } from '@tanstack/react-query'
import { memo, useCallback, useMemo, useState } from 'react'
import { Link } from 'react-router'
import { LoadError } from '@/components/errors/load-error'
import { Alert } from '@/components/ui/alert'
import { formatDateTime, formatRelative } from '@/lib/i18n/format-time'
import { useLanguage, useMessages, type Language, type Translate } from '@/lib/i18n/i18n'
import { useInstance } from '@/lib/instance/instance-provider'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import { browserId, sessionTokenName } from '@/lib/mytoken/browser-state/browser-sessions'
import { knownUsageLimits, knownUsageLimitsReader } from '@/lib/mytoken/browser-state/known-limits'
import { narrowerSearch } from '@/lib/mytoken/browser-state/narrower'
import { createdSettings } from '@/lib/mytoken/browser-state/successor'
import {
  capabilityRisk,
  describeCapability,
  describeRisk,
  type CapabilityRisk,
} from '@/lib/mytoken/vocabulary/capabilities'
import { userTokens } from '@/lib/mytoken/vocabulary/token-tree'
import { useSession } from '@/lib/session/use-session'
import { displayableName } from '@/lib/text/isolate'
import { useNow } from '@/lib/use-now'
import { tokenQueries } from '../api'
import { RevokeTokensDialog, type RevokeDialogTarget } from '../components/revoke-tokens-dialog'
import { commonMessages } from '../messages'
import { ancestorsOf, indexTokens, type TokenIndex } from '../model'
import {
  canReplace,
  narrowingsFor,
  needsHistory,
  reviewTokens,
  type Finding,
  type ReviewedToken,
  type ReviewInput,
} from './findings'
import { reviewMessages } from './messages'
import { useReviewHistories } from './use-review-histories'

export interface ReviewLinks {
  details: (momId: string) => string
  create: string
}

/** How many tokens the view shows at first and adds per "Show more". */
const PAGE = 50

/** "Review": the user's tokens that deserve attention, most urgent first, each with its fix. */
export function TokenReview({ links }: { links: ReviewLinks }) {
  const { client } = useInstance()
  const session = useSession()
  if (!client || !session) return null
  return <ReviewLoaded client={client} sessionMomId={session.momId} links={links} />
}

/** What the list, this tab and this browser know of each of the user's tokens. */
function useReviewInputs(client: MytokenClient, sessionMomId: string) {
  const list = useQuery(tokenQueries.list(client, sessionMomId))
  const index = useMemo(() => indexTokens(list.data ?? []), [list.data])
  const inputs = useMemo(() => {
    const limitsOf = knownUsageLimitsReader(client.issuer)
    return userTokens(list.data, sessionMomId).map(({ entry }): ReviewInput => ({
      entry,
      hasSubtokens: (index.byId.get(entry.mom_id)?.childIds.length ?? 0) > 0,
      settings: createdSettings(client.issuer, entry.mom_id),
      limits: limitsOf(entry.mom_id),
    }))
  }, [list.data, index, sessionMomId, client.issuer])
  return { list, index, inputs }
}

export function ReviewLoaded({
  client,
  sessionMomId,
  links,
}: {
  client: MytokenClient
  sessionMomId: string
  links: ReviewLinks
}) {
  const t = useMessages(reviewMessages)
  const nowMs = useNow(60_000)
  const { list, index, inputs } = useReviewInputs(client, sessionMomId)
  const historyIds = useMemo(
    () => inputs.filter((input) => needsHistory(input, nowMs)).map((input) => input.entry.mom_id),
    [inputs, nowMs],
  )
  const histories = useReviewHistories(client, sessionMomId, historyIds)
  const [thisBrowserSessionName] = useState(() => sessionTokenName(browserId()))
  const reviewed = useMemo(() => {
    const events = histories.query.data
    return reviewTokens(
      inputs.map((input) => ({ ...input, events: events?.get(input.entry.mom_id) })),
      { nowMs, thisBrowserSessionName, thisBrowserUserAgent: navigator.userAgent },
    )
  }, [inputs, histories.query.data, nowMs, thisBrowserSessionName])
  const [shown, setShown] = useState(PAGE)
  const [revoking, setRevoking] = useState<RevokeDialogTarget[] | null>(null)
  const onRevoke = useCallback(
    (entry: ReviewedToken['entry']) => setRevoking([revokeTarget(index, entry.mom_id, entry.name)]),
    [index],
  )

  if (list.isPending) return <p role="status">{t('loading')}</p>
  if (list.isLoadingError)
    return (
      <LoadError title={t('loadFailed')} error={list.error} onRetry={() => void list.refetch()} />
    )
  const rest = reviewed.length - shown
  return (
    <div className="stack token-review">
      <HistoryProgress histories={histories} />
      <p>
        {reviewed.length === 0
          ? t('none')
          : reviewed.length === 1
            ? t('countOne')
            : t('count', { count: reviewed.length })}
      </p>
      <ol className="review-list">
        {reviewed.slice(0, shown).map((token) => (
          <ReviewCard
            key={token.entry.mom_id}
            token={token}
            nowMs={nowMs}
            links={links}
            issuer={client.issuer}
            onRevoke={onRevoke}
          />
        ))}
      </ol>
      {rest > 0 ? (
        <div>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setShown((n) => n + PAGE)}
          >
            {t('showMore', { count: Math.min(PAGE, rest) })}
          </button>
        </div>
      ) : null}
      {revoking ? (
        <RevokeTokensDialog
          client={client}
          sessionMomId={sessionMomId}
          targets={revoking}
          onClose={() => setRevoking(null)}
        />
      ) : null}
    </div>
  )
}

function revokeTarget(index: TokenIndex, momId: string, name: string): RevokeDialogTarget {
  return {
    momId,
    name,
    ancestorIds: ancestorsOf(index, momId),
    descendantCount: index.byId.get(momId)?.descendantCount ?? 0,
  }
}

function HistoryProgress({ histories }: { histories: ReturnType<typeof useReviewHistories> }) {
  const t = useMessages(reviewMessages)
  const { query, done, total } = histories
  if (total === 0) return null
  if (query.isError && !query.data)
    return (
      <Alert
        tone="warning"
        title={t('readFailed')}
        actions={
          <button type="button" className="button" onClick={() => void query.refetch()}>
            {t('retry')}
          </button>
        }
      />
    )
  return (
    <p role="status" className="hint">
      {query.data && !query.isFetching
        ? t('readDone', { total: query.data.size })
        : t('reading', { done, total })}
    </p>
  )
}

// the cards stay as they are while the histories' progress updates the view around them
const ReviewCard = memo(function ReviewCard({
  token,
  nowMs,
  links,
  issuer,
  onRevoke,
}: {
  token: ReviewedToken
  nowMs: number
  links: ReviewLinks
  issuer: string
  onRevoke: (entry: ReviewedToken['entry']) => void
}) {
  const t = useMessages(reviewMessages)
  const tc = useMessages(commonMessages)
  const { language } = useLanguage()
  const { entry, findings } = token
  const name = entry.name ? displayableName(entry.name) : tc('unnamed')
  const headingId = `review-${entry.mom_id.replace(/[^A-Za-z0-9_-]/g, '_')}`
  const narrow = narrowingsFor(findings)
  const replaceLink = `${links.create}${narrowerSearch(entry, knownUsageLimits(issuer, entry.mom_id), narrow)}`
  return (
    <li className="card review-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="review-name">
        <Link to={links.details(entry.mom_id)}>{name}</Link>
      </h2>
      <p className="hint">
        {t('created', { when: formatDateTime(entry.created * 1000, language) })} ·{' '}
        {entry.expires_at
          ? t('expires', { when: formatRelative(entry.expires_at * 1000, language, nowMs) })
          : t('neverExpires')}
      </p>
      <ul className="review-findings" aria-label={t('findings', { name })}>
        {findings.map((finding) => (
          <FindingItem key={finding.kind} finding={finding} language={language} nowMs={nowMs} />
        ))}
      </ul>
      <div className="button-row">
        <button
          type="button"
          className="button button-danger"
          aria-label={t('revokeNamed', { name })}
          onClick={() => onRevoke(entry)}
        >
          {t('revoke')}
        </button>
        {canReplace(findings) ? (
          <Link
            className="button"
            to={replaceLink}
            aria-label={t(narrow.length > 0 ? 'replaceNamed' : 'successorNamed', { name })}
          >
            {t(narrow.length > 0 ? 'replace' : 'successor')}
          </Link>
        ) : null}
      </div>
    </li>
  )
})

const RISK_ORDER: CapabilityRisk[] = ['normal', 'powerful', 'veryPowerful']

function highestRisk(capabilities: readonly string[]): CapabilityRisk {
  return capabilities
    .map((c) => capabilityRisk(c) ?? 'normal')
    .reduce((a, b) => (RISK_ORDER.indexOf(b) > RISK_ORDER.indexOf(a) ? b : a), 'normal')
}

/** One finding: what it is (with the risk level where a capability is the reason) and why it matters. */
function FindingItem({
  finding,
  language,
  nowMs,
}: {
  finding: Finding
  language: Language
  nowMs: number
}) {
  const t = useMessages(reviewMessages)
  const { title, why, risk } = describeFinding(finding, language, nowMs, t)
  return (
    <li className={`review-finding review-finding-${finding.kind}`}>
      <strong>{title}</strong>
      {risk ? (
        <span className="review-risk"> ({t('risk', { risk: describeRisk(risk, language) })})</span>
      ) : null}
      <br />
      <span>{why}</span>
    </li>
  )
}

function describeFinding(
  finding: Finding,
  language: Language,
  nowMs: number,
  t: Translate<(typeof reviewMessages)['en']>,
): { title: string; why: string; risk?: CapabilityRisk } {
  switch (finding.kind) {
    case 'managesAccount': {
      const what = finding.capabilities.map((c) => describeCapability(c, language)).join('; ')
      const why = t('managesAccount.why', { what })
      return {
        title: t('managesAccount.title'),
        why: finding.from === 'history' ? `${why} ${t('managesAccount.history')}` : why,
        risk: highestRisk(finding.capabilities),
      }
    }
    case 'createsTokens': {
      const why = t('createsTokens.why')
      const evidence =
        finding.from === 'subtokens'
          ? t('createsTokens.subtokens')
          : finding.from === 'history'
            ? t('createsTokens.history')
            : ''
      return {
        title: t('createsTokens.title'),
        why: evidence ? `${why} ${evidence}` : why,
        risk: capabilityRisk('create_mytoken'),
      }
    }
    case 'unlimitedAccessTokens':
      return {
        title: t('unlimitedAccessTokens.title'),
        why: t(`unlimitedAccessTokens.${finding.from}`),
      }
    case 'neverExpires':
      return { title: t('neverExpires.title'), why: t('neverExpires.why') }
    case 'rotationOff':
      return {
        title: t('rotationOff.title', { places: finding.places }),
        why: t('rotationOff.why', { places: finding.places }),
      }
    case 'otherSession':
      return {
        title: t(`otherSession.${finding.of}.title`),
        why: t(`otherSession.${finding.of}.why`),
      }
    case 'unfamiliarClient': {
      const program = displayableName(finding.program)
      return {
        title: finding.ip
          ? t('unfamiliarClient.titleAt', { program, ip: displayableName(finding.ip) })
          : t('unfamiliarClient.title', { program }),
        why: t('unfamiliarClient.why'),
      }
    }
    case 'idle':
      return { title: t('idle.title', { days: finding.days }), why: t('idle.why') }
    case 'usesRunningOut':
      return {
        title:
          finding.left === 1
            ? t('usesRunningOut.titleOne')
            : t('usesRunningOut.title', { left: finding.left }),
        why: t('usesRunningOut.why'),
      }
    case 'expiresSoon':
      return {
        title: t('expiresSoon.title', {
          when: formatRelative(finding.expiresAt * 1000, language, nowMs),
        }),
        why: t('expiresSoon.why'),
      }
  }
}
