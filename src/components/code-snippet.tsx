import { useId } from 'react'
import { defineMessages, useMessages } from '@/lib/i18n/i18n'
import { CopyButton } from './copy-button'

const messages = defineMessages({
  en: { copySnippet: 'Copy this snippet' },
  de: { copySnippet: 'Dieses Beispiel kopieren' },
})

/** Ready-to-use lines (code, config) under a heading, with a copy button (announced). */
export function CodeSnippet({
  title,
  code,
  testId,
}: {
  title: string
  code: string
  testId?: string
}) {
  const t = useMessages(messages)
  const id = useId()
  return (
    <div className="snippet stack-small">
      <h3 id={id}>{title}</h3>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- scrollable, must be keyboard-reachable */}
      <pre className="preview" aria-labelledby={id} tabIndex={0}>
        <code data-testid={testId}>{code}</code>
      </pre>
      <CopyButton text={code} label={t('copySnippet')} />
    </div>
  )
}
