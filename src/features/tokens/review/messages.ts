import { defineMessages } from '@/lib/i18n/i18n'

export const reviewMessages = defineMessages({
  en: {
    loading: 'Loading your tokens…',
    loadFailed: 'Your tokens could not be loaded',
    reading: 'Reading what your tokens did (their history): {done} of {total} tokens…',
    readDone: 'Checked {total} tokens, their history included.',
    readFailed:
      'The history of your tokens could not be read; the findings below come from the token list alone.',
    retry: 'Try again',
    none: 'Nothing to worry about: none of your tokens has a finding.',
    count: '{count} tokens deserve attention, the most urgent first.',
    countOne: '1 token deserves attention.',
    created: 'Created {when}',
    expires: 'expires {when}',
    neverExpires: 'never expires',
    revoke: 'Revoke…',
    revokeNamed: 'Revoke {name}',
    replace: 'Replace with a narrower one',
    replaceNamed: 'Replace with a narrower one: {name}',
    successor: 'Create a successor',
    successorNamed: 'Create a successor: {name}',
    showMore: 'Show {count} more',
    findings: 'Findings for {name}',
    risk: 'risk: {risk}',
    'managesAccount.title': 'Can change your settings or manage your other tokens',
    'managesAccount.why':
      'Whoever holds it can {what}: a leak reaches far beyond this token, and a script rarely needs that.',
    'managesAccount.history': 'Seen in its history.',
    'createsTokens.title': 'Can create new tokens',
    'createsTokens.why':
      'Whoever holds it can make new mytokens from it and keep access through them; a token that only obtains access tokens is safer.',
    'createsTokens.subtokens': 'It has sub-tokens.',
    'createsTokens.history': 'Its history shows a sub-token it created.',
    'unlimitedAccessTokens.title': 'Obtains access tokens without limit',
    'unlimitedAccessTokens.settings':
      'It has no limit on the access tokens it obtains: a leaked copy works for as long as the token lives.',
    'unlimitedAccessTokens.history':
      'It has obtained access tokens and this browser knows of no limit on them: a leaked copy works for as long as the token lives.',
    'neverExpires.title': 'Never expires',
    'neverExpires.why':
      'It stays valid until someone revokes it: a copy forgotten in a script or a backup still works years later.',
    'rotationOff.title': 'Used from {places} places without rotation',
    'rotationOff.why':
      'Access tokens were obtained with it from {places} different addresses or programs and it does not rotate: a copy taken on one of them would go unnoticed.',
    'otherSession.builtInInterface.title': 'Sign-in of the server’s built-in web interface',
    'otherSession.builtInInterface.why':
      'Another app’s session, which can change your settings and manage your tokens. If you did not sign in there lately, revoke it.',
    'otherSession.otherBrowser.title': 'Session of this app in another browser',
    'otherSession.otherBrowser.why':
      'If you are not signed in to this app in another browser right now, it was left behind or is not yours: revoke it.',
    'otherSession.thisBrowser.title': 'Earlier session of this browser',
    'otherSession.thisBrowser.why':
      'An earlier sign-in in this browser left it behind; nothing needs it any more.',
    'unfamiliarClient.title': 'Made by the program “{program}”',
    'unfamiliarClient.titleAt': 'Made by the program “{program}” at {ip}',
    'unfamiliarClient.why':
      'If you do not recognise this as a script or tool of yours, someone else may have made the token with your account: revoke it.',
    'idle.title': 'Not used for {days} days',
    'idle.why':
      'A token nobody uses is only a risk: revoke it, or replace it with one that expires.',
    'usesRunningOut.title': 'Almost used up: {left} uses left',
    'usesRunningOut.titleOne': 'Almost used up: 1 use left',
    'usesRunningOut.why':
      'When its uses run out, the scripts that need it stop: create a successor in time.',
    'expiresSoon.title': 'Expires {when}',
    'expiresSoon.why': 'After that, the scripts that need it stop: create a successor in time.',
  },
  de: {
    loading: 'Ihre Tokens werden geladen…',
    loadFailed: 'Ihre Tokens konnten nicht geladen werden',
    reading: 'Was Ihre Tokens taten (ihr Verlauf) wird gelesen: {done} von {total} Tokens…',
    readDone: '{total} Tokens geprüft, ihr Verlauf eingeschlossen.',
    readFailed:
      'Der Verlauf Ihrer Tokens konnte nicht gelesen werden; die Befunde unten stammen allein aus der Token-Liste.',
    retry: 'Erneut versuchen',
    none: 'Kein Grund zur Sorge: Keines Ihrer Tokens hat einen Befund.',
    count: '{count} Tokens verdienen Aufmerksamkeit, die dringendsten zuerst.',
    countOne: '1 Token verdient Aufmerksamkeit.',
    created: 'Erstellt {when}',
    expires: 'läuft {when} ab',
    neverExpires: 'läuft nie ab',
    revoke: 'Widerrufen…',
    revokeNamed: '{name} widerrufen',
    replace: 'Durch ein engeres ersetzen',
    replaceNamed: 'Durch ein engeres ersetzen: {name}',
    successor: 'Nachfolger erstellen',
    successorNamed: 'Nachfolger erstellen: {name}',
    showMore: '{count} weitere zeigen',
    findings: 'Befunde zu {name}',
    risk: 'Risiko: {risk}',
    'managesAccount.title': 'Kann Ihre Einstellungen ändern oder Ihre anderen Tokens verwalten',
    'managesAccount.why':
      'Wer es besitzt, kann {what}: Ein Leck reicht weit über dieses Token hinaus, und ein Skript braucht das selten.',
    'managesAccount.history': 'Im Verlauf gesehen.',
    'createsTokens.title': 'Kann neue Tokens erstellen',
    'createsTokens.why':
      'Wer es besitzt, kann daraus neue Mytokens erzeugen und über sie Zugang behalten; ein Token, das nur Access-Tokens holt, ist sicherer.',
    'createsTokens.subtokens': 'Es hat Unter-Tokens.',
    'createsTokens.history': 'Sein Verlauf zeigt ein Unter-Token, das es erstellt hat.',
    'unlimitedAccessTokens.title': 'Holt Access-Tokens ohne Grenze',
    'unlimitedAccessTokens.settings':
      'Es hat keine Grenze für die Access-Tokens, die es holt: Eine geleakte Kopie wirkt, solange das Token lebt.',
    'unlimitedAccessTokens.history':
      'Es hat Access-Tokens geholt, und dieser Browser kennt keine Grenze dafür: Eine geleakte Kopie wirkt, solange das Token lebt.',
    'neverExpires.title': 'Läuft nie ab',
    'neverExpires.why':
      'Es bleibt gültig, bis es jemand widerruft: Eine in einem Skript oder Backup vergessene Kopie wirkt noch nach Jahren.',
    'rotationOff.title': 'An {places} Orten benutzt, ohne Rotation',
    'rotationOff.why':
      'Mit ihm wurden von {places} verschiedenen Adressen oder Programmen Access-Tokens geholt, und es rotiert nicht: Eine dort gezogene Kopie fiele nicht auf.',
    'otherSession.builtInInterface.title': 'Anmeldung der eingebauten Weboberfläche des Servers',
    'otherSession.builtInInterface.why':
      'Die Sitzung einer anderen App, die Ihre Einstellungen ändern und Ihre Tokens verwalten kann. Wenn Sie sich dort nicht kürzlich angemeldet haben, widerrufen Sie sie.',
    'otherSession.otherBrowser.title': 'Sitzung dieser App in einem anderen Browser',
    'otherSession.otherBrowser.why':
      'Wenn Sie gerade in keinem anderen Browser bei dieser App angemeldet sind, wurde sie zurückgelassen oder gehört nicht Ihnen: Widerrufen Sie sie.',
    'otherSession.thisBrowser.title': 'Frühere Sitzung dieses Browsers',
    'otherSession.thisBrowser.why':
      'Eine frühere Anmeldung in diesem Browser hat sie zurückgelassen; nichts braucht sie mehr.',
    'unfamiliarClient.title': 'Vom Programm „{program}“ erstellt',
    'unfamiliarClient.titleAt': 'Vom Programm „{program}“ unter {ip} erstellt',
    'unfamiliarClient.why':
      'Wenn Sie darin keines Ihrer Skripte oder Werkzeuge erkennen, hat vielleicht jemand anderes das Token mit Ihrem Konto erstellt: Widerrufen Sie es.',
    'idle.title': 'Seit {days} Tagen nicht benutzt',
    'idle.why':
      'Ein Token, das niemand benutzt, ist nur ein Risiko: Widerrufen Sie es oder ersetzen Sie es durch eines, das abläuft.',
    'usesRunningOut.title': 'Fast aufgebraucht: noch {left} Nutzungen',
    'usesRunningOut.titleOne': 'Fast aufgebraucht: noch 1 Nutzung',
    'usesRunningOut.why':
      'Sind seine Nutzungen aufgebraucht, halten die Skripte an, die es brauchen: Erstellen Sie rechtzeitig einen Nachfolger.',
    'expiresSoon.title': 'Läuft {when} ab',
    'expiresSoon.why':
      'Danach halten die Skripte an, die es brauchen: Erstellen Sie rechtzeitig einen Nachfolger.',
  },
})

export const replacedMessages = defineMessages({
  en: {
    title: 'Revoke the old token “{name}”?',
    unnamed: 'the old token',
    text: 'This new token replaces it. Store the new one first: scripts that still use the old token stop working once it is revoked. Nothing is revoked until you confirm.',
    revoke: 'Revoke the old token…',
    revoked: 'The old token is revoked.',
  },
  de: {
    title: 'Das alte Token „{name}“ widerrufen?',
    unnamed: 'das alte Token',
    text: 'Dieses neue Token ersetzt es. Speichern Sie zuerst das neue: Skripte, die noch das alte benutzen, halten an, sobald es widerrufen ist. Widerrufen wird erst nach Ihrer Bestätigung.',
    revoke: 'Das alte Token widerrufen…',
    revoked: 'Das alte Token ist widerrufen.',
  },
})
