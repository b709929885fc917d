// `npm start`: the local stack (MariaDB, OpenID provider, real mytoken server) plus the app's
// dev server, with the URLs and demo credentials printed once everything answers.
import { createServer } from 'vite'
import { demoUsers, stackConfig, testUserPassword, testUserPrefix } from '../stack/config.ts'
import { startStack } from '../stack/stack.ts'

const stack = await startStack({ handleSignals: false })
let vite: Awaited<ReturnType<typeof createServer>> | undefined
try {
  process.env.MYTOKEN_WEB_CONFIG ??= 'local-stack'
  vite = await createServer({ configFile: 'vite.config.ts', logLevel: 'warn' })
  await vite.listen()
} catch (error) {
  await stack.stop()
  throw error
}

const bold = (text: string) => (process.stdout.isTTY ? `\x1b[1m${text}\x1b[0m` : text)
console.log(`
${bold('mytoken-web is running')}

  App                         ${bold(stackConfig.app.devOrigin)}
  mytoken server              ${stackConfig.mytoken.issuer}
  its built-in web interface  ${stackConfig.mytoken.issuer}/
  its SSH grant               ${stackConfig.mytoken.ssh.host} port ${stackConfig.mytoken.ssh.port}
  OpenID provider             ${stackConfig.provider.issuer}  (${stackConfig.provider.name})
  mail catcher (Mailpit)      ${stackConfig.mailpit.webUrl}  (the server's e-mails)

  Demo users (sign in at the provider's login form):
${demoUsers.map((u) => `    ${u.username.padEnd(8)} password ${u.password.padEnd(22)} ${u.name} <${u.email}>`).join('\n')}
    Any username starting with "${testUserPrefix}" signs in with the password "${testUserPassword}"
    (a fresh user with no tokens).
${stack.reused ? '\n  (The stack was already running and is reused; it keeps running after Ctrl-C here.)\n' : ''}
  Press Ctrl-C to stop.
`)

let stopping = false
async function shutdown(signal: string) {
  if (stopping) return
  stopping = true
  console.log(`\n${signal}: stopping…`)
  await vite?.close()
  await stack.stop()
  console.log('stopped; no process or port is left behind.')
  process.exit(0)
}
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => void shutdown(signal))
}
