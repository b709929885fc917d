import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { ConfigErrorPage } from './app/config-error-page'
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
  (error: unknown) =>
    // Nothing else can start without the configuration; say exactly what is wrong.
    root.render(
      <StrictMode>
        <ConfigErrorPage problem={error instanceof Error ? error.message : String(error)} />
      </StrictMode>,
    ),
)
