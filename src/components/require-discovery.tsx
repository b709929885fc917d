import { useEffect, type ReactNode } from 'react'
import { defineMessages, useMessages } from '@/lib/i18n/i18n'
import { useInstance } from '@/lib/instance/instance-provider'
import { useErrorMessage } from './errors/error-messages'
import { Alert } from './ui/alert'

const messages = defineMessages({
  en: {
    loading: 'Connecting to {name}…',
    failed: 'Could not load the configuration of {name}',
    retry: 'Try again',
  },
  de: {
    loading: 'Verbindung zu {name}…',
    failed: 'Die Konfiguration von {name} konnte nicht geladen werden',
    retry: 'Erneut versuchen',
  },
})

/** Renders its children once the instance's discovery document is loaded. */
export function RequireDiscovery({ children }: { children: ReactNode }) {
  const t = useMessages(messages)
  const describe = useErrorMessage()
  const { instance, client, discoveryError, refetchDiscovery, requestDiscovery } = useInstance()
  useEffect(requestDiscovery, [requestDiscovery])
  if (client) return <>{children}</>
  if (discoveryError) {
    return (
      <Alert
        tone="error"
        title={t('failed', { name: instance.name })}
        actions={
          <button type="button" className="button" onClick={refetchDiscovery}>
            {t('retry')}
          </button>
        }
      >
        <p>{describe(discoveryError)}</p>
      </Alert>
    )
  }
  return <p role="status">{t('loading', { name: instance.name })}</p>
}
