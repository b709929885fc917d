import { useCallback } from 'react'
import { ConsentFlowError } from '@/lib/consent-flow/consent-flow-error'
import { defineMessages, useMessages } from '@/lib/i18n/i18n'
import { MytokenError, NetworkError, UnexpectedResponseError } from '@/lib/mytoken/api/errors'

export const errorMessages = defineMessages({
  en: {
    network:
      'The mytoken server at {origin} could not be reached, or it refused too many requests from this network. Check your connection, wait a minute and try again.',
    invalid_token:
      'The server does not accept this token: it is invalid, expired, revoked or was replaced by rotation.',
    insufficient_capabilities: 'This token lacks the capability needed for this action.',
    usage_restricted:
      'A restriction of this token forbids this action now (time, place, or usage budget).',
    invalid_request: 'The server rejected the request: {detail}',
    server: 'The mytoken server had a problem (HTTP {status}). Try again in a moment.',
    rate_limited:
      'The mytoken server refused too many requests from this network (HTTP 429). Wait a minute and try again.',
    oidc_error: 'The OpenID provider reported an error: {detail}',
    unexpected: 'The server answered in an unexpected way: {detail}',
    not_supported: 'This mytoken instance does not offer this feature.',
    generic: 'Something went wrong: {detail}',
  },
  de: {
    network:
      'Der mytoken-Server unter {origin} ist nicht erreichbar oder hat zu viele Anfragen aus diesem Netz abgelehnt. Prüfen Sie die Verbindung, warten Sie eine Minute und versuchen Sie es erneut.',
    invalid_token:
      'Der Server akzeptiert dieses Token nicht: Es ist ungültig, abgelaufen, widerrufen oder wurde durch Rotation ersetzt.',
    insufficient_capabilities: 'Diesem Token fehlt die für diese Aktion nötige Berechtigung.',
    usage_restricted:
      'Eine Einschränkung dieses Tokens verbietet diese Aktion gerade (Zeit, Ort oder Nutzungskontingent).',
    invalid_request: 'Der Server hat die Anfrage abgelehnt: {detail}',
    server:
      'Der mytoken-Server hatte ein Problem (HTTP {status}). Versuchen Sie es gleich noch einmal.',
    rate_limited:
      'Der mytoken-Server hat zu viele Anfragen aus diesem Netz abgelehnt (HTTP 429). Warten Sie eine Minute und versuchen Sie es erneut.',
    oidc_error: 'Der OpenID-Provider meldete einen Fehler: {detail}',
    unexpected: 'Der Server antwortete unerwartet: {detail}',
    not_supported: 'Diese mytoken-Instanz bietet diese Funktion nicht an.',
    generic: 'Etwas ist schiefgegangen: {detail}',
  },
})

/** One place that turns any thrown value into a specific, translated sentence. */
export function useErrorMessage(): (error: unknown) => string {
  const t = useMessages(errorMessages)
  return useCallback(
    (error: unknown) => {
      if (error instanceof ConsentFlowError && error.cause !== undefined) {
        error = error.cause
      }
      if (error instanceof NetworkError) return t('network', { origin: new URL(error.url).origin })
      if (error instanceof UnexpectedResponseError)
        return t('unexpected', { detail: error.message })
      if (error instanceof MytokenError) {
        const detail = error.description ?? error.code
        // a rate limiter that does send CORS headers (e.g. a proxy in front of the server)
        if (error.status === 429) return t('rate_limited')
        switch (error.code) {
          case 'invalid_token':
            return error.description && error.description !== 'token not valid'
              ? `${t('invalid_token')} (${error.description})`
              : t('invalid_token')
          case 'insufficient_capabilities':
            return t('insufficient_capabilities')
          case 'usage_restricted':
            return t('usage_restricted')
          case 'oidc_error':
            return t('oidc_error', { detail })
          case 'not_supported':
            return t('not_supported')
          case 'invalid_request':
          case 'invalid_grant':
            return t('invalid_request', { detail })
          default:
            return error.status >= 500
              ? t('server', { status: error.status })
              : t('invalid_request', { detail })
        }
      }
      return t('generic', { detail: error instanceof Error ? error.message : String(error) })
    },
    [t],
  )
}
