import { defineMessages } from '@/lib/i18n/i18n'

export const usageMessages = defineMessages({
  en: {
    usedOf: '{used} of {limit} used',
    leftOf: '({left} left)',
    used: '{used} used',
    noLimitKnown: 'limit not known in this browser',
    noUses: 'none yet',
    low: 'nearly used up',
    usedUp: 'uses used up',
    loading: 'counting…',
    failed: 'could not be counted',
    kindAT: 'Access tokens',
    kindOther: 'Other requests',
    countedFrom:
      'Counted from the event history. The limits are known for tokens created or checked in this browser; the server shares them only with the token itself (paste it on the token-info page).',
  },
  de: {
    usedOf: '{used} von {limit} genutzt',
    leftOf: '({left} übrig)',
    used: '{used} genutzt',
    noLimitKnown: 'Grenze in diesem Browser unbekannt',
    noUses: 'noch keine',
    low: 'fast aufgebraucht',
    usedUp: 'Nutzungen aufgebraucht',
    loading: 'wird gezählt…',
    failed: 'konnte nicht gezählt werden',
    kindAT: 'Access-Tokens',
    kindOther: 'Andere Anfragen',
    countedFrom:
      'Aus dem Ereignisverlauf gezählt. Die Grenzen sind für Tokens bekannt, die in diesem Browser erstellt oder geprüft wurden; der Server teilt sie nur dem Token selbst mit (fügen Sie es auf der Token-Info-Seite ein).',
  },
})
