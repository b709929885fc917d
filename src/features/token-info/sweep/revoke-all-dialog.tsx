import { useMessages } from '@/lib/i18n/i18n'
import { RevokeDialog } from '../components/revoke-dialog'
import { sweepMessages } from './messages'

/** Names how many tokens "Revoke all valid ones" revokes before it does. */
export function RevokeAllDialog({
  open,
  count,
  onConfirm,
  onClose,
}: {
  open: boolean
  count: number
  onConfirm: (recursive: boolean) => void
  onClose: () => void
}) {
  const t = useMessages(sweepMessages)
  return (
    <RevokeDialog
      open={open}
      title={count === 1 ? t('dialogTitleOne') : t('dialogTitle', { count })}
      confirmLabel={t('dialogConfirm', { count })}
      recursiveLabel={t('dialogRecursive')}
      recursiveHint={t('dialogRecursiveHint')}
      onConfirm={onConfirm}
      onClose={onClose}
    >
      <p>{t('dialogText')}</p>
    </RevokeDialog>
  )
}
