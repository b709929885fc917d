// Accounts of the local OP: the demo users from the config, plus any `test-…` user (one password for all).
import { createHash, timingSafeEqual } from 'node:crypto'
import { demoUsers, testUserPassword, testUserPrefix } from '../config.ts'

export interface LocalAccount {
  /** stable `sub`, derived from the username */
  sub: string
  username: string
  name: string
  givenName: string
  familyName: string
  email: string
  eduPersonUniqueId: string
}

/** A UUID-shaped, stable subject identifier per username (Helmholtz AAI subs look like UUIDs). */
export function subjectFor(username: string): string {
  const hex = createHash('sha256').update(`local-op:${username}`).digest('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

function accountFor(username: string): { account: LocalAccount; password: string } | undefined {
  const demo = demoUsers.find((user) => user.username === username)
  if (demo) {
    const { password, ...profile } = demo
    return { account: { sub: subjectFor(username), ...profile }, password }
  }
  if (username.startsWith(testUserPrefix) && username.length > testUserPrefix.length) {
    const suffix = username.slice(testUserPrefix.length)
    return {
      password: testUserPassword,
      account: {
        sub: subjectFor(username),
        username,
        name: `Test User ${suffix}`,
        givenName: 'Test User',
        familyName: suffix,
        email: `${username}@test.example`,
        eduPersonUniqueId: `${username}@helmholtz.example`,
      },
    }
  }
  return undefined
}

/** sub → username, filled on sign-in (demo users are known from the start). */
const usernameBySub = new Map<string, string>(
  demoUsers.map((user) => [subjectFor(user.username), user.username]),
)

/** Checks the credentials; returns the account or undefined if they are wrong. */
export function authenticate(username: string, password: string): LocalAccount | undefined {
  const found = accountFor(username.trim())
  if (!found || !sameSecret(password, found.password)) return undefined
  usernameBySub.set(found.account.sub, found.account.username)
  return found.account
}

export function findAccountBySub(sub: string): LocalAccount | undefined {
  const username = usernameBySub.get(sub)
  return username === undefined ? undefined : accountFor(username)?.account
}

/** The claims of an account, by the scope that releases them. */
export function claimsOf(account: LocalAccount): Record<string, unknown> {
  return {
    sub: account.sub,
    name: account.name,
    given_name: account.givenName,
    family_name: account.familyName,
    preferred_username: account.username,
    email: account.email,
    email_verified: true,
    eduperson_unique_id: account.eduPersonUniqueId,
  }
}
