import type { Rng } from './demo-random';

/** Long word lists stay compact as comma-separated text (formatters would put one per line). */
export function list(text: string): string[] {
  return text.split(',').map((s) => s.trim());
}

// Given names across the age range of a municipal workforce, a few of them of
// non-German origin as in any real Verwaltung.
export const GIVEN_NAMES: readonly string[] = list(
  'Andreas,Anja,Anke,Anna-Lena,Annika,Ayşe,Bärbel,Bernd,Birgit,Björn,Britta,Carsten,Christian,' +
    'Christina,Claudia,Dagmar,Daniel,Dennis,Dirk,Doris,Dragan,Elke,Emre,Finn,Frank,Franziska,' +
    'Frauke,Gabriele,Gerd,Gesa,Gönül,Günter,Hannah,Hans-Peter,Hauke,Heike,Helga,Hendrik,Ines,' +
    'Insa,Jan,Jana,Jannik,Jens,Jörg,Jörn,Julia,Jürgen,Kai,Karin,Katarzyna,Katharina,Kerstin,' +
    'Klaus,Lars,Laura,Lea,Lena,Lukas,Maike,Malte,Manuela,Marco,Marion,Markus,Martina,Matthias,' +
    'Maximilian,Mehmet,Melanie,Merle,Michael,Monika,Nadine,Nicole,Niklas,Nils,Ole,Olga,Patrick,' +
    'Petra,Piotr,Ralf,Renate,Rüdiger,Sabine,Sandra,Sarah,Sebastian,Silke,Simone,Sönke,Stefan,' +
    'Stephanie,Susanne,Sven,Swantje,Tanja,Thomas,Thorsten,Tim,Tobias,Torben,Ulrike,Ute,Uwe,' +
    'Volker,Wiebke,Wolfgang,Yvonne',
);

export const SURNAMES: readonly string[] = list(
  'Müller,Schmidt,Schneider,Fischer,Weber,Meyer,Becker,Schulz,Hoffmann,Schäfer,Koch,Bauer,' +
    'Richter,Klein,Wolf,Schröder,Neumann,Schwarz,Zimmermann,Braun,Krüger,Hofmann,Hartmann,Lange,' +
    'Schmitt,Werner,Krause,Meier,Lehmann,Schulze,Köhler,Herrmann,König,Walter,Kaiser,Fuchs,' +
    'Peters,Lang,Scholz,Möller,Weiß,Jung,Hahn,Schubert,Vogel,Friedrich,Keller,Günther,Frank,' +
    'Berger,Winkler,Roth,Beck,Lorenz,Baumann,Franke,Albrecht,Schuster,Simon,Ludwig,Böhm,Winter,' +
    'Kraus,Schumacher,Krämer,Vogt,Stein,Jäger,Otto,Sommer,Groß,Seidel,Heinrich,Brandt,Haas,' +
    'Schreiber,Graf,Schulte,Dietrich,Ziegler,Kuhn,Kühn,Pohl,Engel,Horn,Busch,Bergmann,Voigt,' +
    'Sauer,Arnold,Wolff,Pfeiffer,Petersen,Jensen,Hansen,Carstens,Thomsen,Paulsen,Brodersen,' +
    'Lüders,Wöhlk,Ohlsen,Hinrichs,Janßen,Gerdes,Harms,Ahrens,Lührs,Ohlendorf,Heitmann,Dührkop,' +
    'Rüter,Böttcher,Große-Wilde,Schulze-Wendt,von der Heide,ter Horst,Yılmaz,Kowalski,Nowak,' +
    'Öztürk,Şahin,Popović,Iwanow',
);

const GERMAN_FOLDS: Readonly<Record<string, string>> = {
  ä: 'ae',
  ö: 'oe',
  ü: 'ue',
  ß: 'ss',
  Ä: 'Ae',
  Ö: 'Oe',
  Ü: 'Ue',
  ı: 'i',
};

/**
 * Folds a name to the ASCII an AD admin would type: German umlauts as ae/oe/ue,
 * other diacritics dropped, spaces and apostrophes removed, hyphens kept.
 */
export function asciiFold(name: string): string {
  return name
    .replace(/[äöüßÄÖÜı]/g, (c) => GERMAN_FOLDS[c] ?? c)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s']/g, '');
}

/**
 * Hands out sAMAccountNames (`m.mueller`) and e-mail local parts, unique per tenant
 * compared case-insensitively. On a clash it tries what admins do: more letters of
 * the given name, then the full given name, then a number.
 */
export class AccountAllocator {
  private readonly accounts = new Set<string>();
  private readonly mailboxes = new Set<string>();

  account(givenName: string, surname: string): string {
    const given = asciiFold(givenName).toLowerCase();
    const sur = asciiFold(surname).toLowerCase();
    const candidates = [`${given.slice(0, 1)}.${sur}`, `${given.slice(0, 2)}.${sur}`, `${given}.${sur}`];
    return this.claim(this.accounts, candidates, `${given}.${sur}`);
  }

  mailbox(givenName: string, surname: string): string {
    const local = `${asciiFold(givenName)}.${asciiFold(surname)}`.toLowerCase();
    return this.claim(this.mailboxes, [local], local);
  }

  private claim(taken: Set<string>, candidates: string[], base: string): string {
    for (const c of candidates) {
      if (!taken.has(c)) {
        taken.add(c);
        return c;
      }
    }
    for (let n = 2; ; n++) {
      const c = `${base}${n}`;
      if (!taken.has(c)) {
        taken.add(c);
        return c;
      }
    }
  }
}

export interface PersonName {
  givenName: string;
  surname: string;
  displayName: string;
}

/** Display name as Active Directory shows it in German administrations: "Surname, Given". */
export function randomName(rng: Rng): PersonName {
  const givenName = rng.pick(GIVEN_NAMES);
  const surname = rng.pick(SURNAMES);
  return { givenName, surname, displayName: `${surname}, ${givenName}` };
}

/** Lower-case ASCII slug for host names, share names and queue names. */
export function slug(text: string): string {
  return asciiFold(text)
    .replace(/[^A-Za-z0-9-]+/g, '_')
    .replace(/^_+|_+$/g, '');
}
