// Is an address:port free for the stack, and if not, who holds it (via `ss -ltnp` and /proc)?
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'

export interface PortNeed {
  /** what the stack runs there, e.g. "MariaDB" */
  service: string
  /** the address the service binds ('::' = all interfaces, as the mytoken server does) */
  host: string
  port: number
}

export interface Holder {
  pid?: number
  command?: string
  /** the raw `ss` line(s), when the pid is not visible */
  listener?: string
}

/** Tries to bind host:port; true if that works (and releases it again). */
export function canBind(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once('error', (error: NodeJS.ErrnoException) => {
      // no IPv6 on this machine: fall back to the IPv4 wildcard
      if (host === '::' && error.code === 'EAFNOSUPPORT') resolve(canBind('0.0.0.0', port))
      else resolve(false)
    })
    server.listen({ host, port, exclusive: true }, () => server.close(() => resolve(true)))
  })
}

function ssListeners(port: number): Promise<string[]> {
  return new Promise((resolve) => {
    execFile('ss', ['-ltnpH', `sport = :${port}`], { timeout: 3_000 }, (error, stdout) => {
      resolve(error ? [] : stdout.split('\n').filter((line) => line.trim()))
    })
  })
}

function commandOf(pid: number): string | undefined {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ')
  } catch {
    return undefined
  }
}

/** Who listens on this port (any address)? */
export async function holderOf(port: number): Promise<Holder | undefined> {
  const lines = await ssListeners(port)
  if (lines.length === 0) return undefined
  for (const line of lines) {
    const pid = /pid=(\d+)/.exec(line)?.[1]
    if (pid)
      return {
        pid: Number(pid),
        command: commandOf(Number(pid)) ?? /users:\(\("([^"]+)"/.exec(line)?.[1],
      }
  }
  return { listener: lines.join('\n') }
}

export function describeHolder(holder: Holder | undefined): string {
  if (!holder)
    return 'by an unknown process (`ss -ltnp` shows no listener; maybe still being released)'
  if (holder.pid !== undefined) {
    const command = holder.command ? ` (${holder.command.slice(0, 240)})` : ''
    return `by pid ${holder.pid}${command}; stop it with \`kill ${holder.pid}\``
  }
  return `by a process that \`ss -ltnp\` cannot name (another user's?):\n    ${holder.listener ?? ''}`
}
