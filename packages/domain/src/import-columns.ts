import { LOCATION_KIND_LABELS, PRINTER_KIND_LABELS } from './inventory';
import { LOCATION_REF, NOTES, t } from './import-column-parts';
import { ASSIGNMENT_IMPORT_SPECS } from './import-columns-assignments';
import type { ImportTarget, ImportTargetSpec } from './import-specs';

/** The columns of every import target: labels, kinds, keys and the headers they are known by. */
export const IMPORT_SPECS: Record<ImportTarget, ImportTargetSpec> = {
  LOCATIONS: {
    target: 'LOCATIONS',
    mustMap: ['name'],
    personLink: false,
    markable: true,
    columns: [
      {
        field: 'name',
        label: t('Standort', 'Location'),
        kind: 'text',
        key: true,
        aliases: ['Standort', 'Name', 'Bezeichnung', 'Dienststelle', 'Location'],
      },
      {
        field: 'kind',
        label: t('Art', 'Kind'),
        kind: 'enum',
        enumLabels: LOCATION_KIND_LABELS,
        createDefault: 'SONSTIGES',
        aliases: ['Art', 'Typ', 'Standortart', 'Kind', 'Type'],
      },
      { field: 'street', label: t('Straße', 'Street'), kind: 'text', aliases: ['Straße', 'Strasse', 'Anschrift'] },
      {
        field: 'postalCode',
        label: t('PLZ', 'Postal code'),
        kind: 'postalCode',
        aliases: ['PLZ', 'Postleitzahl', 'PostalCode', 'Zip'],
      },
      { field: 'city', label: t('Ort', 'City'), kind: 'text', aliases: ['Ort', 'Stadt', 'City', 'Gemeinde'] },
      {
        field: 'ags',
        label: t('Gemeindeschlüssel (AGS)', 'Municipality key (AGS)'),
        kind: 'ags',
        aliases: ['AGS', 'Gemeindeschlüssel', 'Amtlicher Gemeindeschlüssel'],
      },
      {
        field: 'lanSpeedMbit',
        label: t('LAN (Mbit/s)', 'LAN (Mbit/s)'),
        kind: 'int',
        aliases: ['LAN', 'LAN-Geschwindigkeit', 'LAN Mbit/s'],
      },
      {
        field: 'wanLink',
        label: t('WAN-Anbindung', 'WAN link'),
        kind: 'text',
        aliases: ['WAN', 'WAN-Anbindung', 'Anbindung'],
      },
      {
        field: 'bandwidthMbit',
        label: t('Bandbreite (Mbit/s)', 'Bandwidth (Mbit/s)'),
        kind: 'int',
        aliases: ['Bandbreite', 'Bandwidth'],
      },
      NOTES,
    ],
  },
  PERSONS: {
    target: 'PERSONS',
    mustMap: ['accountName'],
    personLink: false,
    markable: true,
    columns: [
      {
        field: 'accountName',
        label: t('Benutzername', 'Account name'),
        kind: 'text',
        key: true,
        max: 104,
        aliases: ['SamAccountName', 'Benutzername', 'Anmeldename', 'Kennung', 'Benutzerkennung', 'Login', 'UserName'],
      },
      {
        field: 'givenName',
        label: t('Vorname', 'Given name'),
        kind: 'text',
        aliases: ['GivenName', 'Vorname', 'FirstName'],
      },
      {
        field: 'surname',
        label: t('Nachname', 'Surname'),
        kind: 'text',
        aliases: ['Surname', 'Nachname', 'Familienname', 'LastName', 'sn'],
      },
      {
        field: 'displayName',
        label: t('Anzeigename', 'Display name'),
        kind: 'text',
        aliases: ['DisplayName', 'Anzeigename', 'Name', 'Vollständiger Name', 'CN'],
      },
      {
        field: 'department',
        label: t('Abteilung', 'Department'),
        kind: 'text',
        aliases: ['Department', 'Abteilung', 'Fachbereich', 'Amt', 'Fachdienst', 'Organisationseinheit', 'OE'],
      },
      { ...LOCATION_REF(false), aliases: [...LOCATION_REF(false).aliases, 'Office'] },
      {
        field: 'email',
        label: t('E-Mail', 'E-mail'),
        kind: 'email',
        max: 254,
        aliases: ['EmailAddress', 'E-Mail', 'Email', 'Mail', 'E-Mail-Adresse', 'UserPrincipalName'],
      },
      {
        field: 'enabled',
        label: t('Aktiv', 'Enabled'),
        kind: 'boolean',
        importOnly: true,
        aliases: ['Enabled', 'Aktiv', 'Aktiviert'],
      },
    ],
  },
  WORKSTATIONS: {
    target: 'WORKSTATIONS',
    mustMap: ['name', 'location'],
    personLink: false,
    markable: true,
    columns: [
      {
        field: 'name',
        label: t('Arbeitsplatz', 'Workstation'),
        kind: 'text',
        key: true,
        aliases: ['Arbeitsplatz', 'Name', 'Arbeitsplatzname', 'Workstation'],
      },
      LOCATION_REF(true),
      { field: 'room', label: t('Raum', 'Room'), kind: 'text', aliases: ['Raum', 'Zimmer', 'Büro', 'Room'] },
      {
        field: 'currentHostname',
        label: t('Hostname (Altgerät)', 'Hostname (old device)'),
        kind: 'text',
        aliases: ['Hostname', 'Computername', 'Rechnername', 'DNSHostName', 'PC'],
      },
      {
        field: 'currentOs',
        label: t('Betriebssystem', 'Operating system'),
        kind: 'text',
        aliases: ['Betriebssystem', 'OperatingSystem', 'OS'],
      },
      {
        field: 'targetDeviceSerial',
        label: t('Seriennummer Thin Client', 'Thin client serial'),
        kind: 'text',
        aliases: ['Seriennummer', 'Seriennummer Thin Client', 'SerialNumber', 'Thin Client'],
      },
      NOTES,
      {
        field: 'persons',
        label: t('Personen (Benutzernamen)', 'Persons (account names)'),
        kind: 'personList',
        aliases: ['Personen', 'Benutzer', 'Nutzer', 'Benutzername', 'SamAccountName', 'Users'],
      },
    ],
  },
  PRINTERS: {
    target: 'PRINTERS',
    mustMap: ['name', 'location'],
    personLink: false,
    markable: true,
    columns: [
      {
        field: 'name',
        label: t('Drucker', 'Printer'),
        kind: 'text',
        key: true,
        aliases: ['Name', 'Drucker', 'Druckername', 'Gerät', 'Printer'],
      },
      LOCATION_REF(true),
      {
        field: 'kind',
        label: t('Art', 'Kind'),
        kind: 'enum',
        enumLabels: PRINTER_KIND_LABELS,
        createDefault: 'PRINTER',
        aliases: ['Art', 'Typ', 'Gerätetyp', 'Kind', 'Type'],
      },
      {
        field: 'model',
        label: t('Modell', 'Model'),
        kind: 'text',
        aliases: ['DriverName', 'Modell', 'Treiber', 'Model'],
      },
      {
        field: 'address',
        label: t('IP/Anschluss', 'IP/port'),
        kind: 'text',
        aliases: ['PortName', 'IP', 'IP-Adresse', 'Adresse', 'Anschluss', 'Port'],
      },
      {
        field: 'shareName',
        label: t('Freigabename', 'Share name'),
        kind: 'text',
        aliases: ['ShareName', 'Freigabename', 'Freigabe', 'Warteschlange'],
      },
      {
        field: 'room',
        label: t('Raum', 'Room'),
        kind: 'text',
        // Get-Printer's "Location" is free text such as "2. OG, Raum 204", not a Standort.
        aliases: ['Raum', 'Zimmer', 'Room', 'Location'],
      },
      {
        field: 'targetQueue',
        label: t('Ziel-Warteschlange', 'Target queue'),
        kind: 'text',
        aliases: ['Ziel-Warteschlange', 'Zielwarteschlange', 'Neue Warteschlange', 'TargetQueue'],
      },
      NOTES,
    ],
  },
  ...ASSIGNMENT_IMPORT_SPECS,
};
