// mytoken server v0.10.1 hard-codes its SSH grant to port 2222 on all interfaces
// (internal/server/ssh/sshServer.go) and writes `HostName <issuer host>` / `Port 2222` into the
// ~/.ssh/config block it hands out (internal/server/ssh/hostconfig.go). Parallel stacks (STACK_SLOT)
// would all bind :2222, and the server exits when the bind fails. This small source patch, applied
// after unpacking, makes both read MYTOKEN_SSH_ADDRESS (host:port) instead; unset, the server
// behaves exactly as upstream. Every replacement must match exactly once, or the build stops.
import fs from 'node:fs'
import path from 'node:path'

/** Bump when the patch changes, so an old build is not reused. */
export const sshPatchVersion = 'ssh-address-1'

/** Said in the build log, so nobody mistakes the stack's server for an unchanged one. */
export const sshPatchSummary =
  'SSH grant address from MYTOKEN_SSH_ADDRESS (stack/mytoken-server-ssh-patch.ts; 3 lines changed in internal/server/ssh, nothing else)'

const helperFile = `package ssh

// Added by mytoken-web's local stack (stack/mytoken-server-ssh-patch.ts): the SSH grant's
// listen address and the host/port written into ssh config blocks come from MYTOKEN_SSH_ADDRESS.

import (
	"net"
	"os"
	"strconv"
)

func sshListenAddress() string {
	if address := os.Getenv("MYTOKEN_SSH_ADDRESS"); address != "" {
		return address
	}
	return ":2222"
}

func sshPublicHostAndPort(defaultHost string) (string, int) {
	host, portText, err := net.SplitHostPort(os.Getenv("MYTOKEN_SSH_ADDRESS"))
	if err != nil {
		return defaultHost, 2222
	}
	port, err := strconv.Atoi(portText)
	if err != nil {
		return defaultHost, 2222
	}
	return host, port
}
`

const replacements: { file: string; from: string; to: string }[] = [
  {
    file: 'internal/server/ssh/sshServer.go',
    from: 'Addr:             ":2222",',
    to: 'Addr:             sshListenAddress(),',
  },
  {
    file: 'internal/server/ssh/sshServer.go',
    from: 'log.WithField("port", 2222).Info("starting ssh server")',
    to: 'log.WithField("address", sshListenAddress()).Info("starting ssh server")',
  },
  {
    file: 'internal/server/ssh/hostconfig.go',
    from: 'return fmt.Sprintf(hostEntryTemplate, entryName(name), config.Get().Host, 2222, sshUser)',
    to: 'host, port := sshPublicHostAndPort(config.Get().Host)\n\treturn fmt.Sprintf(hostEntryTemplate, entryName(name), host, port, sshUser)',
  },
]

export function applySshAddressPatch(srcDir: string): void {
  for (const { file, from, to } of replacements) {
    const target = path.join(srcDir, file)
    const text = fs.readFileSync(target, 'utf8')
    const count = text.split(from).length - 1
    if (count !== 1) {
      throw new Error(
        `SSH address patch: expected "${from}" once in ${file}, found it ${count} times (another server version?)`,
      )
    }
    fs.writeFileSync(target, text.replace(from, to))
  }
  fs.writeFileSync(path.join(srcDir, 'internal/server/ssh/zz_stack_address.go'), helperFile)
}
