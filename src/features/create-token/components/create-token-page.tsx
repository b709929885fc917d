import { useState } from 'react'
import { useInstance } from '@/lib/instance/instance-provider'
import { CreateTokenForm, type CreatedToken } from './create-token-form'
import { RevealToken } from './reveal-token'

/** Form first; after success the show-once reveal. The token never leaves this state. */
export function CreateTokenPage({ onDone }: { onDone: () => void }) {
  const { client, discovery } = useInstance()
  const [created, setCreated] = useState<CreatedToken>()
  if (!client || !discovery) return null
  return (
    <div className="create-token">
      {created ? (
        <RevealToken created={created} client={client} discovery={discovery} onDone={onDone} />
      ) : (
        <CreateTokenForm client={client} discovery={discovery} onCreated={setCreated} />
      )}
    </div>
  )
}
