import { useId, useState } from 'react'
import { defineMessages, useMessages } from '@/lib/i18n/i18n'

const messages = defineMessages({
  en: {
    copySnippet: 'Copy this snippet',
    copied: 'Copied to the clipboard.',
    copyFailed: 'Copying did not work; select the text and copy it yourself.',
  },
  de: {
    copySnippet: 'Dieses Beispiel kopieren',
    copied: 'In die Zwischenablage kopiert.',
    copyFailed: 'Kopieren hat nicht geklappt; markieren Sie den Text und kopieren Sie ihn selbst.',
  },
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
  const [status, setStatus] = useState('')
  return (
    <div className="snippet stack-small">
      <h3 id={id}>{title}</h3>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- scrollable, must be keyboard-reachable */}
      <pre className="preview" aria-labelledby={id} tabIndex={0}>
        <code data-testid={testId}>{code}</code>
      </pre>
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary button-small"
          onClick={() =>
            void navigator.clipboard.writeText(code).then(
              () => setStatus(t('copied')),
              () => setStatus(t('copyFailed')),
            )
          }
        >
          {t('copySnippet')}
        </button>
        <span role="status" className="hint">
          {status}
        </span>
      </div>
    </div>
  )
}
