import { formatDateTime, formatRelative, isoDateTime } from '@/lib/i18n/format-time'
import { useLanguage } from '@/lib/i18n/i18n'

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
