// How this app names itself to the mytoken server (shown in the user's token list and history).

/** The `application_name` of every token this app asks for. */
export const APPLICATION_NAME = 'mytoken-web'
/** The name of the restricted token the app holds as its session. */
export const SESSION_TOKEN_NAME = `${APPLICATION_NAME} session`
/** The comment sent with an access-token request that only tests a new token. */
export const TEST_REQUEST_COMMENT = `test from ${APPLICATION_NAME}`
