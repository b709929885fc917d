import { useMessages } from '@/lib/i18n/i18n'
import { validationMessages } from '../messages'

/** Translates a validation key from the schema; unknown texts are shown as they are. */
export function useValidationMessage() {
  const t = useMessages(validationMessages)
  return (message: string | undefined) =>
    message === undefined
      ? undefined
      : message in validationMessages.en
        ? t(message as keyof typeof validationMessages.en)
        : message
}
