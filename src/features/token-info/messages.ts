import { defineMessages } from '@/lib/i18n/i18n'

export const tokenInfoMessages = defineMessages({
  en: {
    intro:
      'Found a mytoken in a log, a notebook or a repository? Paste it here to see what it can do, and revoke it. No sign-in needed. The token is decoded in your browser; nothing is sent to a server until you ask.',
    label: 'Paste a mytoken',
    hint: 'A mytoken (JWT), a short token, or a transfer code. It stays in this page only and is forgotten when you leave it.',
    inspect: 'Inspect',
    clear: 'Clear',
    'error.empty': 'Paste a token first: the field is empty.',
    'error.whitespace': 'The field contains only spaces or line breaks. Paste the token itself.',
    'error.too-large':
      'This paste is {size} long; a mytoken is at most a few kilobytes (limit {limit}). It was not decoded. Copy just the token.',
    'error.truncated':
      'This JWT is incomplete: a part is missing or cut short. Copy the whole token, including the part after the last dot.',
    'error.not-base64url':
      'This is not a valid JWT: it contains characters that a JWT cannot contain (only letters, digits, "-" and "_" between exactly two dots).',
    'error.not-json':
      'This JWT cannot be read: its content is damaged or cut off. Copy the whole token again.',
    'error.not-mytoken':
      'This is a JWT, but not a mytoken (perhaps an OpenID Connect access or ID token). This page only inspects mytokens.',
    'error.bad-short-token':
      'This is not a short token: short tokens consist of letters and digits only, without spaces.',
    'error.bad-transfer-code':
      'This is not a transfer code: transfer codes are a few letters, without spaces or other characters.',
    decodedHeading: 'What this token is',
    decodedNote: 'Read from the token itself, in your browser.',
    name: 'Name',
    unnamed: '(no name)',
    instance: 'Instance',
    provider: 'OpenID provider',
    subject: 'Subject at the provider',
    issued: 'Issued',
    notBefore: 'Not valid before',
    expires: 'Expires',
    neverExpires: 'Never (no expiry date)',
    rotationCount: 'Version',
    rotationCountValue: '{n} (increases each time the token rotates)',
    timeValue: '{absolute} ({relative})',
    expiredAlert: 'This token expired {relative} ({absolute}).',
    expiredText: 'The server will not accept it any more. Revoking it is not necessary.',
    capabilitiesHeading: 'What it can do',
    noCapabilities: 'It has no capabilities.',
    restrictionsHeading: 'Restrictions',
    noRestrictions: 'No restrictions: usable from anywhere, any number of times.',
    restrictionsIntro:
      'The token can be used while at least one of these clauses holds; within a clause, everything must hold.',
    clause: 'Clause {n}',
    rotationHeading: 'Rotation',
    signatureHeading: 'Signature',
    signatureChecking: 'Checking the signature with the keys of {instance}…',
    signatureValid: 'The signature is valid: this token was issued by {instance} and not changed.',
    signatureMismatch:
      'The signature does not match: this token was changed after it was issued, or it was not issued by {instance}. The server will not accept it.',
    signatureError: 'The signature could not be checked: {detail}',
    retry: 'Try again',
    unknownIssuerTitle: 'This token comes from an instance this app does not work with',
    unknownIssuerText:
      'It names {issuer} as its issuer, which is not one of the configured mytoken instances ({configured}). Its signature cannot be checked, and it cannot be checked or revoked from here; nothing was sent anywhere. To revoke it, use that instance’s own web interface or the mytoken command line client.',
    shortTokenHeading: 'A short token',
    shortTokenText:
      'Short tokens cannot be read in the browser; only {instance} knows what is behind it. Check it at the server to see its content.',
    serverHeading: 'At the server ({instance})',
    serverIntro:
      'These actions send the token to {instance}. Nothing is sent until you press a button.',
    check: 'Check at the server',
    checking: 'Asking the server…',
    revoke: 'Revoke this token…',
    createCode: 'Create a transfer code',
    connecting: 'Connecting to {instance}…',
    discoveryFailed: 'Could not load the configuration of {instance}',
    validTitle: 'The server accepts this token: it is valid.',
    validNoIntrospect:
      'The server accepts this token: it is valid. This token may not ask for its own content (it lacks the capability "tokeninfo:introspect").',
    usageHeading: 'Usage so far',
    invalidTitle: 'Not valid',
    invalidExpired: 'The server does not accept this token: it expired {relative} ({absolute}).',
    invalidRotating:
      'The server does not accept this token: it was revoked, or — because this token rotates — it was rotated away (a newer version of it was issued, and this older copy stopped working).',
    invalidGeneric:
      'The server does not accept this token: it is not valid — expired, revoked or rotated away.',
    revokedByYou: 'You revoked this token. The server no longer accepts it.',
    checkFailed: 'The check did not work',
    skippedTitle: 'Event history and sub-tokens were not asked for',
    skippedText:
      'This token rotates on such questions: the server would replace it, and the copy its owner uses would stop working (with auto-revoke, its next use would even revoke the whole token). Ask anyway only if that is what you want, for example for a leaked token you are about to revoke.',
    askAnyway: 'Ask anyway (rotates the token)',
    notAsked: 'Not asked (see above).',
    historyHeading: 'Event history',
    historyDenied:
      'This token may not ask for its event history (it lacks the capability "tokeninfo:history").',
    historyEmpty: 'No events.',
    historyEvent: '{event}, from {ip}',
    subtokensHeading: 'Sub-tokens',
    subtokensDenied:
      'This token may not ask for its sub-tokens (it lacks the capability "tokeninfo:subtokens").',
    subtokensNone: 'No sub-tokens were created from this token.',
    subtokenEntry: '{name}, created {created}',
    sectionFailed: 'Could not load this part: {detail}',
    rotatedTitle: 'The server rotated this token',
    rotatedText:
      'The string you pasted is no longer valid; this page now uses its new version, shown below (hidden until you reveal it).',
    dialogTitle: 'Revoke this token?',
    dialogCan: 'Anyone who has this token can now:',
    dialogUnknown:
      'What it can do is unknown: a short token can only be read by the server (or it may not introspect itself).',
    dialogNoCapabilities: 'It has no capabilities.',
    dialogRecursive: 'Also revoke sub-tokens',
    dialogRecursiveHint:
      'Tokens created from this one. Without this, they keep working on their own.',
    dialogConfirm: 'Revoke',
    dialogCancel: 'Cancel',
    revoking: 'Revoking…',
    revokeFailed: 'The token was not revoked',
    codeHeading: 'A transfer code',
    codeText:
      'Transfer codes are short, one-time codes for moving a token to another place. Exchanging it at {instance} shows the token it stands for; the code then stops working.',
    exchange: 'Exchange for the token',
    exchanging: 'Exchanging…',
    exchangeFailed: 'The transfer code was not exchanged',
    codeUsed:
      'This transfer code is not known to {instance}: it was already used or has expired, or it is mistyped.',
    codeExpired:
      'This transfer code has expired. Ask for a new one (codes are valid for 5 minutes).',
    exchangedTitle: 'The token behind this transfer code',
    exchangedText:
      'It is shown once: copy or download it now. It is not stored anywhere and is gone when you leave this page.',
    inspectExchanged: 'Inspect this token',
    createdCodeTitle: 'Transfer code',
    createdCodeText:
      'Enter this code where the token is needed (for example with "mytoken --MT-transfer-code"). It works once.',
    codeValid: 'Valid for {time} more.',
    codeGone: 'This code has expired.',
    createCodeFailed: 'No transfer code was created',
    revealLabel: 'Token',
  },
  de: {
    intro:
      'Ein mytoken in einem Log, einem Notebook oder einem Repository gefunden? Fügen Sie es hier ein, um zu sehen, was es kann, und widerrufen Sie es. Keine Anmeldung nötig. Das Token wird in Ihrem Browser dekodiert; erst wenn Sie es wünschen, wird etwas an einen Server gesendet.',
    label: 'mytoken einfügen',
    hint: 'Ein mytoken (JWT), ein Kurz-Token oder ein Transfercode. Es bleibt nur auf dieser Seite und wird vergessen, sobald Sie sie verlassen.',
    inspect: 'Prüfen',
    clear: 'Leeren',
    'error.empty': 'Fügen Sie zuerst ein Token ein: Das Feld ist leer.',
    'error.whitespace':
      'Das Feld enthält nur Leerzeichen oder Zeilenumbrüche. Fügen Sie das Token selbst ein.',
    'error.too-large':
      'Dieser Text ist {size} lang; ein mytoken hat höchstens wenige Kilobyte (Grenze {limit}). Er wurde nicht dekodiert. Kopieren Sie nur das Token.',
    'error.truncated':
      'Dieses JWT ist unvollständig: Ein Teil fehlt oder ist abgeschnitten. Kopieren Sie das ganze Token, auch den Teil nach dem letzten Punkt.',
    'error.not-base64url':
      'Das ist kein gültiges JWT: Es enthält Zeichen, die ein JWT nicht enthalten kann (nur Buchstaben, Ziffern, „-“ und „_“ zwischen genau zwei Punkten).',
    'error.not-json':
      'Dieses JWT ist nicht lesbar: Sein Inhalt ist beschädigt oder abgeschnitten. Kopieren Sie das ganze Token noch einmal.',
    'error.not-mytoken':
      'Das ist ein JWT, aber kein mytoken (vielleicht ein OpenID-Connect-Access- oder ID-Token). Diese Seite prüft nur mytokens.',
    'error.bad-short-token':
      'Das ist kein Kurz-Token: Kurz-Tokens bestehen nur aus Buchstaben und Ziffern, ohne Leerzeichen.',
    'error.bad-transfer-code':
      'Das ist kein Transfercode: Transfercodes sind wenige Buchstaben, ohne Leerzeichen oder andere Zeichen.',
    decodedHeading: 'Was dieses Token ist',
    decodedNote: 'Aus dem Token selbst gelesen, in Ihrem Browser.',
    name: 'Name',
    unnamed: '(ohne Namen)',
    instance: 'Instanz',
    provider: 'OpenID-Provider',
    subject: 'Subjekt beim Provider',
    issued: 'Ausgestellt',
    notBefore: 'Nicht gültig vor',
    expires: 'Läuft ab',
    neverExpires: 'Nie (kein Ablaufdatum)',
    rotationCount: 'Version',
    rotationCountValue: '{n} (steigt bei jeder Rotation)',
    timeValue: '{absolute} ({relative})',
    expiredAlert: 'Dieses Token ist {relative} abgelaufen ({absolute}).',
    expiredText: 'Der Server akzeptiert es nicht mehr. Ein Widerruf ist nicht nötig.',
    capabilitiesHeading: 'Was es kann',
    noCapabilities: 'Es hat keine Berechtigungen.',
    restrictionsHeading: 'Einschränkungen',
    noRestrictions: 'Keine Einschränkungen: von überall und beliebig oft nutzbar.',
    restrictionsIntro:
      'Das Token ist nutzbar, solange mindestens eine dieser Klauseln gilt; innerhalb einer Klausel muss alles gelten.',
    clause: 'Klausel {n}',
    rotationHeading: 'Rotation',
    signatureHeading: 'Signatur',
    signatureChecking: 'Die Signatur wird mit den Schlüsseln von {instance} geprüft…',
    signatureValid:
      'Die Signatur ist gültig: Dieses Token wurde von {instance} ausgestellt und nicht verändert.',
    signatureMismatch:
      'Die Signatur stimmt nicht: Dieses Token wurde nach der Ausstellung verändert oder nicht von {instance} ausgestellt. Der Server wird es nicht akzeptieren.',
    signatureError: 'Die Signatur konnte nicht geprüft werden: {detail}',
    retry: 'Erneut versuchen',
    unknownIssuerTitle: 'Dieses Token stammt von einer Instanz, mit der diese App nicht arbeitet',
    unknownIssuerText:
      'Es nennt {issuer} als Aussteller; das ist keine der konfigurierten mytoken-Instanzen ({configured}). Seine Signatur kann nicht geprüft werden, und es kann von hier aus weder geprüft noch widerrufen werden; es wurde nichts gesendet. Zum Widerrufen nutzen Sie die Weboberfläche dieser Instanz oder den mytoken-Kommandozeilenclient.',
    shortTokenHeading: 'Ein Kurz-Token',
    shortTokenText:
      'Kurz-Tokens lassen sich im Browser nicht lesen; nur {instance} weiß, was dahintersteht. Prüfen Sie es am Server, um seinen Inhalt zu sehen.',
    serverHeading: 'Am Server ({instance})',
    serverIntro:
      'Diese Aktionen senden das Token an {instance}. Erst wenn Sie einen Knopf drücken, wird etwas gesendet.',
    check: 'Am Server prüfen',
    checking: 'Der Server wird gefragt…',
    revoke: 'Dieses Token widerrufen…',
    createCode: 'Transfercode erzeugen',
    connecting: 'Verbindung zu {instance}…',
    discoveryFailed: 'Die Konfiguration von {instance} konnte nicht geladen werden',
    validTitle: 'Der Server akzeptiert dieses Token: Es ist gültig.',
    validNoIntrospect:
      'Der Server akzeptiert dieses Token: Es ist gültig. Dieses Token darf seinen eigenen Inhalt nicht abfragen (ihm fehlt die Berechtigung „tokeninfo:introspect“).',
    usageHeading: 'Bisherige Nutzung',
    invalidTitle: 'Nicht gültig',
    invalidExpired:
      'Der Server akzeptiert dieses Token nicht: Es ist {relative} abgelaufen ({absolute}).',
    invalidRotating:
      'Der Server akzeptiert dieses Token nicht: Es wurde widerrufen oder – weil dieses Token rotiert – wegrotiert (eine neuere Version wurde ausgegeben, und diese ältere Kopie funktioniert nicht mehr).',
    invalidGeneric:
      'Der Server akzeptiert dieses Token nicht: Es ist nicht gültig – abgelaufen, widerrufen oder wegrotiert.',
    revokedByYou: 'Sie haben dieses Token widerrufen. Der Server akzeptiert es nicht mehr.',
    checkFailed: 'Die Prüfung hat nicht funktioniert',
    skippedTitle: 'Ereignisverlauf und Sub-Tokens wurden nicht abgefragt',
    skippedText:
      'Dieses Token rotiert bei solchen Abfragen: Der Server würde es ersetzen, und die Kopie seines Besitzers würde nicht mehr funktionieren (mit Auto-Widerruf würde ihre nächste Nutzung sogar das ganze Token widerrufen). Fragen Sie nur trotzdem, wenn Sie das wollen, etwa bei einem geleakten Token, das Sie gleich widerrufen.',
    askAnyway: 'Trotzdem fragen (rotiert das Token)',
    notAsked: 'Nicht abgefragt (siehe oben).',
    historyHeading: 'Ereignisverlauf',
    historyDenied:
      'Dieses Token darf seinen Ereignisverlauf nicht abfragen (ihm fehlt die Berechtigung „tokeninfo:history“).',
    historyEmpty: 'Keine Ereignisse.',
    historyEvent: '{event}, von {ip}',
    subtokensHeading: 'Sub-Tokens',
    subtokensDenied:
      'Dieses Token darf seine Sub-Tokens nicht abfragen (ihm fehlt die Berechtigung „tokeninfo:subtokens“).',
    subtokensNone: 'Aus diesem Token wurden keine Sub-Tokens erzeugt.',
    subtokenEntry: '{name}, erzeugt {created}',
    sectionFailed: 'Dieser Teil konnte nicht geladen werden: {detail}',
    rotatedTitle: 'Der Server hat dieses Token rotiert',
    rotatedText:
      'Der eingefügte Text ist nicht mehr gültig; diese Seite nutzt jetzt seine neue Version, unten verborgen angezeigt.',
    dialogTitle: 'Dieses Token widerrufen?',
    dialogCan: 'Wer dieses Token hat, kann derzeit:',
    dialogUnknown:
      'Was es kann, ist unbekannt: Ein Kurz-Token kann nur der Server lesen (oder es darf sich nicht selbst abfragen).',
    dialogNoCapabilities: 'Es hat keine Berechtigungen.',
    dialogRecursive: 'Auch Sub-Tokens widerrufen',
    dialogRecursiveHint:
      'Tokens, die aus diesem erzeugt wurden. Ohne diese Option funktionieren sie eigenständig weiter.',
    dialogConfirm: 'Widerrufen',
    dialogCancel: 'Abbrechen',
    revoking: 'Wird widerrufen…',
    revokeFailed: 'Das Token wurde nicht widerrufen',
    codeHeading: 'Ein Transfercode',
    codeText:
      'Transfercodes sind kurze Einmal-Codes, um ein Token an einen anderen Ort zu bringen. Beim Eintauschen bei {instance} wird das Token gezeigt, für das er steht; der Code funktioniert danach nicht mehr.',
    exchange: 'Gegen das Token eintauschen',
    exchanging: 'Wird eingetauscht…',
    exchangeFailed: 'Der Transfercode wurde nicht eingetauscht',
    codeUsed:
      'Dieser Transfercode ist {instance} nicht bekannt: Er wurde schon benutzt oder ist abgelaufen, oder er ist vertippt.',
    codeExpired:
      'Dieser Transfercode ist abgelaufen. Lassen Sie sich einen neuen geben (Codes gelten 5 Minuten).',
    exchangedTitle: 'Das Token hinter diesem Transfercode',
    exchangedText:
      'Es wird nur einmal gezeigt: Kopieren oder laden Sie es jetzt herunter. Es wird nirgends gespeichert und ist weg, sobald Sie diese Seite verlassen.',
    inspectExchanged: 'Dieses Token prüfen',
    createdCodeTitle: 'Transfercode',
    createdCodeText:
      'Geben Sie diesen Code dort ein, wo das Token gebraucht wird (etwa mit „mytoken --MT-transfer-code“). Er funktioniert einmal.',
    codeValid: 'Noch {time} gültig.',
    codeGone: 'Dieser Code ist abgelaufen.',
    createCodeFailed: 'Es wurde kein Transfercode erzeugt',
    revealLabel: 'Token',
  },
})
