// The mytoken server's event names in words (EN/DE), one set for every page.
import { defineMessages, messageFor, type Language } from '@/lib/i18n/messages'

const eventText = defineMessages({
  en: {
    created: 'Created',
    AT_created: 'Access token obtained',
    MT_created: 'Sub-token created',
    tokeninfo_introspect: 'Inspected (introspection)',
    tokeninfo_history: 'History viewed',
    tokeninfo_subtokens: 'Sub-tokens listed',
    tokeninfo_list_mytokens: 'All tokens listed',
    tokeninfo_notifications: 'Notifications listed',
    inherited_RT: 'Took over a refresh token',
    transfer_code_created: 'Transfer code created',
    // the server logs this also when the requesting app collects a consent-flow token by polling
    transfer_code_used:
      'Token handed over: collected by the app that asked for it (how every token from the consent page is delivered) or exchanged for a transfer code',
    token_rotated: 'Rotated',
    revoked_other_token: 'Revoked another token',
    tokeninfo_history_other_token: 'Viewed another token’s history',
    expired: 'Expired',
    revoked: 'Revoked',
    settings_grant_enabled: 'Grant type enabled',
    settings_grant_disabled: 'Grant type disabled',
    settings_grants_listed: 'Grant types listed',
    ssh_keys_listed: 'SSH keys listed',
    ssh_key_added: 'SSH key added',
    notification_subscribed: 'Subscribed to notifications',
    notification_unsubscribed: 'Unsubscribed from notifications',
    notification_created: 'Notification created',
    calendar_created: 'Calendar created',
  },
  de: {
    created: 'Erstellt',
    AT_created: 'Access-Token bezogen',
    MT_created: 'Unter-Token erstellt',
    tokeninfo_introspect: 'Geprüft (Introspektion)',
    tokeninfo_history: 'Verlauf angesehen',
    tokeninfo_subtokens: 'Unter-Tokens aufgelistet',
    tokeninfo_list_mytokens: 'Alle Tokens aufgelistet',
    tokeninfo_notifications: 'Benachrichtigungen aufgelistet',
    inherited_RT: 'Refresh-Token übernommen',
    transfer_code_created: 'Transfer-Code erstellt',
    transfer_code_used:
      'Token übergeben: von der anfragenden App abgeholt (so wird jedes Token von der Zustimmungsseite ausgeliefert) oder gegen einen Transfer-Code eingetauscht',
    token_rotated: 'Rotiert',
    revoked_other_token: 'Anderes Token widerrufen',
    tokeninfo_history_other_token: 'Verlauf eines anderen Tokens angesehen',
    expired: 'Abgelaufen',
    revoked: 'Widerrufen',
    settings_grant_enabled: 'Grant-Typ aktiviert',
    settings_grant_disabled: 'Grant-Typ deaktiviert',
    settings_grants_listed: 'Grant-Typen aufgelistet',
    ssh_keys_listed: 'SSH-Schlüssel aufgelistet',
    ssh_key_added: 'SSH-Schlüssel hinzugefügt',
    notification_subscribed: 'Benachrichtigungen abonniert',
    notification_unsubscribed: 'Benachrichtigungen abbestellt',
    notification_created: 'Benachrichtigung erstellt',
    calendar_created: 'Kalender erstellt',
  },
})

/** A server event name (`AT_created`) in words; an unknown name is shown with spaces for `_`. */
export function describeEvent(event: string, language: Language): string {
  return messageFor(eventText, language, event) ?? event.replace(/_/g, ' ')
}
