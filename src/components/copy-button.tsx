import { useState } from 'react'
import { defineMessages, useMessages } from '@/lib/i18n/i18n'

const messages = defineMessages({
  en: {
    copied: 'Copied to the clipboard.',
    copyFailed: 'Copying did not work; select the text and copy it yourself.',
  },
  de: {
    copied: 'In die Zwischenablage kopiert.',
    copyFailed: 'Kopieren hat nicht geklappt; markieren Sie den Text und kopieren Sie ihn selbst.',
  },
})

/** A button that copies `text` (not a secret: shown on the page) and announces the outcome. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const t = useMessages(messages)
  const [status, setStatus] = useState('')
  return (
    <div className="button-row">
      <button
        type="button"
        className="button button-secondary button-small"
        onClick={() =>
          void navigator.clipboard.writeText(text).then(
            () => setStatus(t('copied')),
            () => setStatus(t('copyFailed')),
          )
        }
      >
        {label}
      </button>
      <span role="status" className="hint">
        {status}
      </span>
    </div>
  )
}
