import { defineMessages } from '@/lib/i18n/i18n'

export const calendarMessages = defineMessages({
  en: {
    loading: 'Loading your calendars…',
    loadFailed: 'Your calendars could not be loaded',
    none: 'You have no calendars yet.',
    newName: 'Name of a new calendar',
    create: 'Create calendar',
    nameMissing: 'Give the calendar a name (up to 128 characters).',
    subscribe: 'Subscription address (add it to your calendar app)',
    copyAddress: 'Copy the subscription address',
    download: 'Download {name}.ics',
    downloadWhy:
      'The file is made in your browser from your tokens’ expiry dates. The server’s feed writes its reminders as “-PT3D” (the standard, RFC 5545, says “-P3D”) and without their text, so strict calendar programs refuse the whole feed; this file follows the standard. It does not update itself: subscribe to the address above for that.',
    tokens: 'Tokens in this calendar',
    noTokens: 'No tokens yet.',
    unknownToken: 'a token that no longer exists',
    addToken: 'Add a token',
    add: 'Add',
    neverExpires: '(never expires: no event possible)',
    remove: 'Remove {name}',
    removeTitle: 'Remove {token} from {name}?',
    removeWhat:
      'This mytoken server offers apps no way to take one token out of a calendar, so the app deletes the calendar and makes it again without this token. That gives the calendar a new subscription address: calendar apps subscribed to the current one stop updating until you give them the new address (shown here afterwards).',
    removeKeep:
      'To keep the address, use the removal link in the token’s event instead: in your calendar app, the event’s description says “To remove this mytoken from calendar …” followed by the link.',
    removeConfirm: 'Remove and get a new address',
    delete: 'Delete calendar {name}',
    deleteTitle: 'Delete the calendar {name}?',
    deleteWhat:
      'Its subscription address stops working: calendar apps subscribed to it stop updating. Your tokens stay as they are.',
    deleteConfirm: 'Delete calendar',
    cancel: 'Cancel',
    moved: '{name} has a new subscription address',
    movedText: 'Replace the old address with this one in every calendar app subscribed to it:',
    copyNew: 'Copy the new address',
    failed: 'That did not work',
    notSupported: 'This mytoken server offers no calendars.',
  },
  de: {
    loading: 'Kalender werden geladen…',
    loadFailed: 'Ihre Kalender konnten nicht geladen werden',
    none: 'Sie haben noch keine Kalender.',
    newName: 'Name eines neuen Kalenders',
    create: 'Kalender erstellen',
    nameMissing: 'Geben Sie dem Kalender einen Namen (bis 128 Zeichen).',
    subscribe: 'Abonnement-Adresse (in Ihrer Kalender-App hinzufügen)',
    copyAddress: 'Abonnement-Adresse kopieren',
    download: '{name}.ics herunterladen',
    downloadWhy:
      'Die Datei entsteht in Ihrem Browser aus den Ablaufdaten Ihrer Tokens. Der Feed des Servers schreibt seine Erinnerungen als „-PT3D“ (der Standard, RFC 5545, verlangt „-P3D“) und ohne ihren Text, deshalb lehnen strenge Kalenderprogramme den ganzen Feed ab; diese Datei folgt dem Standard. Sie aktualisiert sich nicht: Dafür abonnieren Sie die Adresse oben.',
    tokens: 'Tokens in diesem Kalender',
    noTokens: 'Noch keine Tokens.',
    unknownToken: 'ein nicht mehr vorhandenes Token',
    addToken: 'Token hinzufügen',
    add: 'Hinzufügen',
    neverExpires: '(läuft nie ab: kein Termin möglich)',
    remove: '{name} entfernen',
    removeTitle: '{token} aus {name} entfernen?',
    removeWhat:
      'Dieser mytoken-Server bietet Apps keinen Weg, ein einzelnes Token aus einem Kalender zu nehmen. Die App löscht den Kalender deshalb und legt ihn ohne dieses Token neu an. Dadurch bekommt der Kalender eine neue Abonnement-Adresse: Kalender-Apps, die die jetzige abonniert haben, werden nicht mehr aktualisiert, bis Sie ihnen die neue Adresse geben (sie steht danach hier).',
    removeKeep:
      'Um die Adresse zu behalten, nutzen Sie stattdessen den Entfernen-Link im Termin des Tokens: In Ihrer Kalender-App steht in der Beschreibung des Termins „To remove this mytoken from calendar …“ und dahinter der Link.',
    removeConfirm: 'Entfernen, neue Adresse erhalten',
    delete: 'Kalender {name} löschen',
    deleteTitle: 'Kalender {name} löschen?',
    deleteWhat:
      'Seine Abonnement-Adresse funktioniert danach nicht mehr: Kalender-Apps, die sie abonniert haben, werden nicht mehr aktualisiert. Ihre Tokens bleiben, wie sie sind.',
    deleteConfirm: 'Kalender löschen',
    cancel: 'Abbrechen',
    moved: '{name} hat eine neue Abonnement-Adresse',
    movedText:
      'Ersetzen Sie die alte Adresse in jeder Kalender-App, die sie abonniert hat, durch diese:',
    copyNew: 'Neue Adresse kopieren',
    failed: 'Das hat nicht geklappt',
    notSupported: 'Dieser mytoken-Server bietet keine Kalender an.',
  },
})
