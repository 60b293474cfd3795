import type { Label } from './labels';
import type { ImportColumnSpec } from './import-specs';

/** A label in both languages. */
export const t = (de: string, en: string): Label => ({ de, en });

export const PERSON_REF: ImportColumnSpec = {
  field: 'person',
  label: t('Benutzername', 'Account name'),
  kind: 'person',
  aliases: ['Benutzername', 'SamAccountName', 'Anmeldename', 'Kennung', 'Benutzerkennung', 'Login', 'Person', 'User'],
};
export const LOCATION_REF = (required: boolean): ImportColumnSpec => ({
  field: 'location',
  label: t('Standort', 'Location'),
  kind: 'location',
  required,
  aliases: ['Standort', 'Dienststelle', 'Dienstort', 'Gebäude', 'Liegenschaft', 'Site'],
});
export const NOTES: ImportColumnSpec = {
  field: 'notes',
  label: t('Bemerkung', 'Notes'),
  kind: 'text',
  max: 4000,
  aliases: ['Bemerkung', 'Bemerkungen', 'Notiz', 'Notizen', 'Kommentar', 'Comment', 'Notes', 'Hinweis'],
};
