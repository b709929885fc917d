// Every port, address, URL and demo credential of the local stack, in one place.
// Everything binds to the loopback range; the mytoken server itself has no bind-address
// setting and listens on all interfaces at its port (see README, "The local stack").
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

// STACK_SLOT (0–9, default 0) lets parallel checkouts each run a stack of their own: slot N
// shifts every port by N and gives its loopback services the addresses 127.0.0.(10·N + 2…9).
const slot = Number(process.env.STACK_SLOT ?? 0)
if (!Number.isInteger(slot) || slot < 0 || slot > 9) {
  throw new Error(`STACK_SLOT must be a whole number from 0 to 9, not "${process.env.STACK_SLOT}"`)
}
/** The slot's own loopback address number `n` (2–9): 127.0.0.(10·slot + n). */
export const slotAddress = (n: number) => `127.0.0.${10 * slot + n}`

const mytokenPort = 8610 + slot
const providerPort = 4610 + slot
const appDevPort = 5173 + slot
// Parallel test runs may also serve their build on another port (APP_PREVIEW_PORT).
const appPreviewPort = Number(process.env.APP_PREVIEW_PORT ?? 4173 + slot)

export interface DemoUser {
  username: string
  password: string
  name: string
  givenName: string
  familyName: string
  email: string
  eduPersonUniqueId: string
}

export const demoUsers: DemoUser[] = [
  {
    username: 'alice',
    password: 'alice-demo-password',
    name: 'Alice Researcher',
    givenName: 'Alice',
    familyName: 'Researcher',
    email: 'alice@example.org',
    eduPersonUniqueId: 'alice-0001@helmholtz.example',
  },
  {
    username: 'bob',
    password: 'bob-demo-password',
    name: 'Bob Scientist',
    givenName: 'Bob',
    familyName: 'Scientist',
    email: 'bob@example.org',
    eduPersonUniqueId: 'bob-0002@helmholtz.example',
  },
]

// Throwaway accounts for automated tests and benchmarks: any username that starts with this
// prefix signs in with `testUserPassword`, so every test can use a user with no tokens yet.
export const testUserPrefix = 'test-'
export const testUserPassword = 'test-user-password'

export const stackConfig = {
  projectRoot,
  /** git-ignored folder for the built server, data dirs, keys and logs */
  stateDir: path.join(projectRoot, '.stack'),
  slot,
  mariadb: {
    host: slotAddress(2),
    port: 3306,
    rootPassword: 'stack-root-password',
    database: 'mytoken',
    user: 'mytoken',
    password: 'mytoken-db-password',
  },
  mytoken: {
    port: mytokenPort,
    issuer: `http://127.0.0.1:${mytokenPort}`,
    /** MYTOKEN_SERVER_ARCHIVE: a source archive to use first (e.g. GitHub's tag archive) */
    archiveFromEnv: process.env.MYTOKEN_SERVER_ARCHIVE,
    /** the pinned source archive next to the project, used when MYTOKEN_SERVER_ARCHIVE is unset */
    vendoredArchive: path.resolve(
      projectRoot,
      '..',
      'shared',
      'vendor',
      'mytoken-server-v0.10.1.tar.gz',
    ),
    /** MYTOKEN_SERVER_ARCHIVE_SHA256 overrides the pin, for a deliberately different archive. */
    archiveSha256:
      process.env.MYTOKEN_SERVER_ARCHIVE_SHA256 ??
      'b5a4262af19d04d1c7f5f1b24a243275df5cad3943a08cd330d9155ead7f2dd4',
    version: '0.10.1',
    /** password of the admin profile group `_`, used to load the example server profiles */
    profileAdminPassword: 'stack-profiles-password',
    /** the server's SSH grant (`ssh <user>@host -p port AT`); host keys are made per stack start */
    ssh: { host: slotAddress(4), port: 2222 + slot },
  },
  /** the real mytoken command-line client, an outside client for the e2e tests */
  mytokenCli: {
    /** MYTOKEN_CLIENT_ARCHIVE may point at another copy (e.g. GitHub's tag archive) */
    archive:
      process.env.MYTOKEN_CLIENT_ARCHIVE ??
      path.resolve(projectRoot, '..', 'shared', 'vendor', 'mytoken-client-v0.7.1.tar.gz'),
    archiveSha256:
      process.env.MYTOKEN_CLIENT_ARCHIVE_SHA256 ??
      '5cc7a2a861e5b113c190cf0008c6f0d63dc0a9e36f4c6dd3fa37d22ac628b4da',
    version: '0.7.1',
  },
  provider: {
    port: providerPort,
    issuer: `http://127.0.0.1:${providerPort}`,
    name: 'Helmholtz AAI (local stand-in)',
    scopes: ['openid', 'profile', 'email', 'eduperson_unique_id', 'offline_access'],
    /** confidential client used by the mytoken server */
    mytokenClient: { clientId: 'mytoken-server', clientSecret: 'mytoken-server-client-secret' },
    /** public PKCE client used by the browser app (oidc-client-ts) */
    spaClient: { clientId: 'mytoken-web' },
  },
  mailpit: {
    /** the SMTP catcher for the server's e-mail notifications (web UI + REST API on `webPort`) */
    host: slotAddress(3),
    smtpPort: 1025,
    webPort: 8025,
    webUrl: `http://${slotAddress(3)}:8025`,
    version: 'v1.33.1',
    /** sender of the server's mails */
    fromAddress: 'mytoken-local@example.org',
  },
  app: {
    host: '127.0.0.1',
    devPort: appDevPort,
    previewPort: appPreviewPort,
    /** where `vite build` writes the app (relative to the project); another preview port builds into its own folder */
    buildDir: process.env.APP_PREVIEW_PORT ? `dist-${appPreviewPort}` : 'dist',
    devOrigin: `http://127.0.0.1:${appDevPort}`,
    previewOrigin: `http://127.0.0.1:${appPreviewPort}`,
  },
} as const

export type StackConfig = typeof stackConfig
