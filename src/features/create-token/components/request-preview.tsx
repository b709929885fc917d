import { useId } from 'react'
import { useMessages } from '@/lib/i18n/i18n'
import type { OidcFlowRequest } from '@/lib/mytoken/api/client'
import { formMessages } from '../messages'

/** The request the form will send, as JSON. */
export function RequestPreview({ request }: { request: OidcFlowRequest }) {
  const t = useMessages(formMessages)
  const labelId = useId()
  return (
    <details className="details">
      <summary>{t('preview')}</summary>
      <p id={labelId} className="visually-hidden">
        {t('previewLabel')}
      </p>
      {/* focusable so keyboard users can scroll it (axe: scrollable-region-focusable) */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex */}
      <pre className="preview" aria-labelledby={labelId} tabIndex={0}>
        {JSON.stringify(
          { grant_type: 'oidc_flow', oidc_flow: 'authorization_code', ...request },
          null,
          2,
        )}
      </pre>
    </details>
  )
}
