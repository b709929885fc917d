/** Where the header's remembered name and e-mail are kept (sessionStorage; no token). */
export const PROFILE_STORAGE_KEY = 'mytoken-web.identity'
