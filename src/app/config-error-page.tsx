import { useEffect } from 'react'
import { Alert } from '@/components/ui/alert'
import { defineMessages, LanguageProvider, useLanguage, useMessages } from '@/lib/i18n/i18n'

const messages = defineMessages({
  en: {
    title: 'mytoken-web cannot start',
    problem: 'The configuration of this site is broken:',
    notYou:
      'This is a fault of the website, not of your browser or your tokens. Please tell the people who run this site; it works again once they fix its configuration file.',
    operators:
      'For the operators: /config.json must be JSON as described in the README ("Configuration"); deploy/write-config.sh writes it from environment variables.',
    reload: 'Reload the page',
  },
  de: {
    title: 'mytoken-web kann nicht starten',
    problem: 'Die Konfiguration dieser Website ist fehlerhaft:',
    notYou:
      'Das ist ein Fehler der Website, nicht Ihres Browsers oder Ihrer Tokens. Bitte sagen Sie den Betreibern dieser Website Bescheid; sie funktioniert wieder, sobald deren Konfigurationsdatei korrigiert ist.',
    operators:
      'Für die Betreiber: /config.json muss JSON sein, wie in der README („Configuration“) beschrieben; deploy/write-config.sh schreibt die Datei aus Umgebungsvariablen.',
    reload: 'Seite neu laden',
  },
})

function ConfigError({ problem }: { problem: string }) {
  const t = useMessages(messages)
  const { language } = useLanguage()
  useEffect(() => {
    document.title = t('title')
    document.documentElement.lang = language
  }, [t, language])
  return (
    <main id="main" className="main">
      <div className="page">
        <h1>{t('title')}</h1>
        <Alert
          tone="error"
          title={t('problem')}
          actions={
            <button type="button" className="button" onClick={() => window.location.reload()}>
              {t('reload')}
            </button>
          }
        >
          {/* the technical detail stays in English: it is for the operators' search engines */}
          <p lang="en">
            <code>{problem}</code>
          </p>
          <p>{t('notYou')}</p>
          <p>{t('operators')}</p>
        </Alert>
      </div>
    </main>
  )
}

/** Shown instead of the app when config.json cannot be used: what is wrong and whom to tell. */
export function ConfigErrorPage({ problem }: { problem: string }) {
  return (
    <LanguageProvider>
      <ConfigError problem={problem} />
    </LanguageProvider>
  )
}
