import { useId, useState } from 'react'
import { useMessages } from '@/lib/i18n/i18n'
import { revealMessages } from '../messages'

/** A ready-to-run code snippet with a copy button (announced). */
export function Snippet({ title, code }: { title: string; code: string }) {
  const t = useMessages(revealMessages)
  const id = useId()
  const [status, setStatus] = useState('')
  return (
    <div className="snippet stack-small">
      <h3 id={id}>{title}</h3>
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- scrollable, must be keyboard-reachable */}
      <pre className="preview" aria-labelledby={id} tabIndex={0}>
        <code>{code}</code>
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
