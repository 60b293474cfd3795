import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  aFachverfahren,
  aFileShare,
  aLocation,
  aPerson,
  aPrinter,
  aSoftware,
  aTenant,
  aWorkstation,
  type Created,
} from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

let api: TestApp;
let location: Created;
let person: Created;

beforeAll(async () => {
  api = await startTestApp('mappings');
  const tenant = await aTenant().create(api);
  location = await aLocation().of(tenant).create(api);
  person = await aPerson().at(location).create(api);
});
afterAll(() => api.close());

const PERSON_MAPPINGS = `query($id: ID!) { person(id: $id) {
  printers { isDefault printer { id } }
  software { id }
  fileShares { access driveLetter fileShare { id } }
  fachverfahren { id }
  workstations { id }
} }`;

interface PersonMappings {
  person: {
    printers: { isDefault: boolean; printer: { id: string } }[];
    software: { id: string }[];
    fileShares: { access: string; driveLetter: string | null; fileShare: { id: string } }[];
    fachverfahren: { id: string }[];
    workstations: { id: string }[];
  };
}

describe('person mappings', () => {
  it('assigns printers with exactly one default, which moves when another becomes default', async () => {
    const a = await aPrinter().at(location).create(api);
    const b = await aPrinter().at(location).create(api);
    await api.gql(`mutation { assignPrinter(personId: "${person.id}", printerId: "${a.id}", isDefault: true) { id } }`);
    await api.gql(`mutation { assignPrinter(personId: "${person.id}", printerId: "${b.id}") { id } }`);
    let m = await api.gql<PersonMappings>(PERSON_MAPPINGS, { id: person.id });
    expect(m.person.printers).toEqual([
      { isDefault: true, printer: { id: a.id } },
      { isDefault: false, printer: { id: b.id } },
    ]);

    await api.gql(`mutation { assignPrinter(personId: "${person.id}", printerId: "${b.id}", isDefault: true) { id } }`);
    m = await api.gql<PersonMappings>(PERSON_MAPPINGS, { id: person.id });
    expect(m.person.printers).toEqual([
      { isDefault: true, printer: { id: b.id } },
      { isDefault: false, printer: { id: a.id } },
    ]);

    const printerUsers = await api.gql<{ printer: { persons: { id: string }[] } }>(
      `{ printer(id: "${b.id}") { persons { id } } }`,
    );
    expect(printerUsers.printer.persons).toEqual([{ id: person.id }]);

    const after = await api.gql<{ unassignPrinter: { printers: { printer: { id: string } }[] } }>(
      `mutation { unassignPrinter(personId: "${person.id}", printerId: "${a.id}") { printers { printer { id } } } }`,
    );
    expect(after.unassignPrinter.printers).toEqual([{ printer: { id: b.id } }]);
  });

  it('assigns and unassigns software, shares (with rights and drive letter) and Fachverfahren', async () => {
    const software = await aSoftware()
      .of({ id: String(person.tenantId) })
      .create(api);
    const share = await aFileShare().at(location).with({ driveLetter: 'H' }).create(api);
    const verfahren = await aFachverfahren()
      .of({ id: String(person.tenantId) })
      .create(api);
    await api.gql(`mutation { assignSoftware(personId: "${person.id}", softwareId: "${software.id}") { id } }`);
    await api.gql(
      `mutation { assignFileShare(personId: "${person.id}", fileShareId: "${share.id}", access: WRITE) { id } }`,
    );
    await api.gql(
      `mutation { assignFachverfahren(personId: "${person.id}", fachverfahrenId: "${verfahren.id}") { id } }`,
    );
    let m = await api.gql<PersonMappings>(PERSON_MAPPINGS, { id: person.id });
    expect(m.person.software).toEqual([{ id: software.id }]);
    expect(m.person.fileShares).toEqual([{ access: 'WRITE', driveLetter: 'H', fileShare: { id: share.id } }]);
    expect(m.person.fachverfahren).toEqual([{ id: verfahren.id }]);

    // Re-assigning updates the access in place: no duplicate row.
    await api.gql(
      `mutation { assignFileShare(personId: "${person.id}", fileShareId: "${share.id}", access: READ, driveLetter: "S") { id } }`,
    );
    m = await api.gql<PersonMappings>(PERSON_MAPPINGS, { id: person.id });
    expect(m.person.fileShares).toEqual([{ access: 'READ', driveLetter: 'S', fileShare: { id: share.id } }]);

    await api.gql(`mutation { unassignSoftware(personId: "${person.id}", softwareId: "${software.id}") { id } }`);
    await api.gql(`mutation { unassignFileShare(personId: "${person.id}", fileShareId: "${share.id}") { id } }`);
    await api.gql(
      `mutation { unassignFachverfahren(personId: "${person.id}", fachverfahrenId: "${verfahren.id}") { id } }`,
    );
    m = await api.gql<PersonMappings>(PERSON_MAPPINGS, { id: person.id });
    expect([m.person.software, m.person.fileShares, m.person.fachverfahren]).toEqual([[], [], []]);
  });

  it('puts several persons on a shared workstation', async () => {
    const ws = await aWorkstation().at(location).create(api);
    const other = await aPerson().at(location).create(api);
    await api.gql(`mutation { assignWorkstationPerson(workstationId: "${ws.id}", personId: "${person.id}") { id } }`);
    const res = await api.gql<{ assignWorkstationPerson: { persons: { id: string }[] } }>(
      `mutation { assignWorkstationPerson(workstationId: "${ws.id}", personId: "${other.id}") { persons { id } } }`,
    );
    expect(res.assignWorkstationPerson.persons.map((p) => p.id).sort()).toEqual([person.id, other.id].sort());
    const m = await api.gql<PersonMappings>(PERSON_MAPPINGS, { id: person.id });
    expect(m.person.workstations).toEqual([{ id: ws.id }]);
  });

  it('refuses to map a person to another Verwaltung’s printer, naming the field', async () => {
    const otherTenant = await aTenant().create(api);
    const otherLocation = await aLocation().of(otherTenant).create(api);
    const foreign = await aPrinter().at(otherLocation).create(api);
    const res = await api.request(
      `mutation { assignPrinter(personId: "${person.id}", printerId: "${foreign.id}") { id } }`,
    );
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(res.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'printerId' })]);
  });

  it('refuses a person at another Verwaltung’s location', async () => {
    const otherTenant = await aTenant().create(api);
    const otherLocation = await aLocation().of(otherTenant).create(api);
    const res = await api.request(`mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`, {
      input: { ...aPerson().at(location).build(), locationId: otherLocation.id },
    });
    expect(res.errors?.[0].extensions?.fields).toEqual([expect.objectContaining({ field: 'locationId' })]);
  });

  it('reports an unknown person as not found', async () => {
    const res = await api.request(
      `mutation { assignSoftware(personId: "00000000-0000-4000-8000-000000000000", softwareId: "00000000-0000-4000-8000-000000000001") { id } }`,
    );
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
