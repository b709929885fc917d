import { useLanguage, useMessages, type Language } from '@/lib/i18n/i18n'
import { MAX_DURATION_YEARS, MAX_USAGES } from '@/lib/mytoken/vocabulary/server-limits'
import { validationMessages } from './messages'
import { MAX_NAME_LENGTH } from './schema'

/** The values of the limits the validation messages name. */
export function validationLimits(language: Language) {
  return {
    maxNameLength: MAX_NAME_LENGTH,
    maxUsages: new Intl.NumberFormat(language).format(MAX_USAGES),
    maxYears: MAX_DURATION_YEARS,
  }
}

/** Translates a validation key from the schema; unknown texts are shown as they are. */
export function useValidationMessage() {
  const t = useMessages(validationMessages)
  const { language } = useLanguage()
  const limits = validationLimits(language)
  return (message: string | undefined) =>
    message === undefined
      ? undefined
      : message in validationMessages.en
        ? t(message as keyof typeof validationMessages.en, limits)
        : message
}
