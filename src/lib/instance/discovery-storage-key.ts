/** Where the last discovery document of an instance is remembered (localStorage; it is public). */
export const DISCOVERY_KEY_PREFIX = 'mytoken-web.discovery:'
