import { defineMessages } from '@/lib/i18n/i18n'

export const accessTokenMessages = defineMessages({
  en: {
    title: 'Access token',
    intro:
      'Get one OpenID Connect access token right now, for example to paste into a curl command. You approve a short-lived mytoken that can obtain exactly one access token; the app uses it at once and revokes it.',
    memoryOnly:
      'Nothing is stored: the access token lives in this page’s memory only and is gone when you leave or reload the page.',
    formHeading: 'What the access token is for',
    provider: 'OpenID provider',
    providerHint: 'The provider that issues the access token.',
    scopes: 'Scopes',
    scopesHint:
      'Only the scopes this provider offers. The mytoken server adds offline_access by itself.',
    scopesTyped: 'Scopes (separated by spaces)',
    scopesTypedHint: 'This provider does not list its scopes; type the ones you need.',
    audience: 'Audience (optional)',
    audienceHint:
      'The service the token is meant for, e.g. https://service.example. Several: separate them by spaces. Leave empty for none.',
    whatIsApproved: 'You will approve a mytoken that can',
    approvedLimits:
      'It can obtain one access token only, with exactly these scopes and audiences, expires after {minutes} minutes, does not rotate, and is revoked as soon as the access token is here.',
    submit: 'Approve and get access token',
    unknownProvider: 'Choose one of the providers this mytoken server offers.',
    noScope: 'Choose at least one scope.',
    notOffered: 'not offered',
    unknownScope: 'This provider does not offer: {values}. Remove it or choose another provider.',
    scopeCharacters: 'A scope may not contain spaces, quotes or backslashes: {values}',
    tooManyAudiences: 'At most {max} audiences, please.',
    audienceTooLong: 'An audience may be at most {max} characters long: {values}',
    audienceCharacters:
      'An audience may contain only letters, digits and URL characters (no quotes, brackets or spaces inside): {values}',
    audienceNotUrl: 'Not a valid URL (a full address without a # part): {values}',
    fixFirst: 'Please correct the marked fields; nothing was sent.',
    exchanging: 'Approved. Getting the access token and revoking the short-lived mytoken…',
    failedTitle: 'No access token',
    noCapability:
      'The approved mytoken may not obtain access tokens — was “{capability}” unchecked on the consent page? Start again and leave it selected.',
    restricted:
      'The mytoken server refused: the approved mytoken does not allow these scopes or this audience (were they changed on the consent page?).',
    providerRefused: 'The OpenID provider refused to issue the access token: {detail}',
    exchangeNetwork:
      'The connection failed while getting the access token. The short-lived mytoken can obtain only one access token and expires within minutes.',
    serverRefused: 'The mytoken server refused to issue the access token: {detail}',
    tryAgain: 'Try again',
    resultHeading: 'Your access token',
    secretLabel: 'Access token (shown only here, only now)',
    expiresIn: 'Expires in {remaining} (at {time}).',
    expired: 'This access token has expired. Get a new one below.',
    noExpiry: 'The provider did not say when this access token expires.',
    grantedScopes: 'Scopes granted by the provider',
    grantedAudiences: 'Audience',
    noAudience: 'none named by the provider (the token is not limited to a service it names)',
    missingScopes: 'Asked for but not granted: {values}',
    extraScopes: 'Granted in addition: {values}',
    missingAudiences: 'Asked for but not named in the token: {values}',
    revoked:
      'The short-lived mytoken behind it was revoked right away. Even had that not reached the server, it could not obtain a second access token and would expire within {minutes} minutes.',
    curlHeading: 'Use it with curl',
    curlHint:
      'Run the first line, paste the access token and press Enter: it is neither shown nor written to your shell history. The second line hands curl the Authorization header on its standard input, so the token is in no command line either, where others on a shared machine could see it (ps).',
    forget: 'Forget this access token',
    another: 'Get another access token',
  },
  de: {
    title: 'Access-Token',
    intro:
      'Holen Sie sich sofort ein OpenID-Connect-Access-Token, etwa für einen curl-Befehl. Sie bestätigen ein kurzlebiges mytoken, das genau ein Access-Token holen kann; die App nutzt es sofort und widerruft es.',
    memoryOnly:
      'Nichts wird gespeichert: Das Access-Token liegt nur im Speicher dieser Seite und ist weg, sobald Sie die Seite verlassen oder neu laden.',
    formHeading: 'Wofür das Access-Token ist',
    provider: 'OpenID-Provider',
    providerHint: 'Der Provider, der das Access-Token ausstellt.',
    scopes: 'Scopes',
    scopesHint:
      'Nur die Scopes, die dieser Provider anbietet. offline_access fügt der mytoken-Server selbst hinzu.',
    scopesTyped: 'Scopes (durch Leerzeichen getrennt)',
    scopesTypedHint: 'Dieser Provider nennt seine Scopes nicht; geben Sie die benötigten ein.',
    audience: 'Audience (optional)',
    audienceHint:
      'Der Dienst, für den das Token gedacht ist, z. B. https://service.example. Mehrere durch Leerzeichen trennen. Leer lassen für keine.',
    whatIsApproved: 'Sie bestätigen ein mytoken, das Folgendes darf',
    approvedLimits:
      'Es kann nur ein Access-Token holen, mit genau diesen Scopes und Audiences, läuft nach {minutes} Minuten ab, rotiert nicht und wird widerrufen, sobald das Access-Token da ist.',
    submit: 'Bestätigen und Access-Token holen',
    unknownProvider: 'Wählen Sie einen der Provider, die dieser mytoken-Server anbietet.',
    noScope: 'Wählen Sie mindestens einen Scope.',
    notOffered: 'nicht angeboten',
    unknownScope:
      'Dieser Provider bietet nicht an: {values}. Entfernen Sie den Scope oder wählen Sie einen anderen Provider.',
    scopeCharacters:
      'Ein Scope darf keine Leerzeichen, Anführungszeichen oder Backslashes enthalten: {values}',
    tooManyAudiences: 'Höchstens {max} Audiences, bitte.',
    audienceTooLong: 'Eine Audience darf höchstens {max} Zeichen lang sein: {values}',
    audienceCharacters:
      'Eine Audience darf nur Buchstaben, Ziffern und URL-Zeichen enthalten (keine Anführungszeichen, Klammern oder Leerzeichen darin): {values}',
    audienceNotUrl: 'Keine gültige URL (eine vollständige Adresse ohne #-Teil): {values}',
    fixFirst: 'Bitte korrigieren Sie die markierten Felder; es wurde nichts gesendet.',
    exchanging: 'Bestätigt. Das Access-Token wird geholt und das kurzlebige mytoken widerrufen…',
    failedTitle: 'Kein Access-Token',
    noCapability:
      'Das bestätigte mytoken darf keine Access-Tokens holen — wurde „{capability}“ auf der Zustimmungsseite abgewählt? Beginnen Sie neu und lassen Sie es ausgewählt.',
    restricted:
      'Der mytoken-Server hat abgelehnt: Das bestätigte mytoken erlaubt diese Scopes oder diese Audience nicht (wurden sie auf der Zustimmungsseite geändert?).',
    providerRefused: 'Der OpenID-Provider hat das Access-Token verweigert: {detail}',
    exchangeNetwork:
      'Die Verbindung ist beim Holen des Access-Tokens abgebrochen. Das kurzlebige mytoken kann nur ein Access-Token holen und läuft in wenigen Minuten ab.',
    serverRefused: 'Der mytoken-Server hat das Access-Token verweigert: {detail}',
    tryAgain: 'Erneut versuchen',
    resultHeading: 'Ihr Access-Token',
    secretLabel: 'Access-Token (nur hier und nur jetzt sichtbar)',
    expiresIn: 'Läuft ab in {remaining} (um {time}).',
    expired: 'Dieses Access-Token ist abgelaufen. Holen Sie unten ein neues.',
    noExpiry: 'Der Provider hat nicht gesagt, wann dieses Access-Token abläuft.',
    grantedScopes: 'Vom Provider gewährte Scopes',
    grantedAudiences: 'Audience',
    noAudience:
      'keine vom Provider genannt (das Token ist nicht auf einen von ihm genannten Dienst beschränkt)',
    missingScopes: 'Angefragt, aber nicht gewährt: {values}',
    extraScopes: 'Zusätzlich gewährt: {values}',
    missingAudiences: 'Angefragt, aber im Token nicht genannt: {values}',
    revoked:
      'Das kurzlebige mytoken dahinter wurde sofort widerrufen. Selbst wenn das den Server nicht erreicht hätte, könnte es kein zweites Access-Token holen und liefe nach {minutes} Minuten ab.',
    curlHeading: 'Mit curl verwenden',
    curlHint:
      'Führen Sie die erste Zeile aus, fügen Sie das Access-Token ein und drücken Sie Enter: Es wird weder angezeigt noch in Ihre Shell-History geschrieben. Die zweite Zeile gibt curl den Authorization-Header über die Standardeingabe, so steht das Token auch in keiner Befehlszeile, die andere auf einem gemeinsam genutzten Rechner sehen könnten (ps).',
    forget: 'Dieses Access-Token vergessen',
    another: 'Ein weiteres Access-Token holen',
  },
})
