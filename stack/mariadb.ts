// MariaDB from the Debian packages, in a throwaway data dir under .stack/ (recreated on every start).
// It listens on a loopback address of its own (127.0.0.2) on the default port, because the mytoken
// server's setup tools shell out to the `mariadb` client with `-h <host>`, which takes no port.
import fs from 'node:fs'
import net from 'node:net'
import path from 'node:path'
import { runCommand, startChild, tailOf, type ManagedChild } from './child-processes.ts'
import { stackConfig } from './config.ts'
import { waitFor } from './progress.ts'

const { host, port, rootPassword, database, user, password } = stackConfig.mariadb

export const mariadbDir = path.join(stackConfig.stateDir, 'mariadb')
const dataDir = path.join(mariadbDir, 'data')
const socketPath = path.join(mariadbDir, 'mariadb.sock')
const pidFile = path.join(mariadbDir, 'mariadbd.pid')
const logDir = path.join(stackConfig.stateDir, 'logs')

const runningAsRoot = process.getuid?.() === 0

function sqlString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
}

/** Runs SQL as root through the Unix socket (works before and after the root password is set). */
export function runSqlAsRoot(sql: string): Promise<string> {
  return runCommand(
    'mariadb',
    [
      '--no-defaults',
      `--socket=${socketPath}`,
      '--user=root',
      `--password=${rootPassword}`,
      '--batch',
    ],
    { input: sql },
  )
}

function acceptsTcp(): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

/** Creates a fresh data dir, starts mariadbd and sets up the database, its user and the root password. */
export async function startMariadb(): Promise<ManagedChild> {
  fs.rmSync(mariadbDir, { recursive: true, force: true })
  fs.mkdirSync(dataDir, { recursive: true })
  fs.mkdirSync(logDir, { recursive: true })
  const userArgs = runningAsRoot ? ['--user=root'] : []

  await runCommand(
    'mariadb-install-db',
    [
      '--no-defaults',
      `--datadir=${dataDir}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      '--skip-name-resolve',
      ...userArgs,
    ],
    { logFile: path.join(logDir, 'mariadb-install-db.log') },
  )

  const errorLog = path.join(logDir, 'mariadbd.log')
  const server = startChild(
    'mariadbd',
    'mariadbd',
    [
      '--no-defaults', // must come first: no /etc/mysql configuration
      `--datadir=${dataDir}`,
      ...userArgs,
      `--bind-address=${host}`,
      `--port=${port}`,
      '--skip-networking=0',
      '--skip-name-resolve',
      `--socket=${socketPath}`,
      `--pid-file=${pidFile}`,
      `--log-error=${errorLog}`,
      '--innodb-buffer-pool-size=64M',
      '--innodb-flush-log-at-trx-commit=0',
      '--character-set-server=utf8mb4',
    ],
    { logFile: path.join(logDir, 'mariadbd.out.log') },
  )

  try {
    await waitFor(
      `MariaDB at ${host}:${port}`,
      async () => {
        if (server.hasExited()) {
          throw new Error(`mariadbd exited during start-up; ${errorLog}:\n${tailOf(errorLog)}`)
        }
        return (await acceptsTcp()) && fs.existsSync(socketPath) ? true : undefined
      },
      { timeoutMs: 30_000, intervalMs: 100 },
    )
  } catch (error) {
    if (server.hasExited())
      throw new Error(`mariadbd exited during start-up; ${errorLog}:\n${tailOf(errorLog)}`)
    throw error
  }

  // The install script creates passwordless root accounts for localhost, 127.0.0.1, ::1 and the
  // host name. Give the loopback ones the configured password (the client's address is 127.0.0.1
  // when it connects to 127.0.0.2) and drop the rest.
  const pw = sqlString(rootPassword)
  await runCommand(
    'mariadb',
    ['--no-defaults', `--socket=${socketPath}`, '--user=root', '--batch'],
    {
      input: `
        DELETE FROM mysql.global_priv WHERE User = 'root' AND Host NOT IN ('localhost', '127.0.0.1');
        DELETE FROM mysql.global_priv WHERE User = '';
        FLUSH PRIVILEGES;
        ALTER USER 'root'@'localhost' IDENTIFIED BY ${pw};
        ALTER USER 'root'@'127.0.0.1' IDENTIFIED BY ${pw};
        CREATE USER 'root'@${sqlString(host)} IDENTIFIED BY ${pw};
        GRANT ALL PRIVILEGES ON *.* TO 'root'@${sqlString(host)} WITH GRANT OPTION;
        CREATE DATABASE IF NOT EXISTS \`${database}\`;
        CREATE OR REPLACE USER ${sqlString(user)} IDENTIFIED BY ${sqlString(password)};
        GRANT EXECUTE ON \`${database}\`.* TO ${sqlString(user)};
        FLUSH PRIVILEGES;
      `,
    },
  )
  // Same check the mytoken tools make: root with password over TCP to the configured host.
  await runCommand('mariadb', [
    '--no-defaults',
    '--protocol=tcp',
    `--host=${host}`,
    `--port=${port}`,
    '--user=root',
    `--password=${rootPassword}`,
    '--execute=SELECT 1',
  ])
  return server
}
