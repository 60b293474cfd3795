import { ARCHIVE_FORMAT, ARCHIVE_VERSION } from './exit-archive.format';

/**
 * README.txt inside every archive: enough to read the data without Schaltplan. The full
 * description is docs/exit-archive.md in the Schaltplan repository. Fixed text, so two exports
 * of the same data have the same bytes.
 */
export const ARCHIVE_README = `Schaltplan – Exit-Archiv einer Verwaltung / exit archive of one Verwaltung
Format ${ARCHIVE_FORMAT}, version ${ARCHIVE_VERSION}

DEUTSCH
Dieses ZIP enthält alle Daten einer Verwaltung aus Schaltplan: Bestand (Standorte, Personen,
Arbeitsplätze, Drucker, Software, Dateiablagen, Fachverfahren und ihre Zuordnungen), Zeitplan,
Bestätigungen, Testläufe, Blocker, Checklisten, Importe und das Änderungsprotokoll.

- manifest.json: Format, Version, Schema-Version, die Verwaltung, Zeitpunkt des Exports und je
  Datei Pfad, Anzahl Zeilen und SHA-256-Prüfsumme.
- data/<tabelle>.json: eine Datenbanktabelle als JSON-Array, ein Objekt pro Zeile (eine Zeile pro
  Textzeile), alle Spalten mit ihren Datenbankwerten, sortiert nach dem Primärschlüssel. Zeitpunkte
  in UTC (ISO 8601), Datumsangaben als JJJJ-MM-TT. Die IDs (UUID) sind die Original-IDs, Verweise
  zwischen Dateien bleiben also gültig.
- attachments/import_file/<id>/<dateiname>: die hochgeladenen Importdateien im Original; die Zeilen
  von data/import_file_chunk.json zeigen mit {"attachment", "offset", "length"} hinein.

Nicht enthalten sind Anmeldekonten (Passwort-Hashes, Sitzungen, Zugriffsrechte): Verweise auf
Konten stehen als UUID mit dem Namen zum Zeitpunkt der Änderung in den Daten.
Jede Schaltplan-Instanz kann das Archiv wieder einlesen (Verwaltungen → Archiv importieren, oder
npm run exit-import -w @schaltplan/api -- <datei.zip>); der Inhalt ist danach identisch.

ENGLISH
This ZIP holds all data of one Verwaltung (tenant) in Schaltplan. manifest.json lists every file
with its row count and SHA-256; data/<table>.json is one database table as a JSON array (one row
object per line, all columns with their database values, primary-key order, timestamps in UTC,
original UUIDs); attachments/ holds the uploaded import files. App accounts (password hashes,
sessions, access rights) are not included; account references are a UUID plus a name snapshot.
Any Schaltplan instance imports the archive again with identical content. The format is described
in docs/exit-archive.md of the Schaltplan repository.
`;
