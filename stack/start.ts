// CLI: `npx tsx stack/start.ts` (or `npm run stack`) starts the local stack and keeps it running
// until Ctrl-C / SIGTERM, then stops every part of it.
import { demoUsers, stackConfig, testUserPassword, testUserPrefix } from './config.ts'
import { startStack } from './stack.ts'

const { mytoken, provider, app, mailpit } = stackConfig

function summary(reused: boolean): string {
  const users = demoUsers.map(
    (u) => `    ${u.username.padEnd(8)} password ${u.password}   (${u.name}, ${u.email})`,
  )
  return [
    '',
    `local stack ${reused ? '(reused, started elsewhere)' : 'running'}:`,
    `  mytoken server      ${mytoken.issuer}   (v${mytoken.version}; discovery: ${mytoken.issuer}/.well-known/mytoken-configuration)`,
    `  its web interface   ${mytoken.issuer}/`,
    `  its SSH grant       ssh -p ${mytoken.ssh.port} <user>@${mytoken.ssh.host}   (host keys new per start)`,
    `  OpenID provider     ${provider.issuer}   (${provider.name})`,
    `  mail catcher        ${mailpit.webUrl}   (Mailpit: the server's e-mails; REST API at /api/v1/)`,
    `  app origins         ${app.devOrigin} (dev), ${app.previewOrigin} (preview)`,
    '  sign in at the provider as',
    ...users,
    `    ${testUserPrefix}<anything>  password ${testUserPassword}   (throwaway test users)`,
    `  logs                ${stackConfig.stateDir}/logs/`,
    '',
    reused
      ? 'It belongs to another process; Ctrl-C here leaves it running.'
      : 'Press Ctrl-C to stop.',
    '',
  ].join('\n')
}

try {
  const stack = await startStack({ exitOnCrash: true })
  process.stdout.write(summary(stack.reused))
  // Stay in the foreground (also when reusing, so that Playwright's webServer sees a live process);
  // startStack's signal handlers stop everything and exit.
  setInterval(() => {}, 1 << 30)
} catch (error) {
  process.stderr.write(`\n${(error as Error).message}\n`)
  process.exit(1)
}
