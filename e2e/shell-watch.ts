// Runs shell lines as a user would, in real bash, while watching every process's command line
// the way another user of a shared login node could (`ps`).
import { execFile, spawn, type SpawnOptions } from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** Every process's full command line, as `ps` shows them to anyone on the machine. */
export async function commandLines(): Promise<string> {
  return (await run('ps', ['-e', '-ww', '-o', 'args='])).stdout
}

export interface HeldEndpoint {
  url: string
  /** the Authorization header of each request */
  authorizations: (string | undefined)[]
  /** `ps` taken while a request was held open, so its client was still running */
  snapshotsDuringRequests: string[]
  close(): Promise<void>
}

/**
 * An HTTP endpoint on loopback that answers each request only after a `ps` snapshot: the client
 * (curl) is then certainly still running, so its command line is certainly in the snapshot.
 */
export async function startHeldEndpoint(): Promise<HeldEndpoint> {
  const authorizations: (string | undefined)[] = []
  const snapshotsDuringRequests: string[] = []
  const server = http.createServer((req, res) => {
    authorizations.push(req.headers.authorization)
    void commandLines().then((snapshot) => {
      snapshotsDuringRequests.push(snapshot)
      res.setHeader('Content-Type', 'text/plain')
      res.end('resource served\n')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/api`,
    authorizations,
    snapshotsDuringRequests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

export interface HeldRequest {
  method: string
  /** the absolute URL the client asked its proxy for */
  url: string
  /** `ps` taken while the request was held open, so its client was still running */
  snapshot: string
}

export interface HeldProxy {
  /** for `http_proxy`: curl and Python's requests send every http:// request through it */
  url: string
  requests: HeldRequest[]
  close(): Promise<void>
}

/**
 * A forward HTTP proxy on loopback that takes a `ps` snapshot before it passes each request on
 * and hands back the real answer: the lines run unchanged against the real server, and their
 * client is certainly in the snapshot. (Go programs never use a proxy for loopback addresses.)
 */
export async function startHeldProxy(): Promise<HeldProxy> {
  const requests: HeldRequest[] = []
  const server = http.createServer((req, res) => {
    void (async () => {
      const chunks: Buffer[] = []
      for await (const chunk of req) chunks.push(chunk as Buffer)
      const url = req.url ?? ''
      const method = req.method ?? 'GET'
      requests.push({ method, url, snapshot: await commandLines() })
      const headers: Record<string, string> = {}
      const type = req.headers['content-type']
      if (type) headers['Content-Type'] = type
      const answer = await fetch(url, {
        method,
        headers,
        body: chunks.length ? Buffer.concat(chunks) : undefined,
      }).catch(() => undefined)
      if (!answer) {
        res.statusCode = 502
        res.end()
        return
      }
      res.statusCode = answer.status
      res.setHeader('Content-Type', answer.headers.get('content-type') ?? 'text/plain')
      res.end(Buffer.from(await answer.arrayBuffer()))
    })()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

export interface WatchedRun {
  exitCode: number | null
  stdout: string
  stderr: string
  /** `ps` snapshots taken one after another while bash ran */
  snapshots: string[]
}

/** Runs `script` from a file with bash, `input` on its standard input, polling `ps` meanwhile. */
export async function runWatched(
  script: string,
  input: string,
  options: Pick<SpawnOptions, 'cwd' | 'env' | 'timeout'> = {},
): Promise<WatchedRun> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shell-watch-'))
  const file = path.join(dir, 'lines.sh')
  fs.writeFileSync(file, `${script}\n`)
  const snapshots: string[] = []
  let running = true
  const watching = (async () => {
    while (running) snapshots.push(await commandLines())
  })()
  try {
    const child = spawn('bash', [file], { stdio: ['pipe', 'pipe', 'pipe'], ...options })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    // a script that ends before reading its input (quickly, or on an error) closes the pipe: its
    // exit code and output tell what happened, not the write's EPIPE
    child.stdin.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error
    })
    child.stdin.end(input)
    const exitCode = await new Promise<number | null>((resolve) => child.on('close', resolve))
    return { exitCode, stdout, stderr, snapshots }
  } finally {
    running = false
    await watching
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
