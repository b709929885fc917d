import { useLanguage, useMessages } from '@/lib/i18n/i18n'
import { formatDateTime, formatRelative, isoDateTime } from '@/lib/i18n/format-time'
import { commonMessages } from '../messages'
import type { TokenStatus } from '../model'
import { knownClientOf } from '@/lib/mytoken/known-clients'
import type { TokenEntry } from '@/lib/mytoken/schemas'

const statusIcons: Record<TokenStatus, string> = { active: '●', expiring: '◐', expired: '✕' }

/**
 * Status in words and an icon, with colour only as a third cue. An expiring token says when
 * ("Expires in 2 days") instead of a bare "Expiring soon".
 */
export function StatusBadge({
  status,
  expiresAt,
  nowMs,
}: {
  status: TokenStatus
  /** epoch seconds; with `nowMs`, an expiring badge names the time left */
  expiresAt?: number | undefined
  nowMs?: number
}) {
  const t = useMessages(commonMessages)
  const { language } = useLanguage()
  const label =
    status === 'expiring' && expiresAt !== undefined && nowMs !== undefined
      ? t('expiresRelative', { when: formatRelative(expiresAt * 1000, language, nowMs) })
      : t(status)
  return (
    <span className={`token-status token-status-${status}`}>
      <span aria-hidden="true">{statusIcons[status]}</span> {label}
    </span>
  )
}

/** "3 days ago" with the absolute time and zone underneath. `epochSeconds` as the API sends it. */
export function TimeCell({ epochSeconds, nowMs }: { epochSeconds: number; nowMs: number }) {
  const { language } = useLanguage()
  const ms = epochSeconds * 1000
  const absolute = formatDateTime(ms, language)
  return (
    <span className="token-time">
      <time dateTime={isoDateTime(ms)}>{formatRelative(ms, language, nowMs)}</time>
      <span className="token-time-absolute">{absolute}</span>
    </span>
  )
}

export function SessionMark() {
  const t = useMessages(commonMessages)
  return (
    <span className="token-session-mark">
      <span aria-hidden="true">★</span> {t('session')}
    </span>
  )
}

/** Says which other known client a token belongs to (the built-in web interface, the CLI). */
export function KnownClientMark({ entry }: { entry: TokenEntry }) {
  const t = useMessages(commonMessages)
  const client = knownClientOf(entry)
  if (!client) return null
  return <span className="token-client-mark">{t(`client.${client}`)}</span>
}
