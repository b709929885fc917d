import { useQuery } from '@tanstack/react-query'
import { Fragment } from 'react'
import { SshHostKeys } from '@/components/ssh-host-keys'
import { useMessages } from '@/lib/i18n/i18n'
import { useMytokenClient } from '@/lib/instance/instance-provider'
import type { MytokenClient } from '@/lib/mytoken/api/client'
import { offeredProfilesQueryOptions, PROFILE_KINDS } from '../api'
import { aboutMessages } from '../messages'
import {
  MYTOKEN_DEVELOPER_CONTACT,
  MYTOKEN_SOURCE,
  privacyPageUrl,
  serverFeatures,
  type ServerFeature,
} from '../model'

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

/** The page's introduction: needs no server, so it is in the prerendered page. */
export function AboutIntro() {
  const t = useMessages(aboutMessages)
  return <p>{t('intro')}</p>
}

/**
 * About this server: version, operator (via its own pages), features, profiles, providers and the
 * software's developers.
 */
export function AboutServer() {
  const t = useMessages(aboutMessages)
  const client = useMytokenClient()
  const { discovery } = client
  const features = serverFeatures(discovery)
  const host = hostOf(discovery.issuer)
  return (
    <div className="stack about">
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
            {t('privacyLink', { host })}
          </a>
        </p>
        <p>
          {t('builtInText')}{' '}
          <a
            href={`${discovery.issuer.replace(/\/+$/, '')}/`}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t('builtInLink', { host })}
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
      {features.profiles ? <OfferedProfiles client={client} /> : null}
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
      <section aria-labelledby="about-software" className="stack-small">
        <h2 id="about-software">{t('software')}</h2>
        <p className="hint">{t('softwareText')}</p>
        <dl className="facts">
          <dt>{t('developerContact')}</dt>
          <dd>
            <a href={`mailto:${MYTOKEN_DEVELOPER_CONTACT}`}>{MYTOKEN_DEVELOPER_CONTACT}</a>
          </dd>
          <dt>{t('source')}</dt>
          <dd className="break">
            <a href={MYTOKEN_SOURCE} target="_blank" rel="noopener noreferrer">
              {MYTOKEN_SOURCE}
            </a>
          </dd>
        </dl>
      </section>
    </div>
  )
}

function OfferedProfiles({ client }: { client: MytokenClient }) {
  const t = useMessages(aboutMessages)
  const offered = useQuery(offeredProfilesQueryOptions(client))
  return (
    <section aria-labelledby="about-profiles" className="stack-small">
      <h2 id="about-profiles">{t('profilesTitle')}</h2>
      <p className="hint">{t('profilesHint')}</p>
      {offered.isPending ? (
        <p role="status">{t('profilesLoading')}</p>
      ) : offered.isError ? (
        <p role="alert">{t('profilesFailed')}</p>
      ) : (
        <dl className="facts">
          {PROFILE_KINDS.map((kind) => (
            <Fragment key={kind}>
              <dt>{t(`kind_${kind}`)}</dt>
              <dd>
                {offered.data[kind].length > 0 ? (
                  <span className="mono">{offered.data[kind].join(', ')}</span>
                ) : (
                  t('none')
                )}
              </dd>
            </Fragment>
          ))}
        </dl>
      )}
    </section>
  )
}
