import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { loadRuntimeConfig } from './lib/config'
import './styles.css'

const root = createRoot(document.getElementById('root')!)

loadRuntimeConfig().then(
  (config) =>
    root.render(
      <StrictMode>
        <App config={config} />
      </StrictMode>,
    ),
  (error: unknown) => {
    // Nothing else can start without the configuration; say exactly what is wrong.
    const message = document.createElement('p')
    message.setAttribute('role', 'alert')
    message.textContent = `mytoken-web cannot start: ${error instanceof Error ? error.message : String(error)}`
    document.getElementById('root')!.replaceChildren(message)
  },
)
