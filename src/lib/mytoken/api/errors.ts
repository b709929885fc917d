/** An error answer of a mytoken server: `{ error, error_description }` with its HTTP status. */
export class MytokenError extends Error {
  readonly status: number
  readonly code: string
  readonly description: string | undefined

  constructor(status: number, code: string, description?: string) {
    super(description ? `${code}: ${description}` : code)
    this.name = 'MytokenError'
    this.status = status
    this.code = code
    this.description = description
  }
}

/**
 * The request did not reach the server or its answer could not be read. A 429 from the
 * server's rate limiter arrives this way too, because it carries no CORS headers.
 */
export class NetworkError extends Error {
  readonly url: string

  constructor(url: string, cause: unknown) {
    super(`Could not reach ${new URL(url).origin}`, { cause })
    this.name = 'NetworkError'
    this.url = url
  }
}

/** The server answered with something that is not what the API describes. */
export class UnexpectedResponseError extends Error {
  readonly status: number

  constructor(status: number, detail: string) {
    super(`Unexpected answer (HTTP ${status}): ${detail}`)
    this.name = 'UnexpectedResponseError'
    this.status = status
  }
}

export function isMytokenError(error: unknown, code?: string): error is MytokenError {
  return error instanceof MytokenError && (code === undefined || error.code === code)
}

/** Maps a non-2xx answer to a MytokenError, whatever its body looks like. */
export function toMytokenError(status: number, body: unknown): MytokenError {
  if (typeof body === 'object' && body !== null && 'error' in body) {
    const { error, error_description: description } = body as Record<string, unknown>
    if (typeof error === 'string') {
      return new MytokenError(
        status,
        error,
        typeof description === 'string' && description !== '' ? description : undefined,
      )
    }
  }
  return new MytokenError(status, status >= 500 ? 'server_error' : 'http_error', `HTTP ${status}`)
}
