import { useState } from 'react'
import { useMessages } from '@/lib/i18n/i18n'
import { tokenInfoMessages } from '../messages'

/** Shows a secret token masked, with show / copy / download. Nothing is persisted. */
export function TokenReveal({
  token,
  fileName = 'mytoken.txt',
}: {
  token: string
  fileName?: string
}) {
  const t = useMessages(tokenInfoMessages)
  const [shown, setShown] = useState(false)
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle')

  // a blob URL carries no token text in the address itself; it is revoked right after use
  function handleDownload() {
    const url = URL.createObjectURL(new Blob([token], { type: 'text/plain' }))
    const link = document.createElement('a')
    link.href = url
    link.download = fileName
    link.click()
    setTimeout(() => URL.revokeObjectURL(url), 0)
  }

  async function handleCopy() {
    try {
      await navigator.clipboard.writeText(token)
      setCopyState('copied')
    } catch {
      setCopyState('failed')
    }
  }

  return (
    <div className="token-reveal stack">
      <p className="token-reveal-label">{t('revealLabel')}</p>
      {shown ? (
        <code className="mono token-text" data-testid="revealed-token">
          {token}
        </code>
      ) : (
        <p className="hint">{t('masked')}</p>
      )}
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          aria-pressed={shown}
          onClick={() => setShown((value) => !value)}
        >
          {shown ? t('hide') : t('show')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => void handleCopy()}>
          {t('copy')}
        </button>
        <button type="button" className="button button-secondary" onClick={handleDownload}>
          {t('download')}
        </button>
      </div>
      <p role="status" className="hint">
        {copyState === 'copied' ? t('copied') : copyState === 'failed' ? t('copyFailed') : ''}
      </p>
    </div>
  )
}
