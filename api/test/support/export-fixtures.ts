import {
  aFachverfahren,
  aFileShare,
  aLocation,
  aPerson,
  aPrinter,
  aSoftware,
  aTenant,
  aWorkstation,
} from './factories';
import type { Created } from './factories';
import type { TestApp } from './test-app';

/** GraphQL null, typed for the builders: clears one of their default values. */
const NONE = null as unknown as string;

export interface ExportFixture {
  tenant: Created;
  rathaus: Created;
  bauhof: Created;
  /** Account names, in the order the export sorts them (case-insensitive). */
  accounts: { mueller: string; oezdemir: string; ohne: string };
}

/**
 * One Verwaltung with a bit of everything, created through the API: umlauts, values that look
 * like formulas (=, +, -, @), mixed-case names (the export sorts case-insensitively), shared
 * workstations, default printers, software, share access with drive letters, Fachverfahren.
 */
export async function createExportFixture(api: TestApp): Promise<ExportFixture> {
  const tenant = await aTenant().with({ name: 'Amt Grünhöfe' }).create(api);
  const rathaus = await aLocation()
    .of(tenant)
    .with({
      name: 'Rathaus Grünstadt',
      kind: 'RATHAUS',
      street: 'Hauptstraße 1',
      postalCode: '12345',
      city: 'Grünstadt',
      ags: '03241001',
      lanSpeedMbit: 1000,
      wanLink: '-x VPN',
      bandwidthMbit: 100,
      notes: '=SUM(A1)',
    })
    .create(api);
  const bauhof = await aLocation().of(tenant).with({ name: 'bauhof Nord', kind: 'BAUHOF', city: NONE }).create(api);

  const oezdemir = await aPerson()
    .at(rathaus)
    .with({
      accountName: 'B.oezdemir',
      givenName: 'Özlem',
      surname: 'Özdemir',
      displayName: 'Özlem Özdemir',
      department: '+49 4321 Bürgerbüro',
      email: 'b.oezdemir@gruen.de',
    })
    .create(api);
  const mueller = await aPerson()
    .at(bauhof)
    .with({
      accountName: 'a.müller',
      givenName: 'Jörg',
      surname: 'Müller',
      displayName: '@Jörg Müller',
      department: 'Kämmerei',
      email: NONE,
    })
    .create(api);
  await aPerson()
    .of(tenant)
    .with({
      accountName: 'c.ohne',
      givenName: NONE,
      surname: NONE,
      displayName: 'Carl Ohne',
      department: NONE,
      email: NONE,
    })
    .create(api);

  const ap = await aWorkstation()
    .at(rathaus)
    .with({ name: 'AP-Süd-01', room: '1.04', currentHostname: 'PC-SUED-01', currentOs: 'Windows 10', notes: '-x' })
    .create(api);
  await aWorkstation()
    .at(bauhof)
    .with({ name: 'ap-02', room: NONE, currentHostname: NONE, currentOs: NONE, targetDeviceSerial: 'TC-9' })
    .create(api);
  for (const person of [oezdemir, mueller]) {
    await api.gql(`mutation { assignWorkstationPerson(workstationId: "${ap.id}", personId: "${person.id}") { id } }`);
  }

  const flur = await aPrinter()
    .at(rathaus)
    .with({
      name: 'DR-Flur',
      kind: 'MULTIFUNCTION',
      model: 'Kyocera TASKalfa',
      address: '10.0.0.5',
      shareName: 'DR-Flur-Freigabe',
      room: '1. OG',
      targetQueue: '\\\\print01\\Flur',
      notes: '=SUM(A1)',
    })
    .create(api);
  const bauhofPrinter = await aPrinter().at(bauhof).with({ name: 'dr-bauhof', model: NONE }).create(api);
  const assignPrinter = (person: Created, printer: Created, isDefault: boolean) =>
    api.gql(
      `mutation { assignPrinter(personId: "${person.id}", printerId: "${printer.id}", isDefault: ${isDefault}) { id } }`,
    );
  await assignPrinter(oezdemir, flur, true);
  await assignPrinter(oezdemir, bauhofPrinter, false);
  await assignPrinter(mueller, bauhofPrinter, true);

  const office = await aSoftware()
    .of(tenant)
    .with({
      product: 'Office',
      versionLabel: '2021',
      vendor: 'Microsoft',
      licence: 'Volumen',
      delivery: 'STANDARD_IMAGE',
    })
    .create(api);
  await aSoftware().of(tenant).with({ product: 'acrobat Reader', vendor: 'Adobe' }).create(api);
  for (const person of [oezdemir, mueller]) {
    await api.gql(`mutation { assignSoftware(personId: "${person.id}", softwareId: "${office.id}") { id } }`);
  }

  const share = await aFileShare()
    .at(rathaus)
    .with({
      uncPath: '\\\\fs01\\Bürger',
      driveLetter: 'G',
      sizeGb: 12.5,
      owningDepartment: 'Bürgerservice',
      targetPath: '\\\\cloud\\Bürger',
    })
    .create(api);
  await aFileShare().of(tenant).with({ uncPath: '\\\\fs01\\alt', driveLetter: NONE }).create(api);
  await api.gql(
    `mutation { assignFileShare(personId: "${oezdemir.id}", fileShareId: "${share.id}", access: WRITE, driveLetter: "H") { id } }`,
  );
  await api.gql(
    `mutation { assignFileShare(personId: "${mueller.id}", fileShareId: "${share.id}", access: READ) { id } }`,
  );

  const ewo = await aFachverfahren()
    .of(tenant)
    .with({
      name: 'Einwohnerwesen',
      area: 'EINWOHNERMELDEWESEN',
      vendor: 'AKDB',
      criticality: 'HIGH',
      crisisRelevant: true,
      interfaces: ['XMELD_OSCI', 'TEXT_COUPLING'],
      interfaceNotes: 'Vorlagen unter H:\\Vorlagen',
      responsibleDepartment: 'Bürgerbüro',
    })
    .create(api);
  await api.gql(`mutation { assignFachverfahren(personId: "${mueller.id}", fachverfahrenId: "${ewo.id}") { id } }`);

  return {
    tenant,
    rathaus,
    bauhof,
    accounts: { mueller: 'a.müller', oezdemir: 'B.oezdemir', ohne: 'c.ohne' },
  };
}
