import { useId } from 'react'
import { useMessages } from '@/lib/i18n/i18n'
import { formMessages } from '../messages'
import { presetIds } from '../presets'

/** The presets and the server's profiles as one radio group: "what is the token for?". */
export function PurposeChoice({
  value,
  profileNames,
  onChoose,
}: {
  value: string
  profileNames: readonly string[]
  onChoose: (id: string) => void
}) {
  const t = useMessages(formMessages)
  const hintId = useId()
  const options = [
    ...presetIds.map((id) => ({
      id: id as string,
      label: t(`preset.${id}`),
      hint: t(`preset.${id}.hint`),
    })),
    ...profileNames.map((name) => ({
      id: `profile:${name}`,
      label: t('profilePreset', { name }),
      hint: t('profilePresetHint'),
    })),
  ]
  return (
    <fieldset className="fieldset" aria-describedby={hintId}>
      <legend>{t('purpose')}</legend>
      <p id={hintId} className="hint">
        {t('purposeHint')}
      </p>
      <div className="choices">
        {options.map((option) => (
          <label key={option.id} className="choice">
            <input
              type="radio"
              name="preset"
              value={option.id}
              checked={value === option.id}
              onChange={() => onChoose(option.id)}
            />
            <span className="choice-label">{option.label}</span>
            <span className="hint">{option.hint}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
