import { formatRelative } from '@/lib/i18n/format-time'
import { useLanguage, useMessages } from '@/lib/i18n/i18n'
import type { TokenState } from '@/lib/mytoken/vocabulary/usage'
import { commonMessages } from '../messages'

const statusIcons: Record<TokenState, string> = {
  active: '●',
  expiring: '◐',
  expired: '✕',
  'used-up': '✕',
}

/**
 * Status in words and an icon, with colour only as a third cue. An expiring token says when
 * ("Expires in 2 days") instead of a bare "Expiring soon".
 */
export function StatusBadge({
  status,
  expiresAt,
  nowMs,
}: {
  status: TokenState
  /** epoch seconds; with `nowMs`, an expiring badge names the time left */
  expiresAt?: number | undefined
  nowMs?: number
}) {
  const t = useMessages(commonMessages)
  const { language } = useLanguage()
  const label =
    status === 'expiring' && expiresAt !== undefined && nowMs !== undefined
      ? t('expiresRelative', { when: formatRelative(expiresAt * 1000, language, nowMs) })
      : t(status === 'used-up' ? 'usedUp' : status)
  return (
    <span className={`token-status token-status-${status}`}>
      <span aria-hidden="true">{statusIcons[status]}</span> {label}
    </span>
  )
}
