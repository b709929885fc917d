export const IDENTITY_SCOPES = ['openid', 'profile', 'email', 'eduperson_unique_id']

/** The claims each requested scope asks the provider to release. */
export const CLAIMS_BY_SCOPE: Record<string, string[]> = {
  profile: ['name', 'given_name', 'family_name', 'preferred_username'],
  email: ['email', 'email_verified'],
  eduperson_unique_id: ['eduperson_unique_id'],
}

export const CALLBACK_PATH = '/auth/callback.html'
