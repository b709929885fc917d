import { defineMessages } from '@/lib/i18n/i18n'

export const emailMessages = defineMessages({
  en: {
    heading: 'E-mail address',
    loading: 'Loading your e-mail settings…',
    loadFailed: 'Your e-mail settings could not be loaded',
    notSupported: 'This mytoken server does not send e-mail notifications.',
    address: 'Address',
    none: 'none set',
    verified: 'verified',
    unverified: 'not verified yet — open the link in the mail the server sent',
    format: 'Mail format',
    html: 'HTML',
    plain: 'plain text',
    newAddress: 'New e-mail address',
    newAddressHint: 'The server mails a link to this address; it is used once it is verified.',
    preferHtml: 'Send mails as HTML',
    save: 'Save',
    locked:
      'Your session can neither read nor change your e-mail settings (someone holding it could redirect your security mails). To see and change them, approve a {minutes}-minute token for your account settings only (e-mail settings, grant types, SSH keys), in a new tab. The app keeps it in memory only, also uses it in Settings until it ends, and revokes it when you lock it, sign out or close the tab.',
    unlock:
      'Show and change e-mail settings: unlock for {minutes} minutes, also grant types and SSH keys (approve in a new tab)',
    unlocked: 'E-mail settings unlocked',
    unlockedUntil:
      'until {time}, with a token for your account settings only (e-mail settings, grant types, SSH keys); Settings uses it too.',
    lock: 'Lock now',
    invalidAddress: 'Enter an e-mail address like name@example.org.',
    nothingChanged: 'Change the address or the format first.',
    saved: 'Saved.',
    verificationSent:
      'A verification link was sent to {address}. Open it within an hour, then check again here.',
    checkAgain: 'Check again',
    failed: 'The settings were not saved',
  },
  de: {
    heading: 'E-Mail-Adresse',
    loading: 'E-Mail-Einstellungen werden geladen…',
    loadFailed: 'Ihre E-Mail-Einstellungen konnten nicht geladen werden',
    notSupported: 'Dieser mytoken-Server verschickt keine E-Mail-Benachrichtigungen.',
    address: 'Adresse',
    none: 'keine angegeben',
    verified: 'bestätigt',
    unverified: 'noch nicht bestätigt — öffnen Sie den Link in der Mail des Servers',
    format: 'Mail-Format',
    html: 'HTML',
    plain: 'Text',
    newAddress: 'Neue E-Mail-Adresse',
    newAddressHint:
      'Der Server schickt einen Link an diese Adresse; sie wird genutzt, sobald sie bestätigt ist.',
    preferHtml: 'Mails als HTML senden',
    save: 'Speichern',
    locked:
      'Ihre Sitzung kann Ihre E-Mail-Einstellungen weder lesen noch ändern (wer sie hätte, könnte Ihre Sicherheits-Mails umleiten). Um sie zu sehen und zu ändern, bestätigen Sie in einem neuen Tab ein {minutes}-Minuten-Token nur für Ihre Kontoeinstellungen (E-Mail-Einstellungen, Grant-Typen, SSH-Schlüssel). Die App hält es nur im Speicher, nutzt es bis zu seinem Ende auch in den Einstellungen und widerruft es, wenn Sie sperren, sich abmelden oder den Tab schließen.',
    unlock:
      'E-Mail-Einstellungen zeigen und ändern: für {minutes} Minuten entsperren, auch Grant-Typen und SSH-Schlüssel (in neuem Tab bestätigen)',
    unlocked: 'E-Mail-Einstellungen entsperrt',
    unlockedUntil:
      'bis {time}, mit einem Token nur für Ihre Kontoeinstellungen (E-Mail-Einstellungen, Grant-Typen, SSH-Schlüssel); die Einstellungen nutzen es auch.',
    lock: 'Jetzt sperren',
    invalidAddress: 'Geben Sie eine E-Mail-Adresse wie name@example.org ein.',
    nothingChanged: 'Ändern Sie zuerst die Adresse oder das Format.',
    saved: 'Gespeichert.',
    verificationSent:
      'Ein Bestätigungslink wurde an {address} geschickt. Öffnen Sie ihn innerhalb einer Stunde und prüfen Sie dann hier erneut.',
    checkAgain: 'Erneut prüfen',
    failed: 'Die Einstellungen wurden nicht gespeichert',
  },
})

export const subscriptionMessages = defineMessages({
  en: {
    heading: 'E-mail notifications',
    loading: 'Loading your notifications…',
    loadFailed: 'Your notifications could not be loaded',
    none: 'You have no e-mail notifications yet.',
    needsVerified:
      'Notifications need a verified e-mail address: unlock your e-mail settings above to check it.',
    mailRequired:
      'The server sends notifications only to a verified e-mail address. Unlock your e-mail settings above, set an address and open the link in the mail.',
    allTokens: 'All my tokens',
    forTokens: 'For',
    unknownToken: 'a token that no longer exists',
    yourToken: 'one of your tokens (sign in to see its name)',
    classes: 'Notify me when',
    saveClasses: 'Save changes',
    unsubscribe: 'Unsubscribe',
    unsubscribeNamed: 'Unsubscribe notification for {target}',
    unsubscribed: 'Unsubscribed.',
    classesSaved: 'Saved.',
    pickOne: 'Choose at least one reason.',
    newHeading: 'New notification',
    which: 'Which tokens',
    includeChildren: 'Also its sub-tokens',
    subscribe: 'Subscribe',
    subscribed: 'Subscribed. The server sent a confirmation mail.',
    failed: 'That did not work',
    manageLink: 'Manage a notification from a link in a mail',
    caption: 'Your e-mail notifications',
  },
  de: {
    heading: 'E-Mail-Benachrichtigungen',
    loading: 'Benachrichtigungen werden geladen…',
    loadFailed: 'Ihre Benachrichtigungen konnten nicht geladen werden',
    none: 'Sie haben noch keine E-Mail-Benachrichtigungen.',
    needsVerified:
      'Benachrichtigungen brauchen eine bestätigte E-Mail-Adresse: Entsperren Sie oben Ihre E-Mail-Einstellungen, um sie zu prüfen.',
    mailRequired:
      'Der Server schickt Benachrichtigungen nur an eine bestätigte E-Mail-Adresse. Entsperren Sie oben Ihre E-Mail-Einstellungen, geben Sie eine Adresse an und öffnen Sie den Link in der Mail.',
    allTokens: 'Alle meine Tokens',
    forTokens: 'Für',
    unknownToken: 'ein nicht mehr vorhandenes Token',
    yourToken: 'eines Ihrer Tokens (melden Sie sich an, um seinen Namen zu sehen)',
    classes: 'Benachrichtigen, wenn',
    saveClasses: 'Änderungen speichern',
    unsubscribe: 'Abbestellen',
    unsubscribeNamed: 'Benachrichtigung für {target} abbestellen',
    unsubscribed: 'Abbestellt.',
    classesSaved: 'Gespeichert.',
    pickOne: 'Wählen Sie mindestens einen Anlass.',
    newHeading: 'Neue Benachrichtigung',
    which: 'Welche Tokens',
    includeChildren: 'Auch seine Unter-Tokens',
    subscribe: 'Abonnieren',
    subscribed: 'Abonniert. Der Server hat eine Bestätigungs-Mail geschickt.',
    failed: 'Das hat nicht geklappt',
    manageLink: 'Eine Benachrichtigung über den Link in einer Mail verwalten',
    caption: 'Ihre E-Mail-Benachrichtigungen',
  },
})

export const manageMessages = defineMessages({
  en: {
    intro:
      'Mails from the mytoken server end with a link to manage that notification. Paste the link (or just the code at its end) here; it stays in this page and is never put in the address bar.',
    link: 'Link or management code from the mail',
    open: 'Open',
    invalid:
      'This does not look like a management link: it ends in a code of 64 letters and digits.',
    notFound: 'No notification has this code (it may have been unsubscribed already).',
    loading: 'Loading…',
    unsubscribed: 'Unsubscribed. This notification sends no more mails.',
  },
  de: {
    intro:
      'Mails des mytoken-Servers enden mit einem Link zum Verwalten der Benachrichtigung. Fügen Sie den Link (oder nur den Code an seinem Ende) hier ein; er bleibt auf dieser Seite und kommt nie in die Adresszeile.',
    link: 'Link oder Verwaltungscode aus der Mail',
    open: 'Öffnen',
    invalid:
      'Das sieht nicht wie ein Verwaltungslink aus: Er endet mit einem Code aus 64 Buchstaben und Ziffern.',
    notFound: 'Keine Benachrichtigung hat diesen Code (vielleicht wurde sie schon abbestellt).',
    loading: 'Wird geladen…',
    unsubscribed: 'Abbestellt. Diese Benachrichtigung schickt keine Mails mehr.',
  },
})
