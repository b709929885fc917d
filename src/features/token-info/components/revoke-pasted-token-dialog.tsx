import { useMessages } from '@/lib/i18n/i18n'
import { tokenInfoMessages } from '../messages'
import { CapabilityList } from './decoded-token'
import { RevokeDialog } from './revoke-dialog'

/** Says what the token can do before it is revoked. */
export function RevokePastedTokenDialog({
  open,
  capabilities,
  onConfirm,
  onClose,
}: {
  open: boolean
  capabilities: readonly string[] | undefined
  onConfirm: (recursive: boolean) => void
  onClose: () => void
}) {
  const t = useMessages(tokenInfoMessages)
  return (
    <RevokeDialog
      open={open}
      title={t('dialogTitle')}
      confirmLabel={t('dialogConfirm')}
      recursiveLabel={t('dialogRecursive')}
      recursiveHint={t('dialogRecursiveHint')}
      onConfirm={onConfirm}
      onClose={onClose}
    >
      {capabilities ? (
        <>
          <p>{t('dialogCan')}</p>
          <CapabilityList capabilities={capabilities} />
        </>
      ) : (
        <p>{t('dialogUnknown')}</p>
      )}
    </RevokeDialog>
  )
}
