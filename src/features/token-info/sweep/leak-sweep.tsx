import { useRef, useState, type ClipboardEvent, type DragEvent, type FormEvent } from 'react'
import { Alert } from '@/components/ui/alert'
import { Field } from '@/components/ui/field'
import { useMessages } from '@/lib/i18n/i18n'
import { PasteArea } from '../components/paste-area'
import { formatSize } from '../format-size'
import { sweepMessages } from './messages'
import { SweepResults, type SweptSource } from './sweep-results'
import { useTextScan } from './use-text-scan'
import '../sweep.css'

/** Pastes longer than this are kept aside: a textarea holding megabytes makes the page sluggish. */
const LARGE_PASTE = 64 * 1024
export const MAX_SWEEP_LENGTH = 8 * 1024 * 1024

/** A large paste, or a file (read in the scan worker only, never on the page's thread). */
interface AsideText {
  name: string
  size: number
  content: string | Blob
}

/**
 * Finds every mytoken in a pasted text or a file, checks them at their servers and revokes the
 * valid ones. The text lives in this component's state only, and is gone when the page is left.
 */
export function LeakSweep() {
  const t = useMessages(sweepMessages)
  const [typed, setTyped] = useState('')
  const [aside, setAside] = useState<AsideText>()
  const [error, setError] = useState<string>()
  const [source, setSource] = useState<SweptSource>()
  const fileInput = useRef<HTMLInputElement>(null)
  const scan = useTextScan()

  function refuseSize(size: number) {
    setTyped('')
    setAside(undefined)
    setError(t('tooLarge', { size: formatSize(size), limit: formatSize(MAX_SWEEP_LENGTH) }))
  }

  function keepAside(name: string, content: string | Blob) {
    const size = typeof content === 'string' ? content.length : content.size
    if (size > MAX_SWEEP_LENGTH) return refuseSize(size)
    setTyped('')
    setError(undefined)
    setAside({ name, size, content })
  }

  function handlePaste(event: ClipboardEvent<HTMLTextAreaElement>) {
    const text = event.clipboardData.getData('text')
    if (text.length <= LARGE_PASTE) return
    event.preventDefault()
    keepAside(t('pastedName'), text)
  }

  function handleDrop(event: DragEvent) {
    const file = event.dataTransfer.files[0]
    if (!file) return
    event.preventDefault()
    keepAside(file.name, file)
  }

  function handleSubmit(event: FormEvent) {
    event.preventDefault()
    if (aside ? aside.size === 0 : typed.trim() === '') {
      setError(t('empty'))
      return
    }
    setError(undefined)
    setSource({ name: aside?.name ?? t('pastedName'), size: aside?.size ?? typed.length })
    scan.start(aside?.content ?? typed)
  }

  function handleClear() {
    setTyped('')
    setAside(undefined)
    setError(undefined)
    setSource(undefined)
    if (fileInput.current) fileInput.current.value = ''
    scan.reset()
  }

  return (
    <section
      className="stack sweep"
      aria-labelledby="sweep-heading"
      onDragOver={(event) => event.preventDefault()}
      onDrop={handleDrop}
    >
      <h2 id="sweep-heading">{t('heading')}</h2>
      <p>{t('intro')}</p>
      <form className="stack" onSubmit={handleSubmit} noValidate>
        <Field
          label={t('textLabel')}
          hint={t('textHint')}
          error={error}
          announceError
          className="field field-wide"
        >
          {(props) => (
            <PasteArea
              {...props}
              className="sweep-input"
              rows={4}
              value={typed}
              onPaste={handlePaste}
              onChange={(event) => {
                setAside(undefined)
                setTyped(event.target.value)
              }}
            />
          )}
        </Field>
        {aside ? (
          <p className="hint" role="status">
            {t('keptAside', { name: aside.name, size: formatSize(aside.size) })}
          </p>
        ) : null}
        <div className="field">
          <label htmlFor="sweep-file">{t('fileLabel')}</label>
          <input
            id="sweep-file"
            ref={fileInput}
            type="file"
            onChange={(event) => {
              const file = event.target.files?.[0]
              if (file) keepAside(file.name, file)
            }}
          />
        </div>
        <div className="button-row">
          <button
            type="submit"
            className="button button-primary"
            disabled={scan.state.status === 'scanning'}
          >
            {t('sweep')}
          </button>
          <button type="button" className="button button-secondary" onClick={handleClear}>
            {t('clear')}
          </button>
        </div>
      </form>
      {scan.state.status === 'scanning' ? (
        <div className="stack-small">
          <progress
            className="sweep-progress"
            aria-label={t('progressLabel')}
            max={1}
            value={scan.state.progress}
          />
          <p role="status">
            {t('scanning')} {Math.floor(scan.state.progress * 100)} %
          </p>
        </div>
      ) : null}
      {scan.state.status === 'failed' ? (
        <Alert tone="error" title={t('scanFailed')}>
          <p>{scan.state.reason}</p>
        </Alert>
      ) : null}
      {scan.state.status === 'done' && source ? (
        scan.state.candidates.length === 0 ? (
          <p role="status">{t('nothingFound')}</p>
        ) : (
          <SweepResults key={scan.state.id} candidates={scan.state.candidates} source={source} />
        )
      ) : null}
    </section>
  )
}
