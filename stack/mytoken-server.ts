// Runs the real mytoken server (built by mytoken-server-build.ts) from a throwaway run folder:
//   .stack/mytoken-run/config/config.yaml   (JSON, which YAML reads fine)
//   .stack/mytoken-run/keys/                signing keys made by `mytoken-setup signing-key …`,
//                                           SSH host keys made by `ssh-keygen` (new on every start)
//   .stack/logs/mytoken/                    access + internal logs (errors/ holds "smart" error dumps)
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { runCommand, startChild, tailOf, type ManagedChild } from './child-processes.ts'
import { stackConfig } from './config.ts'
import type { MytokenServerBuild } from './mytoken-server-build.ts'
import { waitFor } from './progress.ts'

const { mytoken, provider, mariadb, mailpit } = stackConfig
export const runDir = path.join(stackConfig.stateDir, 'mytoken-run')
const keyDir = path.join(runDir, 'keys')
const logDir = path.join(stackConfig.stateDir, 'logs')
const serverLogDir = path.join(logDir, 'mytoken')

const sshHostKeyTypes = ['ed25519', 'ecdsa']
const sshHostKeyFile = (type: string) => path.join(keyDir, `ssh_host_${type}_key`)
/** host:port of the SSH grant, read by the patched server (see mytoken-server-ssh-patch.ts) */
export const sshAddress = `${mytoken.ssh.host}:${mytoken.ssh.port}`

export function mytokenServerConfig(): Record<string, unknown> {
  return {
    issuer: mytoken.issuer, // http:// ⇒ no TLS, no secure cookies
    service_operator: {
      name: 'Local development stack',
      homepage: stackConfig.app.devOrigin,
      mail_contact: 'mytoken-local@example.org',
      mail_privacy: 'mytoken-local-privacy@example.org',
    },
    server: {
      port: mytoken.port,
      tls: { enabled: false, redirect_http: false },
      distributed_servers: false,
      request_limits: {
        enabled: true,
        max_requests: 100,
        window: 300,
        always_allow: ['127.0.0.1'],
      },
      healthcheck: { enabled: false },
    },
    geo_ip_db_file: '',
    api: { min_supported_version: 0 },
    database: {
      hosts: [mariadb.host],
      user: mariadb.user,
      password: mariadb.password,
      db: mariadb.database,
      try_reconnect_interval: 60,
    },
    signing: {
      mytoken: { alg: 'ES512', key_file: path.join(keyDir, 'mytoken.signing.key') },
      oidc: { alg: 'ES512', key_file: path.join(keyDir, 'oidc.signing.key') },
    },
    logging: {
      access: { dir: serverLogDir, stderr: false },
      internal: {
        dir: serverLogDir,
        stderr: false,
        level: 'debug',
        smart: { enabled: true, dir: path.join(serverLogDir, 'errors') },
      },
    },
    features: {
      oidc_flows: {
        authorization_code: { web: { trusted_redirect_uris: [], cookie_lifetime: 604800 } },
      },
      token_revocation: { enabled: true },
      tokeninfo: {
        introspect: { enabled: true },
        event_history: { enabled: true },
        subtoken_tree: { enabled: true },
        list_mytokens: { enabled: true },
      },
      short_tokens: { enabled: true, len: 64 },
      transfer_codes: { enabled: true },
      // 1 s (the server's default is 5 s): every consent flow in the tests ends with a wait for
      // the app's next poll
      polling_codes: { enabled: true, len: 8, expires_after: 300, polling_interval: 1 },
      token_rotation: { enabled: true },
      web_interface: { enabled: true },
      ssh: { enabled: true, use_proxy_protocol: false, keys: sshHostKeyTypes.map(sshHostKeyFile) },
      server_profiles: { enabled: true, groups: { _: mytoken.profileAdminPassword } },
      guest_mode: { enabled: false },
      notifications: {
        ics: { enabled: true },
        // real mails to the local Mailpit (plain SMTP on loopback: no auth, no TLS)
        email: {
          enabled: true,
          mail_server: {
            host: mailpit.host,
            port: mailpit.smtpPort,
            user: '',
            password: '',
            from_address: mailpit.fromAddress,
          },
        },
        ws: { enabled: false },
      },
      federation: { enabled: false },
    },
    providers: [
      {
        issuer: provider.issuer,
        name: provider.name,
        client_id: provider.mytokenClient.clientId,
        client_secret: provider.mytokenClient.clientSecret,
        scopes: [...provider.scopes],
        mytokens_max_lifetime: 0,
        audience: { use_rfc8707: true, request_parameter: 'resource', space_separate_auds: false },
      },
    ],
  }
}

/** A fresh run folder with config, signing keys and an empty-but-migrated database schema. */
export async function prepareMytokenRun(build: MytokenServerBuild): Promise<void> {
  fs.rmSync(runDir, { recursive: true, force: true })
  fs.rmSync(serverLogDir, { recursive: true, force: true })
  for (const dir of [path.join(runDir, 'config'), keyDir, path.join(serverLogDir, 'errors')]) {
    fs.mkdirSync(dir, { recursive: true })
  }
  fs.writeFileSync(
    path.join(runDir, 'config', 'config.yaml'),
    `${JSON.stringify(mytokenServerConfig(), null, 2)}\n`,
  )

  const toolLog = path.join(logDir, 'mytoken-setup.log')
  // These tools shell out to the `mariadb` client with `-h <host>` (no port): hence 127.0.0.2:3306.
  await runCommand(
    path.join(build.binDir, 'mytoken-migratedb'),
    [
      '--force',
      '--host',
      mariadb.host,
      '--user',
      'root',
      '--password',
      mariadb.rootPassword,
      '--db',
      mariadb.database,
    ],
    { cwd: runDir, logFile: toolLog, env: withoutDbEnv() },
  )
  for (const key of ['mytoken', 'oidc']) {
    await runCommand(path.join(build.binDir, 'mytoken-setup'), ['signing-key', key], {
      cwd: runDir,
      logFile: toolLog,
      env: withoutDbEnv(),
    })
  }
  for (const type of sshHostKeyTypes) {
    const args = ['-q', '-t', type, '-N', '', '-C', 'mytoken-stack', '-f', sshHostKeyFile(type)]
    await runCommand('ssh-keygen', args, { logFile: toolLog })
  }
}

/** The tools read DB_USER, DB_PASSWORD … from the environment; don't let a developer's shell leak in. */
function withoutDbEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('DB_')))
}

interface MytokenDiscovery {
  issuer: string
  providers_supported?: { issuer: string }[]
  profiles_endpoint?: string
  version?: string
}

export async function fetchMytokenDiscovery(
  timeoutMs = 2_000,
): Promise<MytokenDiscovery | undefined> {
  const response = await fetch(`${mytoken.issuer}/.well-known/mytoken-configuration`, {
    signal: AbortSignal.timeout(timeoutMs),
  })
  return response.ok ? ((await response.json()) as MytokenDiscovery) : undefined
}

function sshPortAnswers(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: mytoken.ssh.host, port: mytoken.ssh.port })
    socket.setTimeout(1_000)
    socket.once('connect', () => (socket.destroy(), resolve(true)))
    socket.once('error', () => resolve(false))
    socket.once('timeout', () => (socket.destroy(), resolve(false)))
  })
}

/** Starts the server in the run folder and waits until its discovery document answers. */
export async function startMytokenServer(build: MytokenServerBuild): Promise<ManagedChild> {
  const outLog = path.join(logDir, 'mytoken-server.out.log')
  const server = startChild('mytoken-server', path.join(build.binDir, 'mytoken-server'), [], {
    cwd: runDir,
    logFile: outLog,
    env: { ...withoutDbEnv(), MYTOKEN_SSH_ADDRESS: sshAddress },
  })
  const failure = () =>
    new Error(
      `mytoken-server exited during start-up (${outLog}):\n${tailOf(outLog)}\n` +
        `internal log: ${path.join(serverLogDir, 'mytoken.log')}\n${tailOf(path.join(serverLogDir, 'mytoken.log'), 10)}`,
    )
  try {
    await waitFor(
      `the mytoken server at ${mytoken.issuer}`,
      async () => {
        if (server.hasExited()) throw failure()
        const discovery = await fetchMytokenDiscovery(1_000)
        return discovery?.issuer === mytoken.issuer ? discovery : undefined
      },
      { timeoutMs: 60_000, intervalMs: 150 },
    )
    await waitFor(`the SSH grant at ${sshAddress}`, () => sshPortAnswers(), {
      timeoutMs: 10_000,
      intervalMs: 100,
    })
  } catch (error) {
    if (server.hasExited()) throw failure()
    await server.stop()
    throw error
  }
  return server
}

/** Loads the example server profiles of the archive (config/server-profiles/) through the API. */
export async function loadServerProfiles(build: MytokenServerBuild): Promise<number> {
  const profilesDir = path.join(build.srcDir, 'config', 'server-profiles')
  const auth = `Basic ${Buffer.from(`_:${mytoken.profileAdminPassword}`).toString('base64')}`
  let loaded = 0
  // templates first: profiles refer to them by name
  for (const type of ['capabilities', 'restrictions', 'rotation', 'profiles']) {
    const typeDir = path.join(profilesDir, type)
    if (!fs.existsSync(typeDir)) continue
    for (const name of fs.readdirSync(typeDir).sort()) {
      const payload: unknown = JSON.parse(fs.readFileSync(path.join(typeDir, name), 'utf8'))
      const response = await fetch(`${mytoken.issuer}/api/v0/pt/_/${type}`, {
        method: 'POST',
        headers: { Authorization: auth, 'Content-Type': 'application/json' },
        body: JSON.stringify({ name, payload }),
      })
      if (!response.ok) {
        throw new Error(
          `loading server profile ${type}/${name} failed: HTTP ${response.status} ${await response.text()}`,
        )
      }
      loaded++
    }
  }
  return loaded
}
