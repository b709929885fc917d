import { useFormContext, useWatch } from 'react-hook-form'
import { Alert } from '@/components/ui/alert'
import { useMessages } from '@/lib/i18n/i18n'
import { displayableName } from '@/lib/text/isolate'
import { formMessages } from '../messages'
import type { CreateTokenValues } from '../schema'

/** What a link asked for that the form shows apart: a provider not offered, a server profile. */
export function LinkNotices({
  ignoredProvider,
  chosenProviderName,
}: {
  ignoredProvider: string | undefined
  chosenProviderName: string
}) {
  const t = useMessages(formMessages)
  const { control, setValue } = useFormContext<CreateTokenValues>()
  const include = useWatch({ control, name: 'include' })
  return (
    <>
      {ignoredProvider ? (
        <Alert
          tone="warning"
          title={t('providerIgnored', {
            provider: displayableName(ignoredProvider),
            chosen: chosenProviderName,
          })}
        />
      ) : null}

      {include.trim() !== '' ? (
        <Alert
          tone="info"
          title={`${t('include')}: ${include}`}
          actions={
            <button
              type="button"
              className="button button-secondary"
              onClick={() => setValue('include', '', { shouldDirty: true })}
            >
              {t('removeInclude')}
            </button>
          }
        >
          <p>{t('includeHint', { name: include })}</p>
        </Alert>
      ) : null}
    </>
  )
}
