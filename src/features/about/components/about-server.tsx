import { SshHostKeys } from '@/components/ssh-host-keys'
import { useMessages } from '@/lib/i18n/i18n'
import { useMytokenClient } from '@/lib/instance/instance-provider'
import { aboutMessages } from '../messages'
import { privacyPageUrl, serverFeatures, type ServerFeature } from '../model'

const featureOrder: ServerFeature[] = [
  'transferCodes',
  'notifications',
  'ssh',
  'profiles',
  'polling',
  'shortTokens',
  'revocation',
  'tokeninfo',
]

const hostOf = (url: string) => {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}

/** About this server: version, operator (via its privacy page), features and providers. */
export function AboutServer() {
  const t = useMessages(aboutMessages)
  const { discovery } = useMytokenClient()
  const features = serverFeatures(discovery)
  return (
    <div className="stack about">
      <p>{t('intro')}</p>
      <section aria-labelledby="about-server" className="stack-small">
        <h2 id="about-server">{t('server')}</h2>
        <dl className="facts">
          <dt>{t('address')}</dt>
          <dd className="mono break">{discovery.issuer}</dd>
          <dt>{t('version')}</dt>
          <dd>{discovery.version ?? t('unknownVersion')}</dd>
          {discovery.service_documentation ? (
            <>
              <dt>{t('documentation')}</dt>
              <dd className="break">
                <a href={discovery.service_documentation} target="_blank" rel="noopener noreferrer">
                  {discovery.service_documentation}
                </a>
              </dd>
            </>
          ) : null}
        </dl>
      </section>
      <section aria-labelledby="about-operator" className="stack-small">
        <h2 id="about-operator">{t('operator')}</h2>
        <p>
          {t('operatorText')}{' '}
          <a href={privacyPageUrl(discovery.issuer)} target="_blank" rel="noopener noreferrer">
            {t('privacyLink', { host: hostOf(discovery.issuer) })}
          </a>
        </p>
      </section>
      <section aria-labelledby="about-features" className="stack-small">
        <h2 id="about-features">{t('features')}</h2>
        <ul className="feature-list">
          {featureOrder.map((feature) => (
            <li key={feature}>
              <span aria-hidden="true">{features[feature] ? '✓' : '✕'}</span> {t(feature)}:{' '}
              <strong>{features[feature] ? t('offered') : t('notOffered')}</strong>
            </li>
          ))}
        </ul>
        <p>
          {t('restrictions')}:{' '}
          {discovery.restriction_claims_supported.length > 0 ? (
            <span className="mono">{discovery.restriction_claims_supported.join(', ')}</span>
          ) : (
            t('none')
          )}
        </p>
      </section>
      {discovery.ssh_keys.length > 0 ? (
        <section aria-labelledby="about-ssh" className="stack-small">
          <h2 id="about-ssh">{t('sshHostKeys')}</h2>
          <p className="hint">{t('sshHostKeysHint')}</p>
          <SshHostKeys keys={discovery.ssh_keys} />
        </section>
      ) : null}
      <section aria-labelledby="about-providers" className="stack-small">
        <h2 id="about-providers">{t('providers')}</h2>
        <ul className="stack-small">
          {discovery.providers_supported.map((provider) => (
            <li key={provider.issuer}>
              <strong>{provider.name ?? provider.issuer}</strong>
              <br />
              <span className="mono break">{provider.issuer}</span>
              <br />
              {provider.scopes_supported.length > 0
                ? t('scopes', { scopes: provider.scopes_supported.join(' ') })
                : t('noScopes')}
            </li>
          ))}
        </ul>
      </section>
    </div>
  )
}
