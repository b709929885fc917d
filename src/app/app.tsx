import { RouterProvider } from 'react-router/dom'
import type { RuntimeConfig } from '@/lib/config'
import { AppProviders } from './providers'
import { createAppRouter } from './router'

const router = createAppRouter()

export function App({ config }: { config: RuntimeConfig }) {
  return (
    <AppProviders config={config}>
      <RouterProvider router={router} />
    </AppProviders>
  )
}
