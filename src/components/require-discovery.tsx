import { useEffect, type ReactNode } from 'react'
import { defineMessages, useMessages } from '@/lib/i18n/i18n'
import { useInstance } from '@/lib/instance/instance-provider'
import { useHydrated } from '@/lib/use-hydrated'
import { LoadError } from './errors/load-error'
import { ShellPending } from './shell-pending'

const messages = defineMessages({
  en: {
    loading: 'Connecting to {name}…',
    failed: 'Could not load the configuration of {name}',
  },
  de: {
    loading: 'Verbindung zu {name}…',
    failed: 'Die Konfiguration von {name} konnte nicht geladen werden',
  },
})

/** Renders its children once the instance's discovery document is loaded. */
export function RequireDiscovery({ children }: { children: ReactNode }) {
  const t = useMessages(messages)
  const { instance, client, discoveryError, refetchDiscovery, requestDiscovery } = useInstance()
  const hydrated = useHydrated()
  useEffect(requestDiscovery, [requestDiscovery])
  if (!hydrated) return <ShellPending />
  if (client) return <>{children}</>
  if (discoveryError) {
    return (
      <LoadError
        title={t('failed', { name: instance.name })}
        error={discoveryError}
        onRetry={refetchDiscovery}
      />
    )
  }
  return <p role="status">{t('loading', { name: instance.name })}</p>
}
