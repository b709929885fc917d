import { memo, useId, useState } from 'react'
import { useErrorMessage } from '@/components/errors/error-messages'
import { formatDateTime } from '@/lib/i18n/format-time'
import { useLanguage, useMessages } from '@/lib/i18n/i18n'
import { CapabilityList } from '../components/decoded-token'
import { sweepMessages } from './messages'
import { ownerHint, type SweepRow, type TokenFacts } from './sweep-rows'

interface Props {
  row: SweepRow
  onCheck: (ids: readonly number[]) => void
  onRevoke: (ids: readonly number[], recursive: boolean) => void
}

/**
 * One candidate: where it was found, what it is, its state at the server, its revocation.
 * Memoised: an answer for one row renders that row only.
 */
export const SweepRowView = memo(function SweepRowView({
  row,
  onCheck: checkRows,
  onRevoke: revokeRows,
}: Props) {
  const t = useMessages(sweepMessages)
  const onCheck = () => checkRows([row.id])
  const onRevoke = () => revokeRows([row.id], false)
  const { candidate, check } = row
  const facts = check.status === 'valid' ? check.facts : undefined
  const payload = candidate.kind === 'jwt' ? candidate.payload : undefined
  const capabilities = facts?.capabilities ?? payload?.capabilities
  const [first, ...more] = candidate.found
  return (
    <tr>
      <th scope="row">
        <span>{t('line', { line: first!.line })}</span>
        <code className="sweep-excerpt">{first!.excerpt}</code>
        {more.length > 0 ? (
          <span className="hint">
            {t('alsoLines', { lines: more.map((at) => at.line).join(', ') })}
          </span>
        ) : null}
      </th>
      <td>{t(`kind.${candidate.kind}`)}</td>
      <td>{(facts?.name ?? payload?.name) || (facts || payload ? t('unnamed') : '')}</td>
      <td>{facts?.ownerHint ?? (payload ? ownerHint(payload) : undefined) ?? ''}</td>
      <td>{capabilities ? <CapabilityList capabilities={capabilities} /> : null}</td>
      <td>
        {candidate.kind === 'jwt' ? (
          <CheckCell row={row} onCheck={onCheck} />
        ) : (
          <span className="stack-small">
            <CheckCell row={row} onCheck={onCheck} />
            <SendBox row={row} onSend={onCheck} />
          </span>
        )}
      </td>
      <td>
        <Expiry exp={facts ? facts.exp : payload?.exp} known={Boolean(facts || payload)} />
      </td>
      <td>{facts ? <UsesLeft facts={facts} /> : null}</td>
      <td>
        <RevokeCell row={row} onRevoke={onRevoke} />
      </td>
    </tr>
  )
})

function Expiry({ exp, known }: { exp: number | undefined; known: boolean }) {
  const t = useMessages(sweepMessages)
  const { language } = useLanguage()
  if (!known) return null
  return <>{exp === undefined ? t('never') : formatDateTime(exp * 1000, language)}</>
}

function UsesLeft({ facts }: { facts: TokenFacts }) {
  const t = useMessages(sweepMessages)
  if (!facts.usesLeft) return <>{t('unknown')}</>
  const text = (left: number | undefined) => (left === undefined ? t('unlimited') : left)
  return <>{t('usesLeft', { AT: text(facts.usesLeft.AT), other: text(facts.usesLeft.other) })}</>
}

function CheckCell({ row, onCheck }: { row: SweepRow; onCheck: () => void }) {
  const t = useMessages(sweepMessages)
  const describe = useErrorMessage()
  const { check, candidate, instance } = row
  const instanceName = instance?.name ?? ''
  switch (check.status) {
    case 'other-instance':
      return (
        <span>
          <Mark symbol="–" />
          {t('state.other-instance', {
            issuer: candidate.kind === 'jwt' ? candidate.payload.iss : '',
          })}
        </span>
      )
    case 'not-ticked':
      return <span>{t('state.not-ticked')}</span>
    case 'unsupported':
      return (
        <span>
          <Mark symbol="–" />
          {t('state.unsupported', { instance: instanceName })}
        </span>
      )
    case 'checking':
      return <span>{t('state.checking')}</span>
    case 'valid':
      return (
        <span className="sweep-valid">
          <Mark symbol="!" />
          {check.facts.redeemed ? t('state.validRedeemed') : t('state.valid')}
        </span>
      )
    case 'invalid':
      return (
        <span>
          <Mark symbol="✓" />
          {candidate.kind === 'transfer-code' ? t('state.invalidCode') : t('state.invalid')}
        </span>
      )
    case 'failed':
      return (
        <FailedWithRetry
          text={t('state.failed', { reason: describe(check.error) })}
          retry={t('retryCheck')}
          onRetry={onCheck}
        />
      )
  }
}

/**
 * The user's consent to send a shape-only candidate (perhaps another service's secret). Once
 * sent it stays ticked (and focusable: `aria-disabled`, not `disabled`).
 */
function SendBox({ row, onSend }: { row: SweepRow; onSend: () => void }) {
  const t = useMessages(sweepMessages)
  const id = useId()
  // ticked at once: the row's new state reaches the table with the next batch of answers
  const [ticked, setTicked] = useState(false)
  const sent = ticked || row.check.status !== 'not-ticked'
  const label = row.candidate.kind === 'transfer-code' ? 'redeemAt' : 'sendTo'
  return (
    <span className="checkbox-field">
      <input
        id={id}
        type="checkbox"
        checked={sent}
        aria-disabled={sent}
        onChange={() => {
          if (sent) return
          setTicked(true)
          onSend()
        }}
      />
      <label htmlFor={id}>{t(label, { instance: row.instance?.name ?? '' })}</label>
    </span>
  )
}

function RevokeCell({ row, onRevoke }: { row: SweepRow; onRevoke: () => void }) {
  const t = useMessages(sweepMessages)
  const { language } = useLanguage()
  const describe = useErrorMessage()
  const { revoke } = row
  switch (revoke.status) {
    case 'none':
      return null
    case 'revoking':
      return <span>{t('revoking')}</span>
    case 'revoked':
      return (
        <span>
          <Mark symbol="✓" />
          {t('revoked', { time: formatDateTime(revoke.at, language) })}
        </span>
      )
    case 'failed':
      return (
        <FailedWithRetry
          text={t('revokeFailed', { reason: describe(revoke.error) })}
          retry={t('retryRevoke')}
          onRetry={onRevoke}
        />
      )
  }
}

function FailedWithRetry({
  text,
  retry,
  onRetry,
}: {
  text: string
  retry: string
  onRetry: () => void
}) {
  return (
    <span className="stack-small">
      <span>
        <Mark symbol="✕" />
        {text}
      </span>
      <button type="button" className="button button-small" onClick={onRetry}>
        {retry}
      </button>
    </span>
  )
}

/** The state's symbol: the words next to it say the same (no colour-only status). */
function Mark({ symbol }: { symbol: string }) {
  return (
    <span className="sweep-mark" aria-hidden="true">
      {symbol}{' '}
    </span>
  )
}
