import { defineMessages } from '@/lib/i18n/i18n'

export const settingsMessages = defineMessages({
  en: {
    intro:
      'Grant types and SSH keys of your account. With the SSH grant, a registered SSH key obtains access tokens with plain {ssh} — no token file on the machine.',
    unlockRead: 'Unlock to view for {minutes} minutes: grant types, SSH keys, e-mail settings',
    unlockWrite:
      'Unlock to view and change for {minutes} minutes: grant types, SSH keys, e-mail settings',
    grantTypes: 'Grant types',
    grantTypesHint:
      'Extra ways to obtain tokens for your account. They are off until you turn them on.',
    sshGrant: 'SSH grant (access tokens with ssh)',
    on: 'on',
    off: 'off',
    loading: 'Loading…',
    loadFailed: 'Could not load your settings',
    sshOnRevivesKeys:
      'Turning it on makes every SSH key still registered work again at once ({count}: {names}), each with the token it was approved with.',
    sshOnKeysWork: 'The SSH grant is on: the registered SSH keys work again ({count}: {names}).',
    sshOnKeysWorkHint:
      'Whoever holds one of their private keys can obtain tokens again. Delete the keys you no longer use below.',
    readOnlyHint: 'Unlocked to view only: unlock to view and change to make changes.',
    sshKeys: 'SSH keys',
    noKeys: 'No SSH keys yet.',
    keyName: 'Name',
    unnamed: '(no name)',
    fingerprint: 'Fingerprint',
    added: 'Added',
    lastUsed: 'Last used',
    never: 'never',
    delete: 'Delete {name}',
    deleting: 'Deleting…',
    deleteTitle: 'Delete the SSH key “{name}”?',
    deleteText:
      'Its token is revoked at once: ssh with this key obtains nothing any more. This cannot be undone; to use the key again, add it again and approve it.',
    deleteConfirm: 'Delete key',
    cancel: 'Cancel',
    sshOffHint: 'Turn on the SSH grant above to add keys.',
    sshNotOffered: 'This mytoken server does not offer the SSH grant.',
    addKey: 'Add an SSH key',
    publicKey: 'Public key (one line from a .pub file)',
    publicKeyHint: 'Paste it, or pick the file. Only the public key is ever sent.',
    pickFile: 'Or pick a .pub file',
    nameHint: 'So you recognise the key later, e.g. the machine it is on.',
    checking: 'Checking the key…',
    keyOk: 'Valid {type} key ({bits} bits), fingerprint {fingerprint}',
    empty: 'Paste a public key (it starts with ssh-ed25519, ecdsa-sha2-… or ssh-rsa).',
    privateKey:
      'This is a PRIVATE key. It must never be shared with anyone — not with this page, not with the server. It was not sent and is not kept; the field was cleared. Paste the .pub file instead.',
    severalKeys: 'Paste one key at a time.',
    unknownType:
      'This is not an SSH public key: it needs a key type such as ssh-ed25519 followed by the key data.',
    notBase64: 'The key data is damaged (it is not valid base64). Copy the whole line again.',
    mismatch: 'The key data does not match its type; the line is damaged or mixed up.',
    damaged:
      'The key data is cut short or damaged: its parts do not add up to a whole key. Copy the whole line again.',
    rsaTooShort:
      'This RSA key is too short: ssh and the server refuse RSA keys under 1024 bits. Make a new key, e.g. with ssh-keygen -t ed25519.',
    weakKey:
      'Weak key: RSA with {bits} bits can be broken, and whoever breaks it obtains this key’s tokens. Better use a key made with ssh-keygen -t ed25519 (or RSA with at least 2048 bits).',
    duplicate: 'This key is already registered (fingerprint {fingerprint}).',
    fileTooBig: 'That file is too big to be a public key.',
    mayObtain: 'What this key may obtain',
    capabilitiesLegend: 'Capabilities',
    noCreateMytoken:
      'create_mytoken is not offered: mytoken server {version} crashes when a key runs {command}.',
    expires: 'Key stops working after (days, empty = never)',
    usagesAT: 'Access tokens it may obtain (empty = unlimited)',
    badNumber: 'Enter a whole number of at least 1, or leave it empty.',
    daysTooLarge: 'At most {maxDays} days: the server takes no date after the year 9999.',
    usagesTooLarge: 'At most {maxUsages}, or leave it empty for no limit.',
    keyRisksTitle: 'If the machine with the private key is lost',
    keyNoRisks: 'The key stops working on a set day and obtains a limited number of tokens.',
    keyNeverExpires: 'The key never stops working: set a number of days.',
    keyUnlimited: 'The key obtains access tokens without limit: set a number.',
    keyPowerful:
      'A powerful capability is ticked: whoever holds the private key can act beyond obtaining access tokens.',
    submit: 'Add key and approve',
    approveHint:
      'The server asks you to approve the token this key will use, in a new tab, and to sign in at your provider.',
    addedTitle: 'Your SSH key is ready — copy these lines now',
    addedText:
      'The user name below is the secret that unlocks this key’s token at the server: it is shown only now and is not stored here. Keep it like a password.',
    configBlock: 'Add to ~/.ssh/config',
    aliasChanged:
      'The server’s own block says {server}: in ~/.ssh/config each word of that line is a host of its own, so other hosts would match it and be sent the secret user name. The block below uses the single alias {alias} instead.',
    noSafeConfig:
      'The server’s answer cannot be turned into a safe ~/.ssh/config entry. Here is the secret user name; set up the entry by hand.',
    sshUser: 'User name (secret)',
    hostKeys: 'Compare the server’s host key on the first connection',
    command: 'Then get an access token with',
    done: 'Done',
  },
  de: {
    intro:
      'Grant-Typen und SSH-Schlüssel Ihres Kontos. Mit dem SSH-Grant holt ein registrierter SSH-Schlüssel Access-Tokens per {ssh} – ohne Token-Datei auf dem Rechner.',
    unlockRead:
      'Für {minutes} Minuten zum Ansehen entsperren: Grant-Typen, SSH-Schlüssel, E-Mail-Einstellungen',
    unlockWrite:
      'Für {minutes} Minuten zum Ansehen und Ändern entsperren: Grant-Typen, SSH-Schlüssel, E-Mail-Einstellungen',
    grantTypes: 'Grant-Typen',
    grantTypesHint:
      'Zusätzliche Wege, Tokens für Ihr Konto zu erhalten. Sie sind aus, bis Sie sie einschalten.',
    sshGrant: 'SSH-Grant (Access-Tokens per ssh)',
    on: 'an',
    off: 'aus',
    loading: 'Wird geladen…',
    loadFailed: 'Ihre Einstellungen konnten nicht geladen werden',
    sshOnRevivesKeys:
      'Einschalten lässt jeden noch registrierten SSH-Schlüssel sofort wieder funktionieren ({count}: {names}), jeden mit dem Token, mit dem er bestätigt wurde.',
    sshOnKeysWork:
      'Der SSH-Grant ist an: Die registrierten SSH-Schlüssel funktionieren wieder ({count}: {names}).',
    sshOnKeysWorkHint:
      'Wer einen ihrer privaten Schlüssel hat, kann wieder Tokens holen. Löschen Sie unten die Schlüssel, die Sie nicht mehr nutzen.',
    readOnlyHint:
      'Nur zum Ansehen entsperrt: Entsperren Sie zum Ansehen und Ändern, um etwas zu ändern.',
    sshKeys: 'SSH-Schlüssel',
    noKeys: 'Noch keine SSH-Schlüssel.',
    keyName: 'Name',
    unnamed: '(ohne Namen)',
    fingerprint: 'Fingerabdruck',
    added: 'Hinzugefügt',
    lastUsed: 'Zuletzt benutzt',
    never: 'nie',
    delete: '{name} löschen',
    deleting: 'Wird gelöscht…',
    deleteTitle: 'SSH-Schlüssel „{name}“ löschen?',
    deleteText:
      'Sein Token wird sofort widerrufen: ssh mit diesem Schlüssel erhält danach nichts mehr. Das lässt sich nicht rückgängig machen; um den Schlüssel wieder zu nutzen, fügen Sie ihn erneut hinzu und bestätigen ihn.',
    deleteConfirm: 'Schlüssel löschen',
    cancel: 'Abbrechen',
    sshOffHint: 'Schalten Sie oben den SSH-Grant ein, um Schlüssel hinzuzufügen.',
    sshNotOffered: 'Dieser mytoken-Server bietet den SSH-Grant nicht an.',
    addKey: 'SSH-Schlüssel hinzufügen',
    publicKey: 'Öffentlicher Schlüssel (eine Zeile aus einer .pub-Datei)',
    publicKeyHint: 'Einfügen oder Datei wählen. Es wird nur der öffentliche Schlüssel gesendet.',
    pickFile: 'Oder eine .pub-Datei wählen',
    nameHint: 'Damit Sie den Schlüssel später erkennen, z. B. der Rechner, auf dem er liegt.',
    checking: 'Schlüssel wird geprüft…',
    keyOk: 'Gültiger {type}-Schlüssel ({bits} Bit), Fingerabdruck {fingerprint}',
    empty:
      'Fügen Sie einen öffentlichen Schlüssel ein (er beginnt mit ssh-ed25519, ecdsa-sha2-… oder ssh-rsa).',
    privateKey:
      'Das ist ein PRIVATER Schlüssel. Er darf niemals weitergegeben werden – weder an diese Seite noch an den Server. Er wurde nicht gesendet und nicht behalten; das Feld wurde geleert. Fügen Sie stattdessen die .pub-Datei ein.',
    severalKeys: 'Bitte jeweils nur einen Schlüssel einfügen.',
    unknownType:
      'Das ist kein öffentlicher SSH-Schlüssel: Er braucht einen Schlüsseltyp wie ssh-ed25519, gefolgt von den Schlüsseldaten.',
    notBase64:
      'Die Schlüsseldaten sind beschädigt (kein gültiges Base64). Kopieren Sie die ganze Zeile erneut.',
    mismatch: 'Die Schlüsseldaten passen nicht zum Typ; die Zeile ist beschädigt oder vertauscht.',
    damaged:
      'Die Schlüsseldaten sind abgeschnitten oder beschädigt: Ihre Teile ergeben keinen ganzen Schlüssel. Kopieren Sie die ganze Zeile erneut.',
    rsaTooShort:
      'Dieser RSA-Schlüssel ist zu kurz: ssh und der Server lehnen RSA-Schlüssel unter 1024 Bit ab. Erzeugen Sie einen neuen, z. B. mit ssh-keygen -t ed25519.',
    weakKey:
      'Schwacher Schlüssel: RSA mit {bits} Bit kann gebrochen werden, und wer ihn bricht, erhält die Tokens dieses Schlüssels. Besser ein mit ssh-keygen -t ed25519 erzeugter Schlüssel (oder RSA mit mindestens 2048 Bit).',
    duplicate: 'Dieser Schlüssel ist bereits registriert (Fingerabdruck {fingerprint}).',
    fileTooBig: 'Diese Datei ist zu groß für einen öffentlichen Schlüssel.',
    mayObtain: 'Was dieser Schlüssel erhalten darf',
    capabilitiesLegend: 'Berechtigungen',
    noCreateMytoken:
      'create_mytoken wird nicht angeboten: mytoken-Server {version} stürzt ab, wenn ein Schlüssel {command} ausführt.',
    expires: 'Schlüssel funktioniert nicht mehr nach (Tagen, leer = nie)',
    usagesAT: 'Access-Tokens, die er erhalten darf (leer = unbegrenzt)',
    badNumber: 'Geben Sie eine ganze Zahl ab 1 ein oder lassen Sie das Feld leer.',
    daysTooLarge: 'Höchstens {maxDays} Tage: Der Server nimmt kein Datum nach dem Jahr 9999 an.',
    usagesTooLarge: 'Höchstens {maxUsages}, oder lassen Sie das Feld leer für unbegrenzt.',
    keyRisksTitle: 'Wenn der Rechner mit dem privaten Schlüssel verloren geht',
    keyNoRisks:
      'Der Schlüssel funktioniert bis zu einem festen Tag und holt nur eine begrenzte Zahl von Tokens.',
    keyNeverExpires:
      'Der Schlüssel funktioniert unbegrenzt lange: Geben Sie eine Zahl von Tagen an.',
    keyUnlimited: 'Der Schlüssel holt unbegrenzt viele Access-Tokens: Geben Sie eine Zahl an.',
    keyPowerful:
      'Eine weitreichende Berechtigung ist angekreuzt: Wer den privaten Schlüssel hat, kann mehr als nur Access-Tokens holen.',
    submit: 'Schlüssel hinzufügen und bestätigen',
    approveHint:
      'Der Server bittet Sie in einem neuen Tab, das Token dieses Schlüssels zu bestätigen und sich bei Ihrem Provider anzumelden.',
    addedTitle: 'Ihr SSH-Schlüssel ist bereit – kopieren Sie diese Zeilen jetzt',
    addedText:
      'Der Benutzername unten ist das Geheimnis, das das Token dieses Schlüssels beim Server entsperrt: Er wird nur jetzt gezeigt und hier nicht gespeichert. Behandeln Sie ihn wie ein Passwort.',
    configBlock: 'In ~/.ssh/config eintragen',
    aliasChanged:
      'Der eigene Block des Servers sagt {server}: In ~/.ssh/config ist jedes Wort dieser Zeile ein eigener Host, andere Hosts würden also passen und den geheimen Benutzernamen erhalten. Der Block unten nutzt stattdessen den einen Alias {alias}.',
    noSafeConfig:
      'Aus der Antwort des Servers lässt sich kein sicherer Eintrag für ~/.ssh/config machen. Hier ist der geheime Benutzername; richten Sie den Eintrag selbst ein.',
    sshUser: 'Benutzername (geheim)',
    hostKeys: 'Beim ersten Verbinden den Host-Schlüssel des Servers vergleichen',
    command: 'Dann ein Access-Token holen mit',
    done: 'Fertig',
  },
})
