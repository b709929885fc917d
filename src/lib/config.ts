import { z } from 'zod'

const runtimeConfigSchema = z.object({
  instances: z
    .array(z.object({ issuer: z.url(), name: z.string().min(1) }))
    .min(1, 'config.json names no mytoken instance'),
  spaClients: z
    .array(z.object({ providerIssuer: z.url(), clientId: z.string().min(1) }))
    .default([]),
})

export type RuntimeConfig = z.infer<typeof runtimeConfigSchema>
export type InstanceConfig = RuntimeConfig['instances'][number]

export async function loadRuntimeConfig(url = '/config.json'): Promise<RuntimeConfig> {
  const response = await fetch(url, { cache: 'no-cache' })
  if (!response.ok) throw new Error(`${url} answered HTTP ${response.status}`)
  const parsed = runtimeConfigSchema.safeParse(await response.json())
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(
      `${url} is invalid: ${issue?.path.join('.') ?? ''} ${issue?.message ?? ''}`.trim(),
    )
  }
  return parsed.data
}

/** Matches issuer URLs the way the server does: a trailing slash does not matter. */
export function sameIssuer(a: string, b: string): boolean {
  return a.replace(/\/+$/, '') === b.replace(/\/+$/, '')
}
