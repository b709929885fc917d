// The one render-blocking script (external, so the CSP needs no inline script). It runs in
// <head> before the first paint and only marks <html>; styles.css does the rest.
import { SESSION_STORAGE_KEY } from '../lib/mytoken/session-storage-key'
import { prerenderedShellFits, SESSION_HINT_ATTRIBUTE, SHELL_MISMATCH_ATTRIBUTE } from './shell'

const html = document.documentElement
// e.g. /tokens/<id> answered with the home page's shell: never show another page's content
if (!prerenderedShellFits(html)) html.setAttribute(SHELL_MISMATCH_ATTRIBUTE, '')
try {
  // only whether a session exists; the token itself is not read here
  if (sessionStorage.getItem(SESSION_STORAGE_KEY) !== null)
    html.setAttribute(SESSION_HINT_ATTRIBUTE, '')
} catch {
  // storage unavailable: treated as signed out
}
