import { useId, useState } from 'react'
import { defineMessages, useMessages } from '@/lib/i18n/i18n'

const messages = defineMessages({
  en: {
    masked: 'hidden ({length} characters)',
    show: 'Show',
    hide: 'Hide',
    copy: 'Copy',
    copied: 'Copied to the clipboard.',
    copyFailed: 'Copying did not work; use Show and copy the text yourself.',
    download: 'Download as a file',
    downloaded: 'Saved as {file}.',
  },
  de: {
    masked: 'verborgen ({length} Zeichen)',
    show: 'Anzeigen',
    hide: 'Verbergen',
    copy: 'Kopieren',
    copied: 'In die Zwischenablage kopiert.',
    copyFailed: 'Kopieren hat nicht geklappt; zeigen Sie den Text an und kopieren Sie ihn selbst.',
    download: 'Als Datei herunterladen',
    downloaded: 'Als {file} gespeichert.',
  },
})

/** Triggers a download of `text` as a file, without the text ever entering a URL string. */
export function downloadText(text: string, fileName: string, type = 'text/plain') {
  const lines = text.endsWith('\n') ? [text] : [text, '\n']
  const url = URL.createObjectURL(new Blob(lines, { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

/**
 * A secret (a token, a transfer code) shown masked, with Show / Copy (announced) and optionally
 * Download. It is held in the caller's state only; nothing is persisted.
 */
export function SecretBox({
  label,
  secret,
  fileName,
}: {
  label: string
  secret: string
  fileName?: string
}) {
  const t = useMessages(messages)
  const [shown, setShown] = useState(false)
  const [status, setStatus] = useState('')
  const labelId = useId()

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret)
      setStatus(t('copied'))
    } catch {
      setStatus(t('copyFailed'))
    }
  }

  return (
    <div className="secret stack-small">
      <p id={labelId} className="secret-label">
        {label}
      </p>
      <output
        aria-labelledby={labelId}
        className="secret-value mono"
        data-testid={shown ? 'revealed-token' : undefined}
      >
        {shown ? secret : `•••••••••••• ${t('masked', { length: secret.length })}`}
      </output>
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          aria-pressed={shown}
          onClick={() => setShown((s) => !s)}
        >
          {shown ? t('hide') : t('show')}
        </button>
        <button type="button" className="button" onClick={() => void copy()}>
          {t('copy')}
        </button>
        {fileName ? (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              downloadText(secret, fileName)
              setStatus(t('downloaded', { file: fileName }))
            }}
          >
            {t('download')}
          </button>
        ) : null}
      </div>
      <p role="status" className="hint">
        {status}
      </p>
    </div>
  )
}
