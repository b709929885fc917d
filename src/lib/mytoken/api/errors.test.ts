import { expect, test } from 'vitest'
import { MytokenError, isMytokenError, toMytokenError } from './errors'

test('an error body becomes a MytokenError with code, description and status', () => {
  const error = toMytokenError(401, {
    error: 'access_denied',
    error_description: 'user declined consent',
  })
  expect(error).toBeInstanceOf(MytokenError)
  expect(error.status).toBe(401)
  expect(error.code).toBe('access_denied')
  expect(error.description).toBe('user declined consent')
  expect(error.message).toBe('access_denied: user declined consent')
})

test('428 authorization_pending is recognised by code', () => {
  const error = toMytokenError(428, { error: 'authorization_pending' })
  expect(isMytokenError(error, 'authorization_pending')).toBe(true)
  expect(isMytokenError(error, 'access_denied')).toBe(false)
  expect(error.description).toBeUndefined()
})

test('an empty description is treated as missing (the server sends "" for revoked tokens)', () => {
  expect(
    toMytokenError(401, { error: 'invalid_token', error_description: '' }).description,
  ).toBeUndefined()
})

test('a body without an error field still yields a typed error that says the status', () => {
  expect(toMytokenError(500, 'Internal Server Error').code).toBe('server_error')
  expect(toMytokenError(404, null).code).toBe('http_error')
  expect(toMytokenError(404, null).description).toBe('HTTP 404')
})
