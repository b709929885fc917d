// The cells a token's row shows in both the token list and the timeline.
import { useMessages } from '@/lib/i18n/i18n'
import type { TokenEntry } from '@/lib/mytoken/api/schemas'
import type { TokenState } from '@/lib/mytoken/vocabulary/usage'
import { commonMessages } from '../messages'
import { StatusBadge } from './status-badge'
import { TimeCell } from './time-cell'

interface CellProps {
  entry: TokenEntry
  nowMs: number
}

export function StatusCell({ entry, nowMs, status }: CellProps & { status: TokenState }) {
  return (
    <td>
      <StatusBadge status={status} expiresAt={entry.expires_at} nowMs={nowMs} />
    </td>
  )
}

export function CreatedCell({ entry, nowMs }: CellProps) {
  return (
    <td>
      <TimeCell epochSeconds={entry.created} nowMs={nowMs} />
    </td>
  )
}

export function ExpiresCell({ entry, nowMs }: CellProps) {
  const t = useMessages(commonMessages)
  return (
    <td>
      {entry.expires_at ? <TimeCell epochSeconds={entry.expires_at} nowMs={nowMs} /> : t('never')}
    </td>
  )
}
