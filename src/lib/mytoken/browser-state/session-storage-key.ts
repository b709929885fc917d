/** Where the session store mirrors the session (sessionStorage); the boot script only checks it exists. */
export const SESSION_STORAGE_KEY = 'mytoken-web.session'
