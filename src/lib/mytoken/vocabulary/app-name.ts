// How this app names itself to the mytoken server (shown in the user's token list and history).

// Unmistakable next to the server's built-in web interface, which names its own sign-in token
// "mytoken-web" (see known-clients.ts).

/** The `application_name` of every token this app asks for (the consent page shows it). */
export const APPLICATION_NAME = 'mytoken-web app'
/** The name of the restricted token the app holds as its session. */
export const SESSION_TOKEN_NAME = `${APPLICATION_NAME} session`
/** The `application_name` when asking for that session. */
export const SESSION_APPLICATION_NAME = `${APPLICATION_NAME} (sign-in session)`
/** The comment sent with an access-token request that only tests a new token. */
export const TEST_REQUEST_COMMENT = `test from ${APPLICATION_NAME}`
/** How every step-up token of this app's is named (`src/lib/step-up/`), followed by its purpose. */
export const STEP_UP_NAME_PREFIX = `${APPLICATION_NAME} step-up: `
