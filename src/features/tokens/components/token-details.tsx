import { useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { Link } from 'react-router'
import { LoadError } from '@/components/errors/load-error'
import { Alert } from '@/components/ui/alert'
import { useMessages } from '@/lib/i18n/i18n'
import { useInstance } from '@/lib/instance/instance-provider'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import { knownUsageLimits } from '@/lib/mytoken/browser-state/known-limits'
import { successorSearch } from '@/lib/mytoken/browser-state/successor'
import { tokenState } from '@/lib/mytoken/vocabulary/usage'
import { useSession } from '@/lib/session/use-session'
import { displayableName } from '@/lib/text/isolate'
import { tokenQueries } from '../api'
import { commonMessages, detailsMessages, listMessages } from '../messages'
import { indexTokens, tokenStatus, type TokenNode } from '../model'
import { useTokenUsage } from '../usage'
import { RevokeTokensDialog, type RevokeDialogTarget } from './revoke-tokens-dialog'
import { StatusBadge } from './status-badge'
import { TimeCell } from './time-cell'
import { TokenHistory } from './token-history'
import type { TokenLinks } from './token-list'
import { KnownClientMark, SessionMark } from './token-marks'
import { UsageFacts } from './usage-cell'
import '../tokens.css'

export interface DetailsLinks extends TokenLinks {
  list: string
}

/** Everything known about one token: facts, sub-tokens, event history, revoke and renew. */
export function TokenDetails({ momId, links }: { momId: string; links: DetailsLinks }) {
  const { client } = useInstance()
  const session = useSession()
  if (!client || !session) return null
  return (
    <TokenDetailsLoaded client={client} sessionMomId={session.momId} momId={momId} links={links} />
  )
}

function TokenDetailsLoaded({
  client,
  sessionMomId,
  momId,
  links,
}: {
  client: MytokenClient
  sessionMomId: string
  momId: string
  links: DetailsLinks
}) {
  const t = useMessages(detailsMessages)
  const tl = useMessages(listMessages)
  const list = useQuery(tokenQueries.list(client, sessionMomId))
  const index = useMemo(() => indexTokens(list.data ?? []), [list.data])
  const [revoking, setRevoking] = useState<RevokeDialogTarget[] | null>(null)
  const [revoked, setRevoked] = useState(false)
  const node = index.byId.get(momId)

  let body
  if (list.isPending) {
    body = <p role="status">{tl('loading')}</p>
  } else if (list.isLoadingError) {
    body = (
      <LoadError title={tl('loadFailed')} error={list.error} onRetry={() => void list.refetch()} />
    )
  } else if (revoked) {
    body = (
      <Alert tone="success" title={t('revokedHere')}>
        <p>
          <Link to={links.list}>{t('back')}</Link>
        </p>
      </Alert>
    )
  } else if (!node) {
    body = (
      <Alert tone="warning" title={t('notFound')}>
        <p>{t('notFoundText')}</p>
        <p>
          <Link to={links.list}>{t('back')}</Link>
        </p>
      </Alert>
    )
  } else {
    body = (
      <Details
        client={client}
        node={node}
        index={index}
        isSession={momId === sessionMomId}
        links={links}
        onRevoke={() =>
          setRevoking([{ momId, name: node.entry.name, descendantCount: node.descendantCount }])
        }
      />
    )
  }

  return (
    <div className="stack">
      <p>
        <Link to={links.list}>← {t('back')}</Link>
      </p>
      {body}
      {revoking ? (
        <RevokeTokensDialog
          client={client}
          sessionMomId={sessionMomId}
          targets={revoking}
          onClose={(results) => {
            setRevoking(null)
            if (results?.some((r) => r.ok && r.target.momId === momId)) setRevoked(true)
          }}
        />
      ) : null}
    </div>
  )
}

function Details({
  client,
  node,
  index,
  isSession,
  links,
  onRevoke,
}: {
  client: MytokenClient
  node: TokenNode
  index: ReturnType<typeof indexTokens>
  isSession: boolean
  links: DetailsLinks
  onRevoke: () => void
}) {
  const t = useMessages(detailsMessages)
  const tc = useMessages(commonMessages)
  const [nowMs] = useState(() => Date.now())
  const { entry } = node
  // the list may leave out the user agent; the creation event has it (same query as below)
  const history = useQuery(tokenQueries.history(client, entry.mom_id))
  const usage = useTokenUsage(client, entry.mom_id)
  const createdWith =
    entry.user_agent || history.data?.find((e) => e.event === 'created')?.user_agent
  const name = entry.name ? displayableName(entry.name) : tc('unnamed')
  const parent = node.parentId ? index.byId.get(node.parentId) : undefined
  const children = node.childIds
    .map((id) => index.byId.get(id))
    .filter((n): n is TokenNode => n !== undefined)

  return (
    <>
      <section aria-labelledby="token-facts" className="stack">
        <h2 id="token-facts">{t('facts')}</h2>
        <dl className="facts">
          <dt>{t('name')}</dt>
          <dd>
            <span className={entry.name ? undefined : 'token-unnamed'}>{name}</span>{' '}
            {isSession ? <SessionMark /> : <KnownClientMark entry={entry} />}
          </dd>
          <dt>{t('status')}</dt>
          <dd>
            <StatusBadge
              status={tokenState(tokenStatus(entry, nowMs), usage.AT)}
              expiresAt={entry.expires_at}
              nowMs={nowMs}
            />
          </dd>
          <dt>{t('created')}</dt>
          <dd>
            <TimeCell epochSeconds={entry.created} nowMs={nowMs} />
          </dd>
          <dt>{t('createdFrom')}</dt>
          <dd className="mono">{entry.ip ?? tc('unknown')}</dd>
          <dt>{t('createdWith')}</dt>
          <dd>{createdWith || tc('unknown')}</dd>
          <dt>{t('expires')}</dt>
          <dd>
            {entry.expires_at ? (
              <TimeCell epochSeconds={entry.expires_at} nowMs={nowMs} />
            ) : (
              tc('never')
            )}
          </dd>
          <dt>{t('uses')}</dt>
          <dd>
            <UsageFacts client={client} momId={entry.mom_id} />
          </dd>
          {parent ? (
            <>
              <dt>{t('parent')}</dt>
              <dd>
                <Link to={links.details(parent.entry.mom_id)}>
                  {parent.entry.name ? displayableName(parent.entry.name) : tc('unnamed')}
                </Link>
              </dd>
            </>
          ) : null}
          <dt>{t('momId')}</dt>
          <dd className="mono">{entry.mom_id}</dd>
        </dl>
      </section>

      <section aria-labelledby="token-actions" className="stack">
        <h2 id="token-actions">{t('actions')}</h2>
        <div className="token-actions">
          <Link
            className="button"
            to={`${links.create}${successorSearch(entry, knownUsageLimits(client.issuer, entry.mom_id))}`}
          >
            {t('createLike')}
          </Link>
          {isSession ? (
            <p className="hint">{tc('sessionNote')}</p>
          ) : (
            <button type="button" className="button button-danger" onClick={onRevoke}>
              {tc('revoke')}
            </button>
          )}
        </div>
        <p className="hint">{t('createLikeHint')}</p>
      </section>

      <section aria-labelledby="token-subtokens" className="stack">
        <h2 id="token-subtokens">{t('subtokens')}</h2>
        {children.length === 0 ? (
          <p>{t('noSubtokens')}</p>
        ) : (
          <ul className="token-subtokens">
            {children.map((child) => (
              <li key={child.entry.mom_id}>
                <Link to={links.details(child.entry.mom_id)}>
                  {child.entry.name ? displayableName(child.entry.name) : tc('unnamed')}
                </Link>{' '}
                <StatusBadge
                  status={tokenStatus(child.entry, nowMs)}
                  expiresAt={child.entry.expires_at}
                  nowMs={nowMs}
                />
                {child.descendantCount > 0 ? (
                  <span className="hint">
                    {' '}
                    {child.descendantCount === 1
                      ? tc('subtokenCountOne')
                      : tc('subtokenCount', { count: child.descendantCount })}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <TokenHistory client={client} momId={entry.mom_id} />
    </>
  )
}
