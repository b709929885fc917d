import { Dialog } from '@/components/ui/dialog'
import { useMessages } from '@/lib/i18n/i18n'
import type { CalendarChange } from '../api'
import { calendarMessages } from '../messages'

/** A change that needs the user's yes first, with the names to show. */
export type RiskyChange =
  | { kind: 'delete'; name: string }
  | (Extract<CalendarChange, { kind: 'remove' }> & { tokenName: string })

/** Says what deleting a calendar or removing a token does to its subscribers, before it happens. */
export function ConfirmChange({
  change,
  onConfirm,
  onClose,
}: {
  change: RiskyChange | undefined
  onConfirm: (change: RiskyChange) => void
  onClose: () => void
}) {
  const t = useMessages(calendarMessages)
  const remove = change?.kind === 'remove' ? change : undefined
  const title = !change
    ? ''
    : remove
      ? t('removeTitle', { token: remove.tokenName, name: remove.name })
      : t('deleteTitle', { name: change.name })
  return (
    <Dialog open={change !== undefined} title={title} onClose={onClose}>
      <form
        className="stack"
        onSubmit={(event) => {
          event.preventDefault()
          if (change) onConfirm(change)
          onClose()
        }}
      >
        {remove ? (
          <>
            <p>{t('removeWhat')}</p>
            <p>{t('removeKeep')}</p>
          </>
        ) : (
          <p>{t('deleteWhat')}</p>
        )}
        <div className="button-row">
          <button type="submit" className="button button-danger">
            {remove ? t('removeConfirm') : t('deleteConfirm')}
          </button>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
