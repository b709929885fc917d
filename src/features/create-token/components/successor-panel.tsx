import { useState, type FormEvent } from 'react'
import { Alert } from '@/components/ui/alert'
import { Field } from '@/components/ui/field'
import { useMessages } from '@/lib/i18n/i18n'
import type { MytokenPayload } from '@/lib/mytoken/api/schemas'
import { decodeMytoken } from '@/lib/mytoken/vocabulary/jwt'
import { successorMessages } from '../messages'

/**
 * Above the form when it prefills a successor: says what was copied, and when the settings were
 * not known in this tab, lets the user paste the old token to copy them (decoded here, in
 * memory, never sent or stored).
 */
export function SuccessorPanel({
  name,
  copied,
  narrowed,
  onPayload,
}: {
  name: string
  /** true when capabilities, restrictions and rotation were filled in */
  copied: boolean
  /** a replacement from the review: the risky parts are tightened */
  narrowed: boolean
  onPayload: (payload: MytokenPayload) => void
}) {
  const t = useMessages(successorMessages)
  const [text, setText] = useState('')
  const [problem, setProblem] = useState<string>()

  function handlePaste(event: FormEvent) {
    event.preventDefault()
    const decoded = decodeMytoken(text)
    if (decoded.kind !== 'jwt') return setProblem(t('notJwt'))
    if (name && decoded.payload.name !== undefined && decoded.payload.name !== name)
      return setProblem(t('otherName', { found: decoded.payload.name }))
    setProblem(undefined)
    setText('')
    onPayload(decoded.payload)
  }

  return (
    <Alert tone="info" title={t('title', { name: name || t('unnamed') })}>
      <p>{copied ? t('copiedAll') : t('copiedSome')}</p>
      {narrowed ? <p>{t('narrowed')}</p> : null}
      {copied ? null : (
        <form className="stack" onSubmit={handlePaste} noValidate>
          <Field label={t('paste')} error={problem} announceError>
            {(field) => (
              <textarea
                {...field}
                rows={2}
                spellCheck={false}
                autoComplete="off"
                value={text}
                onChange={(event) => setText(event.target.value)}
              />
            )}
          </Field>
          <div>
            <button type="submit" className="button button-secondary">
              {t('copy')}
            </button>
          </div>
        </form>
      )}
    </Alert>
  )
}
