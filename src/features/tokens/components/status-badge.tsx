import { formatRelative } from '@/lib/i18n/format-time'
import { useLanguage, useMessages } from '@/lib/i18n/i18n'
import { commonMessages } from '../messages'
import type { TokenStatus } from '../model'

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
