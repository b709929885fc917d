export interface InstanceConfig {
  issuer: string
  name: string
}

export interface RuntimeConfig {
  instances: InstanceConfig[]
  spaClients: { providerIssuer: string; clientId: string }[]
}

function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol)
  } catch {
    return false
  }
}

/** Checks config.json by hand (it is read before anything else loads); says what is wrong. */
export function parseRuntimeConfig(value: unknown): RuntimeConfig {
  const source = (typeof value === 'object' && value !== null ? value : {}) as Record<
    string,
    unknown
  >
  const instances = source.instances
  if (!Array.isArray(instances) || instances.length === 0) {
    throw new Error('"instances" must list at least one mytoken server')
  }
  instances.forEach((instance: Record<string, unknown>, index) => {
    if (!isHttpUrl(instance?.issuer))
      throw new Error(`instances[${index}].issuer must be an http(s) URL`)
    if (typeof instance?.name !== 'string' || instance.name === '') {
      throw new Error(`instances[${index}].name must be a non-empty text`)
    }
  })
  const spaClients = source.spaClients ?? []
  if (!Array.isArray(spaClients)) throw new Error('"spaClients" must be a list')
  spaClients.forEach((client: Record<string, unknown>, index) => {
    if (!isHttpUrl(client?.providerIssuer)) {
      throw new Error(`spaClients[${index}].providerIssuer must be an http(s) URL`)
    }
    if (typeof client?.clientId !== 'string' || client.clientId === '') {
      throw new Error(`spaClients[${index}].clientId must be a non-empty text`)
    }
  })
  return {
    instances: instances.map((i: InstanceConfig) => ({ issuer: i.issuer, name: i.name })),
    spaClients: spaClients.map((c: RuntimeConfig['spaClients'][number]) => ({
      providerIssuer: c.providerIssuer,
      clientId: c.clientId,
    })),
  }
}

/** config.json could not be used; `message` says why, in terms an operator can act on. */
export class RuntimeConfigError extends Error {
  readonly url: string
  constructor(url: string, message: string) {
    super(message)
    this.name = 'RuntimeConfigError'
    this.url = url
  }
}

/** Fetches and checks config.json; every failure is a RuntimeConfigError naming the problem. */
export async function loadRuntimeConfig(url = '/config.json'): Promise<RuntimeConfig> {
  let response: Response
  try {
    // no cache option: index.html preloads this very request (the server says no-cache)
    response = await fetch(url)
  } catch (error) {
    throw new RuntimeConfigError(url, `${url} could not be loaded (${describe(error)})`)
  }
  if (!response.ok) {
    const missing = response.status === 404 ? ': the file is missing' : ''
    throw new RuntimeConfigError(url, `${url} answered HTTP ${response.status}${missing}`)
  }
  const text = await response.text()
  if (/^\s*</.test(text)) {
    // a web server that answers every unknown path with index.html
    throw new RuntimeConfigError(url, `${url} is an HTML page, not JSON: the file is missing`)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new RuntimeConfigError(url, `${url} is not valid JSON: ${describe(error)}`)
  }
  try {
    return parseRuntimeConfig(json)
  } catch (error) {
    throw new RuntimeConfigError(url, `${url} is invalid: ${describe(error)}`)
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** Matches issuer URLs the way the server does: a trailing slash does not matter. */
export function sameIssuer(a: string, b: string): boolean {
  return a.replace(/\/+$/, '') === b.replace(/\/+$/, '')
}
