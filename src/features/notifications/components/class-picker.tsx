import { useId, useState } from 'react'
import { CheckboxField, FieldError } from '@/components/ui/field'
import { useLanguage, useMessages } from '@/lib/i18n/i18n'
import {
  NOTIFICATION_CLASSES,
  describeNotificationClass,
  isCoveredBy,
  normalizeClasses,
} from '@/lib/mytoken/vocabulary/notification-classes'
import { subscriptionMessages } from '../messages'

/**
 * The state of a ClassPicker: the chosen classes, and `chosen()`, which gives them normalized
 * for a request or, when none is chosen, shows "choose at least one" until the choice changes.
 */
export function useClassChoice(initial: readonly string[]) {
  const t = useMessages(subscriptionMessages)
  const [classes, setClasses] = useState<string[]>([...initial])
  const [missing, setMissing] = useState(false)
  return {
    classes,
    chosen(): string[] | undefined {
      const normalized = normalizeClasses(classes)
      if (normalized.length === 0) setMissing(true)
      return normalized.length === 0 ? undefined : normalized
    },
    pickerProps: {
      legend: t('classes'),
      error: missing ? t('pickOne') : undefined,
      value: classes,
      onChange: (next: string[]) => {
        setMissing(false)
        setClasses(next)
      },
    },
  }
}

/** Checkboxes for the notification classes; a chosen parent covers (and disables) its children. */
export function ClassPicker({
  legend,
  value,
  onChange,
  offered,
  error,
}: {
  legend: string
  /** shown below the checkboxes, e.g. when none is chosen */
  error?: string | undefined
  value: readonly string[]
  onChange: (next: string[]) => void
  /** classes to offer (default: all the server knows) */
  offered?: readonly string[]
}) {
  const { language } = useLanguage()
  const id = useId()
  const classes = NOTIFICATION_CLASSES.filter((c) => !offered || offered.includes(c.name))
  return (
    <>
      <fieldset className="class-picker">
        <legend>{legend}</legend>
        {classes.map((info) => {
          const viaParent = info.parent !== undefined && isCoveredBy(info.parent, value)
          return (
            <CheckboxField
              key={info.name}
              label={
                <>
                  {describeNotificationClass(info.name, language)}{' '}
                  <span className="mono hint">{info.name}</span>
                </>
              }
              checked={viaParent || value.includes(info.name)}
              disabled={viaParent}
              indent={info.depth}
              onChange={(on) =>
                onChange(on ? [...value, info.name] : value.filter((c) => c !== info.name))
              }
            />
          )
        })}
      </fieldset>
      <FieldError id={`${id}-error`} message={error} announce />
    </>
  )
}
