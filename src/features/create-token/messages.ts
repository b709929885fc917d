import { defineMessages } from '@/lib/i18n/i18n'

/** Validation messages; the zod schema reports these keys, `useValidationMessage` fills in the limits. */
export const validationMessages = defineMessages({
  en: {
    nameTooLong: 'Use at most {maxNameLength} characters.',
    providerRequired: 'Choose an OpenID provider.',
    providerUnknown: 'This instance does not offer this provider.',
    capabilitiesRequired: 'Choose at least one capability, otherwise the token can do nothing.',
    capabilityUnknown:
      'This server version does not know one of the capabilities (it may come from a link); untick or remove it.',
    timeInvalid:
      'Not a time this page understands. Use e.g. +30d, +3d12h30m, 2026-12-24 18:00 or unix seconds.',
    timeTooLate: 'The mytoken server takes dates up to the year 9999; choose an earlier one.',
    expInPast: 'The expiry must be in the future.',
    expBeforeNbf: 'The expiry must be after “not before”.',
    scopeUnsupported: 'The provider does not support one of these scopes; untick it.',
    hostInvalid:
      'Use IP addresses (192.0.2.1), subnets (10.0.0.0/8), host names (login.example.org, *.example.org) or “this”.',
    countryInvalid: 'Use two-letter country codes in capitals (ISO 3166), e.g. DE AT FR.',
    usagesInvalid: 'Use a positive whole number, or leave it empty for unlimited.',
    usagesTooLarge:
      'At most {maxUsages} uses; for more, leave it empty for unlimited (the risk check will say so).',
    durationInvalid: 'Use a duration such as 1d, 12h or 86400 (seconds), or leave it empty.',
    durationTooLong: 'Use at most {maxYears} years ({maxYears}y).',
  },
  de: {
    nameTooLong: 'Höchstens {maxNameLength} Zeichen.',
    providerRequired: 'Wählen Sie einen OpenID-Provider.',
    providerUnknown: 'Diese Instanz bietet diesen Provider nicht an.',
    capabilitiesRequired: 'Wählen Sie mindestens eine Berechtigung, sonst kann das Token nichts.',
    capabilityUnknown:
      'Diese Serverversion kennt eine der Berechtigungen nicht (vielleicht aus einem Link); entfernen Sie sie.',
    timeInvalid:
      'Diese Zeitangabe versteht die Seite nicht. Zum Beispiel +30d, +3d12h30m, 2026-12-24 18:00 oder Unix-Sekunden.',
    timeTooLate: 'Der mytoken-Server nimmt Daten bis zum Jahr 9999 an; wählen Sie ein früheres.',
    expInPast: 'Das Ablaufdatum muss in der Zukunft liegen.',
    expBeforeNbf: 'Das Ablaufdatum muss nach „nicht vor“ liegen.',
    scopeUnsupported: 'Der Provider unterstützt einen dieser Scopes nicht; entfernen Sie ihn.',
    hostInvalid:
      'IP-Adressen (192.0.2.1), Subnetze (10.0.0.0/8), Hostnamen (login.example.org, *.example.org) oder „this“.',
    countryInvalid: 'Zweistellige Ländercodes in Großbuchstaben (ISO 3166), z. B. DE AT FR.',
    usagesInvalid: 'Eine positive ganze Zahl, oder leer lassen für unbegrenzt.',
    usagesTooLarge:
      'Höchstens {maxUsages} Nutzungen; für mehr leer lassen für unbegrenzt (die Risikoprüfung sagt es dann).',
    durationInvalid: 'Eine Dauer wie 1d, 12h oder 86400 (Sekunden), oder leer lassen.',
    durationTooLong: 'Höchstens {maxYears} Jahre ({maxYears}y).',
  },
})

export const capabilityMessages = defineMessages({
  en: {
    legend: 'Capabilities: what the token may do',
    hint: 'A capability includes everything listed under it. Variants starting with read@ can look but not change.',
    included: 'included above',
  },
  de: {
    legend: 'Berechtigungen: was das Token darf',
    hint: 'Eine Berechtigung umfasst alles darunter. Varianten mit read@ am Anfang können ansehen, aber nichts ändern.',
    included: 'oben enthalten',
  },
})

export const formMessages = defineMessages({
  en: {
    providerIgnored:
      'This link asked for the OpenID provider “{provider}”, which this mytoken server does not offer. The form uses “{chosen}” instead: check it before you create the token.',
    purpose: 'What is the token for?',
    purposeHint: 'Each choice fills in every setting below; you can change all of them.',
    'preset.toar': 'TOAR / data access script',
    'preset.toar.hint':
      'A script that fetches data, e.g. from TOAR: access tokens only, the scopes TOAR needs, 100 uses, 30 days.',
    'preset.compute': 'Long-running compute job',
    'preset.compute.hint':
      'A batch job that needs access tokens for weeks: 1000 uses, 30 days, may check its own status.',
    'preset.info': 'Token info only',
    'preset.info.hint': 'Only look at this token’s settings and history; cannot get access tokens.',
    'preset.custom': 'Custom',
    'preset.custom.hint': 'The server’s defaults (access tokens and token info, 7 days).',
    profilePreset: 'Server profile “{name}”',
    profilePresetHint:
      'Offered by this mytoken server. Its settings are copied into the form below, where you can see and change them.',
    include: 'Server profile included',
    includeHint:
      'The server merges the profile “{name}” into your request; the settings it adds appear on the consent page.',
    removeInclude: 'Do not include it',
    basics: 'Name and provider',
    name: 'Name',
    nameHint: 'Helps you recognise the token in your list later, e.g. “TOAR laptop script”.',
    provider: 'OpenID provider',
    providerHint: 'Where you sign in; access tokens from this mytoken are issued by this provider.',
    restrictions: 'Restrictions: when, where and how often',
    restrictionsHint:
      'The token can be used when all settings of one clause hold. With several clauses, any clause may allow a use.',
    clause: 'Clause {number}',
    addClause: 'Add another clause (any clause may allow)',
    removeClause: 'Remove clause {number}',
    exp: 'Expires',
    expHint:
      'After this the token is useless. A relative time such as +30d or +3d12h30m, a date and time (2026-12-24 18:00), or empty for never.',
    expPick: 'Or pick a date and time for the expiry',
    expPresets: 'Quick choices for the expiry',
    never: 'Never',
    days1: '1 day',
    days7: '7 days',
    days30: '30 days',
    days90: '90 days',
    resolved: 'That is {absolute} ({relative}).',
    nbf: 'Not before',
    nbfHint: 'The token cannot be used before this time. Empty means right away.',
    scopes: 'Scopes',
    scopesHint:
      'What the access tokens may contain. None ticked means everything the provider allows.',
    usagesAT: 'Access-token uses',
    usagesATHint: 'How many access tokens may be obtained with this clause. Empty means unlimited.',
    more: 'More restrictions (place, audiences, other uses)',
    audiences: 'Audiences',
    audiencesHint:
      'Services the access tokens are meant for, separated by spaces. Empty means any service.',
    hosts: 'Hosts',
    hostsHint:
      'Only usable from these IP addresses, subnets or host names, separated by spaces. Empty means anywhere.',
    thisMachine: 'Add “this machine”',
    thisWarning:
      '“this” binds the token to the IP address the server sees right now; if your network or IP changes, the token stops working.',
    geoipAllow: 'Only from these countries',
    geoipAllowHint: 'Two-letter codes, e.g. DE AT. Empty means any country.',
    geoipDisallow: 'Not from these countries',
    geoipDisallowHint: 'Two-letter codes of countries the token must not be used from.',
    usagesOther: 'Other uses',
    usagesOtherHint:
      'How often the token may be used for anything but access tokens (history, creating tokens, settings). Empty means unlimited.',
    rotation: 'Rotation (advanced)',
    rotationHint:
      'With rotation, the server replaces the token by a new one on use, so a stolen copy soon becomes worthless. Your script must then save the new token each time — will it? If not, leave rotation off.',
    onAT: 'Rotate when an access token is obtained',
    onOther: 'Rotate on other uses',
    lifetime: 'Lifetime of each rotated token',
    lifetimeHint:
      'A rotated token dies if unused for this long, e.g. 1d or 12h. Empty means no limit.',
    autoRevoke: 'Revoke everything if an old copy is used',
    autoRevokeHint:
      'Using a replaced token then revokes the token and all created from it — a sign of theft.',
    type: 'Token type (advanced)',
    typeLabel: 'Token type',
    'type.token': 'JWT (standard, self-describing)',
    'type.short_token': 'Short token (easier to paste, opaque)',
    'type.transfer_code': 'Transfer code (to fetch the token on another machine within minutes)',
    typeHint: 'All types work the same; short tokens fit where long strings do not.',
    risks: 'Before you create it',
    noRisks: 'No risks found: the token expires and its uses are limited.',
    'risk.noExpiry': 'The token never expires. If it leaks, it can be used forever.',
    'fix.noExpiry': 'Let it expire in 30 days',
    'risk.unlimitedUses': 'The token can be used without limit.',
    'fix.unlimitedUses': 'Limit the uses',
    'risk.anywherePowerful':
      'The token can manage your tokens or account and can be used from anywhere.',
    'fix.anywherePowerful': 'Remove the management capabilities',
    'risk.noRotationLongLived':
      'The token lives longer than 30 days without rotation, so a stolen copy keeps working.',
    'fix.noRotationLongLived': 'Turn rotation on',
    preview: 'Request sent to the server (read-only)',
    previewLabel: 'JSON request',
    submit: 'Create token',
    submitHint:
      'A new tab opens the mytoken server: approve the request there (you may still change settings) and sign in at your provider.',
    serverError:
      'The server did not accept these settings: {detail}. Everything you entered is still here; change the settings and create again.',
    fixErrors: 'Please correct the marked fields.',
  },
  de: {
    providerIgnored:
      'Dieser Link verlangte den OpenID-Provider „{provider}“, den dieser mytoken-Server nicht anbietet. Das Formular verwendet stattdessen „{chosen}“: Prüfen Sie das, bevor Sie das Token erstellen.',
    purpose: 'Wofür ist das Token?',
    purposeHint: 'Jede Auswahl füllt alle Einstellungen unten aus; Sie können alle ändern.',
    'preset.toar': 'TOAR / Skript für Datenzugriff',
    'preset.toar.hint':
      'Ein Skript, das Daten holt, z. B. von TOAR: nur Access Tokens, die Scopes für TOAR, 100 Nutzungen, 30 Tage.',
    'preset.compute': 'Lang laufender Rechenjob',
    'preset.compute.hint':
      'Ein Batch-Job, der wochenlang Access Tokens braucht: 1000 Nutzungen, 30 Tage, darf seinen Status prüfen.',
    'preset.info': 'Nur Token-Informationen',
    'preset.info.hint':
      'Nur Einstellungen und Verlauf dieses Tokens ansehen; kann keine Access Tokens holen.',
    'preset.custom': 'Eigene Einstellungen',
    'preset.custom.hint': 'Die Vorgaben des Servers (Access Tokens und Token-Infos, 7 Tage).',
    profilePreset: 'Serverprofil „{name}“',
    profilePresetHint:
      'Von diesem mytoken-Server angeboten. Seine Einstellungen werden ins Formular übernommen, wo Sie sie sehen und ändern können.',
    include: 'Eingebundenes Serverprofil',
    includeHint:
      'Der Server ergänzt Ihre Anfrage um das Profil „{name}“; was es hinzufügt, sehen Sie auf der Zustimmungsseite.',
    removeInclude: 'Nicht einbinden',
    basics: 'Name und Provider',
    name: 'Name',
    nameHint: 'Damit Sie das Token später in Ihrer Liste erkennen, z. B. „TOAR-Skript Laptop“.',
    provider: 'OpenID-Provider',
    providerHint:
      'Wo Sie sich anmelden; Access Tokens aus diesem mytoken stellt dieser Provider aus.',
    restrictions: 'Einschränkungen: wann, wo und wie oft',
    restrictionsHint:
      'Das Token ist nutzbar, wenn alle Angaben einer Klausel zutreffen. Bei mehreren Klauseln genügt eine.',
    clause: 'Klausel {number}',
    addClause: 'Weitere Klausel hinzufügen (eine genügt)',
    removeClause: 'Klausel {number} entfernen',
    exp: 'Läuft ab',
    expHint:
      'Danach ist das Token nutzlos. Eine relative Zeit wie +30d oder +3d12h30m, Datum und Uhrzeit (2026-12-24 18:00) oder leer für nie.',
    expPick: 'Oder Datum und Uhrzeit für den Ablauf wählen',
    expPresets: 'Schnellauswahl für den Ablauf',
    never: 'Nie',
    days1: '1 Tag',
    days7: '7 Tage',
    days30: '30 Tage',
    days90: '90 Tage',
    resolved: 'Das ist {absolute} ({relative}).',
    nbf: 'Nicht vor',
    nbfHint: 'Vor diesem Zeitpunkt ist das Token nicht nutzbar. Leer heißt sofort.',
    scopes: 'Scopes',
    scopesHint:
      'Was die Access Tokens enthalten dürfen. Nichts angekreuzt heißt alles, was der Provider erlaubt.',
    usagesAT: 'Access-Token-Nutzungen',
    usagesATHint:
      'Wie viele Access Tokens mit dieser Klausel geholt werden dürfen. Leer heißt unbegrenzt.',
    more: 'Weitere Einschränkungen (Ort, Zielgruppen, andere Nutzungen)',
    audiences: 'Zielgruppen (Audiences)',
    audiencesHint:
      'Dienste, für die die Access Tokens bestimmt sind, durch Leerzeichen getrennt. Leer heißt jeder Dienst.',
    hosts: 'Rechner',
    hostsHint:
      'Nur von diesen IP-Adressen, Subnetzen oder Hostnamen nutzbar, durch Leerzeichen getrennt. Leer heißt überall.',
    thisMachine: '„Dieser Rechner“ hinzufügen',
    thisWarning:
      '„this“ bindet das Token an die IP-Adresse, die der Server gerade sieht; ändert sich Ihr Netz oder Ihre IP, funktioniert das Token nicht mehr.',
    geoipAllow: 'Nur aus diesen Ländern',
    geoipAllowHint: 'Zweistellige Codes, z. B. DE AT. Leer heißt jedes Land.',
    geoipDisallow: 'Nicht aus diesen Ländern',
    geoipDisallowHint:
      'Zweistellige Codes der Länder, aus denen das Token nicht genutzt werden darf.',
    usagesOther: 'Andere Nutzungen',
    usagesOtherHint:
      'Wie oft das Token für anderes als Access Tokens genutzt werden darf (Verlauf, Tokens erzeugen, Einstellungen). Leer heißt unbegrenzt.',
    rotation: 'Rotation (erweitert)',
    rotationHint:
      'Mit Rotation ersetzt der Server das Token bei Nutzung durch ein neues, sodass eine gestohlene Kopie bald wertlos ist. Ihr Skript muss dann jedes Mal das neue Token speichern — tut es das? Wenn nicht, lassen Sie die Rotation aus.',
    onAT: 'Beim Holen eines Access Tokens rotieren',
    onOther: 'Bei anderen Nutzungen rotieren',
    lifetime: 'Lebensdauer jedes rotierten Tokens',
    lifetimeHint:
      'Ein rotiertes Token verfällt, wenn es so lange ungenutzt bleibt, z. B. 1d oder 12h. Leer heißt ohne Grenze.',
    autoRevoke: 'Alles widerrufen, wenn eine alte Kopie genutzt wird',
    autoRevokeHint:
      'Die Nutzung eines ersetzten Tokens widerruft dann das Token und alle daraus erzeugten — ein Zeichen für Diebstahl.',
    type: 'Token-Typ (erweitert)',
    typeLabel: 'Token-Typ',
    'type.token': 'JWT (Standard, selbstbeschreibend)',
    'type.short_token': 'Kurzes Token (leichter einzufügen, undurchsichtig)',
    'type.transfer_code':
      'Transfercode (um das Token binnen Minuten auf einem anderen Rechner abzuholen)',
    typeHint:
      'Alle Typen funktionieren gleich; kurze Tokens passen, wo lange Zeichenketten nicht passen.',
    risks: 'Bevor Sie es erstellen',
    noRisks: 'Keine Risiken gefunden: Das Token läuft ab und seine Nutzungen sind begrenzt.',
    'risk.noExpiry': 'Das Token läuft nie ab. Gerät es in falsche Hände, ist es für immer nutzbar.',
    'fix.noExpiry': 'In 30 Tagen ablaufen lassen',
    'risk.unlimitedUses': 'Das Token ist unbegrenzt oft nutzbar.',
    'fix.unlimitedUses': 'Nutzungen begrenzen',
    'risk.anywherePowerful':
      'Das Token kann Ihre Tokens oder Ihr Konto verwalten und ist von überall nutzbar.',
    'fix.anywherePowerful': 'Verwaltungsberechtigungen entfernen',
    'risk.noRotationLongLived':
      'Das Token lebt länger als 30 Tage ohne Rotation; eine gestohlene Kopie funktioniert weiter.',
    'fix.noRotationLongLived': 'Rotation einschalten',
    preview: 'Anfrage an den Server (nur lesen)',
    previewLabel: 'JSON-Anfrage',
    submit: 'Token erstellen',
    submitHint:
      'Ein neuer Tab öffnet den mytoken-Server: Bestätigen Sie dort die Anfrage (Sie können Einstellungen noch ändern) und melden Sie sich bei Ihrem Provider an.',
    serverError:
      'Der Server hat diese Einstellungen nicht angenommen: {detail}. Alles, was Sie eingegeben haben, ist noch da; ändern Sie die Einstellungen und erstellen Sie erneut.',
    fixErrors: 'Bitte korrigieren Sie die markierten Felder.',
  },
})

export const revealMessages = defineMessages({
  en: {
    readyTitle: 'Your mytoken is ready — store it now',
    readyText:
      'This is the only time the token is shown. Keep it like a password (a password manager or a file only you can read). It is not kept anywhere by this page.',
    transferReadyTitle: 'Your transfer code is ready',
    transferReadyText:
      'Exchange it for the token on the machine that needs it, within {minutes} minutes. It works only once.',
    tokenLabel: 'Your mytoken',
    transferLabel: 'Transfer code',
    rotated:
      'The server rotated the token: the one shown now is the new one, the old copy no longer works.',
    whatYouGot: 'What the server created',
    whatYouGotHint:
      'Settings may differ from your request if you changed them on the consent page.',
    name: 'Name',
    type: 'Type',
    'type.token': 'JWT',
    'type.short_token': 'Short token',
    'type.transfer_code': 'Transfer code',
    capabilities: 'Capabilities',
    none: 'none',
    expires: 'Expires',
    neverExpires: 'never',
    clause: 'Clause {number}',
    rotation: 'Rotation',
    snippets: 'Use it',
    snippetsHint:
      'First put the token into the environment variable MYTOKEN (e.g. from the downloaded file); the snippets never contain the token itself.',
    snippetShell: 'Shell: load the token from the file',
    snippetCurl: 'curl: obtain an access token',
    snippetPython: 'Python (requests), as in the TOAR guide',
    snippetCli: 'mytoken command-line client',
    testTitle: 'Test the token',
    testHint:
      'Obtains one access token from this mytoken, to check it works. This uses one of its access-token uses.',
    test: 'Obtain a test access token',
    testing: 'Asking the server…',
    testOk:
      'It works: the server issued an access token. One access-token use was spent on this test.',
    atScope: 'Scopes',
    atAudience: 'Audience',
    atLifetime: 'Valid for',
    atNone: 'none',
    showAT: 'Show the access token',
    hideAT: 'Hide the access token',
    accessToken: 'Access token',
    transferTitle: 'Move it to another machine',
    transferHint:
      'A transfer code is short and works once, for a few minutes: type it on the other machine instead of copying the long token.',
    getTransfer: 'Get a transfer code',
    transferCode: 'Transfer code (valid for {minutes} minutes)',
    leaveTitle: 'Before you leave',
    stored: 'I have stored the token safely',
    storedHint: 'Once you leave this page the token cannot be shown again.',
    done: 'Done — go to my tokens',
    dialogTitle: 'Leave without storing the token?',
    dialogText:
      'The token is shown only once. If you leave now and did not store it, you will have to create a new one.',
    stay: 'Stay here',
    leave: 'Leave anyway',
  },
  de: {
    readyTitle: 'Ihr mytoken ist fertig — speichern Sie es jetzt',
    readyText:
      'Nur jetzt wird das Token angezeigt. Behandeln Sie es wie ein Passwort (Passwortmanager oder eine Datei, die nur Sie lesen können). Diese Seite bewahrt es nirgends auf.',
    transferReadyTitle: 'Ihr Transfercode ist fertig',
    transferReadyText:
      'Tauschen Sie ihn binnen {minutes} Minuten auf dem Rechner, der das Token braucht, gegen das Token ein. Er funktioniert nur einmal.',
    tokenLabel: 'Ihr mytoken',
    transferLabel: 'Transfercode',
    rotated:
      'Der Server hat das Token rotiert: Angezeigt wird jetzt das neue, die alte Kopie funktioniert nicht mehr.',
    whatYouGot: 'Was der Server erstellt hat',
    whatYouGotHint:
      'Die Einstellungen können von Ihrer Anfrage abweichen, wenn Sie sie auf der Zustimmungsseite geändert haben.',
    name: 'Name',
    type: 'Typ',
    'type.token': 'JWT',
    'type.short_token': 'Kurzes Token',
    'type.transfer_code': 'Transfercode',
    capabilities: 'Berechtigungen',
    none: 'keine',
    expires: 'Läuft ab',
    neverExpires: 'nie',
    clause: 'Klausel {number}',
    rotation: 'Rotation',
    snippets: 'Verwenden',
    snippetsHint:
      'Legen Sie das Token zuerst in die Umgebungsvariable MYTOKEN (z. B. aus der heruntergeladenen Datei); die Beispiele enthalten das Token nie selbst.',
    snippetShell: 'Shell: Token aus der Datei laden',
    snippetCurl: 'curl: ein Access Token holen',
    snippetPython: 'Python (requests), wie in der TOAR-Anleitung',
    snippetCli: 'mytoken-Kommandozeilenprogramm',
    testTitle: 'Token testen',
    testHint:
      'Holt ein Access Token mit diesem mytoken, um zu prüfen, ob es funktioniert. Das verbraucht eine seiner Access-Token-Nutzungen.',
    test: 'Test-Access-Token holen',
    testing: 'Frage den Server…',
    testOk:
      'Es funktioniert: Der Server hat ein Access Token ausgestellt. Dafür wurde eine Access-Token-Nutzung verbraucht.',
    atScope: 'Scopes',
    atAudience: 'Zielgruppe',
    atLifetime: 'Gültig für',
    atNone: 'keine',
    showAT: 'Access Token anzeigen',
    hideAT: 'Access Token verbergen',
    accessToken: 'Access Token',
    transferTitle: 'Auf einen anderen Rechner bringen',
    transferHint:
      'Ein Transfercode ist kurz und gilt einmal, für wenige Minuten: Tippen Sie ihn auf dem anderen Rechner ein, statt das lange Token zu kopieren.',
    getTransfer: 'Transfercode holen',
    transferCode: 'Transfercode (gültig für {minutes} Minuten)',
    leaveTitle: 'Bevor Sie gehen',
    stored: 'Ich habe das Token sicher gespeichert',
    storedHint: 'Sobald Sie diese Seite verlassen, kann das Token nicht mehr angezeigt werden.',
    done: 'Fertig — zu meinen Tokens',
    dialogTitle: 'Gehen, ohne das Token zu speichern?',
    dialogText:
      'Das Token wird nur einmal angezeigt. Wenn Sie jetzt gehen und es nicht gespeichert haben, müssen Sie ein neues erstellen.',
    stay: 'Hierbleiben',
    leave: 'Trotzdem gehen',
  },
})

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
    narrowed:
      'What the review found risky is tightened: an expiry where it had none, a limit on access tokens, no capability to create tokens or change settings, rotation on — as far as each applied. Check every setting before you create it.',
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
    narrowed:
      'Was die Prüfung als riskant fand, ist enger gefasst: ein Ablaufdatum, wo keines war, eine Grenze für Access-Tokens, keine Berechtigung mehr, Tokens zu erstellen oder Einstellungen zu ändern, Rotation an — soweit jeweils zutreffend. Prüfen Sie jede Einstellung, bevor Sie es erstellen.',
  },
})

export const reminderMessages = defineMessages({
  en: {
    legend: 'Reminders',
    mail: 'E-mail me before this token expires',
    mailHint:
      'Sent to the address the mytoken server holds for you: the one your provider confirmed when you first signed in, unless you changed it on the Notifications page. Should it not be verified, you will be told right after creating.',
    mailHintUnverified:
      'Your e-mail address is not verified yet: the server sends no mail until you follow the link it sent you (Notifications page).',
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
      'Geht an die Adresse, die der mytoken-Server für Sie hat: die Ihr Anbieter bei Ihrer ersten Anmeldung bestätigt hat, außer Sie haben sie auf der Seite Benachrichtigungen geändert. Ist sie nicht bestätigt, erfahren Sie es gleich nach dem Erstellen.',
    mailHintUnverified:
      'Ihre E-Mail-Adresse ist noch nicht bestätigt: Der Server schickt keine Mail, bis Sie dem Link folgen, den er Ihnen geschickt hat (Seite Benachrichtigungen).',
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
