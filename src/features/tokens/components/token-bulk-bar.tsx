import { useMessages } from '@/lib/i18n/i18n'
import { listMessages } from '../messages'

/** The bar that acts on the selected tokens. */
export function TokenBulkBar({
  count,
  onRevoke,
  onClear,
}: {
  count: number
  onRevoke: () => void
  onClear: () => void
}) {
  const t = useMessages(listMessages)
  return (
    <div className="token-bulkbar">
      <span>{t('selected', { count })}</span>
      <button type="button" className="button button-danger" onClick={onRevoke}>
        {t('revokeSelected')}
      </button>
      <button type="button" className="button button-secondary" onClick={onClear}>
        {t('clearSelection')}
      </button>
    </div>
  )
}
