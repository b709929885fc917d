import { defineMessages } from '@/lib/i18n/i18n'

export const successorMessages = defineMessages({
  en: {
    title: 'Successor of “{name}”',
    unnamed: 'an unnamed token',
    copiedAll:
      'Its name, capabilities, restrictions (times moved to start now) and rotation are filled in below. Check them; nothing is created until you confirm.',
    copiedSome:
      'Its name, lifetime (starting now) and the usage limits this browser knows are filled in. The server shares a token’s capabilities, restrictions and rotation only with the token itself: to copy them as well, paste the old token here. It is read in this page only, never sent or stored.',
    paste: 'The old token (optional)',
    copy: 'Copy its settings',
    notJwt:
      'This is not a mytoken this page can read (a short token or transfer code does not carry its settings). Choose the settings below instead.',
    otherName: 'This token is named “{found}”, not the one you chose. Paste the right one.',
  },
  de: {
    title: 'Nachfolger von „{name}“',
    unnamed: 'einem Token ohne Namen',
    copiedAll:
      'Name, Berechtigungen, Einschränkungen (Zeiten ab jetzt) und Rotation sind unten eingetragen. Prüfen Sie sie; erstellt wird erst nach Ihrer Bestätigung.',
    copiedSome:
      'Name, Laufzeit (ab jetzt) und die diesem Browser bekannten Nutzungsgrenzen sind eingetragen. Berechtigungen, Einschränkungen und Rotation teilt der Server nur mit dem Token selbst: Um sie ebenfalls zu übernehmen, fügen Sie das alte Token hier ein. Es wird nur auf dieser Seite gelesen, nie gesendet oder gespeichert.',
    paste: 'Das alte Token (optional)',
    copy: 'Seine Einstellungen übernehmen',
    notJwt:
      'Dieses mytoken kann die Seite nicht lesen (ein kurzes Token oder ein Transfer-Code enthält seine Einstellungen nicht). Wählen Sie die Einstellungen stattdessen unten.',
    otherName: 'Dieses Token heißt „{found}“, nicht wie das gewählte. Fügen Sie das richtige ein.',
  },
})

export const lifecycleMessages = defineMessages({
  en: {
    legend: 'Reminders',
    mail: 'E-mail me before this token expires',
    mailHint:
      'Needs a verified e-mail address: set and verify it on the Notifications page (this page cannot check it).',
    calendar: 'Add its expiry to a calendar',
    noCalendar: 'No calendar',
    noCalendars:
      'To put expiry dates into your calendar app, create a calendar on the Calendars page.',
    doneTitle: 'Reminders set',
    mailDone: 'The server will e-mail you before this token expires.',
    calendarDone: 'Its expiry is in the calendar “{name}”.',
    failedTitle: 'The token was created, but a reminder was not set',
    mailRequired:
      'No expiry mail: the server sends mails only to a verified e-mail address. Set and verify one on the Notifications page, then subscribe this token there.',
    mailFailed: 'No expiry mail: {reason} You can subscribe this token on the Notifications page.',
    calendarFailed:
      'Not added to the calendar “{name}”: {reason} You can add it on the Calendars page.',
  },
  de: {
    legend: 'Erinnerungen',
    mail: 'Mir vor dem Ablauf dieses Tokens eine E-Mail schicken',
    mailHint:
      'Braucht eine bestätigte E-Mail-Adresse: Legen Sie sie auf der Seite Benachrichtigungen fest und bestätigen Sie sie (diese Seite kann das nicht prüfen).',
    calendar: 'Ablauf in einen Kalender eintragen',
    noCalendar: 'Kein Kalender',
    noCalendars:
      'Um Ablaufdaten in Ihre Kalender-App zu bringen, legen Sie auf der Seite Kalender einen Kalender an.',
    doneTitle: 'Erinnerungen eingerichtet',
    mailDone: 'Der Server schickt Ihnen vor dem Ablauf dieses Tokens eine E-Mail.',
    calendarDone: 'Sein Ablauf steht im Kalender „{name}“.',
    failedTitle: 'Das Token wurde erstellt, aber eine Erinnerung nicht eingerichtet',
    mailRequired:
      'Keine Ablauf-Mail: Der Server schickt Mails nur an eine bestätigte E-Mail-Adresse. Legen Sie auf der Seite Benachrichtigungen eine fest, bestätigen Sie sie und abonnieren Sie dort dieses Token.',
    mailFailed:
      'Keine Ablauf-Mail: {reason} Sie können dieses Token auf der Seite Benachrichtigungen abonnieren.',
    calendarFailed:
      'Nicht in den Kalender „{name}“ eingetragen: {reason} Sie können es auf der Seite Kalender eintragen.',
  },
})
