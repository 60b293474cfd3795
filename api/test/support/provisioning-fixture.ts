import {
  aFachverfahren,
  aFileShare,
  aLocation,
  aPerson,
  aPrinter,
  aSoftware,
  aTenant,
  type Created,
} from './factories';
import type { TestApp } from './test-app';

/**
 * A Verwaltung with a Rathaus and a Bauhof and six persons who all have the same mappings (a
 * queued default printer and one without queue, a mapped drive and one without target path,
 * software of every delivery, one Fachverfahren), in every confirmation state:
 * a.confirmed, e.bauhof and f.later confirmed; b.open open; c.changed changed since its
 * confirmation; d.rejected rejected. d and e stand at the Bauhof, the others at the Rathaus.
 */
export interface ProvisioningFixture {
  tenant: Created;
  rathaus: Created;
  bauhof: Created;
  people: Record<string, Created>;
  /** The drive \\fs01\Bauamt (S:, with target path). */
  mapped: Created;
  confirm: (...persons: Created[]) => Promise<unknown>;
}

export async function createProvisioningFixture(api: TestApp): Promise<ProvisioningFixture> {
  const assign = (mutation: string, args: Record<string, unknown>): Promise<unknown> => {
    const decl = Object.keys(args)
      .map((k) => `$${k}: ${typeof args[k] === 'boolean' ? 'Boolean' : k === 'access' ? 'ShareAccess' : 'ID!'}`)
      .join(', ');
    const pass = Object.keys(args)
      .map((k) => `${k}: $${k}`)
      .join(', ');
    return api.gql(`mutation(${decl}) { ${mutation}(${pass}) { id } }`, args);
  };
  const tenant = await aTenant().with({ name: 'Amt Bereitstellung' }).create(api);
  const confirm = (...persons: Created[]): Promise<unknown> =>
    api.gql(`mutation($t: ID!, $ids: [ID!]!) { confirmPersons(tenantId: $t, personIds: $ids) { confirmed } }`, {
      t: tenant.id,
      ids: persons.map((p) => p.id),
    });
  const rathaus = await aLocation().of(tenant).with({ name: 'Rathaus' }).create(api);
  const bauhof = await aLocation().of(tenant).with({ name: 'Bauhof' }).create(api);
  const queued = await aPrinter().at(rathaus).with({ name: 'RH-MFP', targetQueue: '\\\\print\\RH-MFP' }).create(api);
  const unqueued = await aPrinter().at(rathaus).with({ name: 'RH-ALT' }).create(api);
  const mapped = await aFileShare()
    .of(tenant)
    .with({ uncPath: '\\\\fs01\\Bauamt', driveLetter: 'S', targetPath: '\\\\cloud\\Bauamt' })
    .create(api);
  const unmapped = await aFileShare().of(tenant).with({ uncPath: '\\\\fs01\\Alt', driveLetter: 'G' }).create(api);
  const software = [
    await aSoftware().of(tenant).with({ product: 'Office', delivery: 'STANDARD_IMAGE' }).create(api),
    await aSoftware().of(tenant).with({ product: 'AutoCAD', delivery: 'PUBLISHED_APP' }).create(api),
    await aSoftware().of(tenant).with({ product: 'PDF24', delivery: 'REPLACED', replacedBy: 'Reader' }).create(api),
    await aSoftware().of(tenant).with({ product: 'VLC', delivery: 'NOT_PROVIDED' }).create(api),
    await aSoftware().of(tenant).with({ product: 'KeePass', delivery: 'OPEN' }).create(api),
  ];
  const fv = await aFachverfahren()
    .of(tenant)
    .with({ name: 'ProBauG', targetOperation: 'PROVIDER_DATACENTER' })
    .create(api);
  const people: Record<string, Created> = {};
  for (const [accountName, at] of [
    ['a.confirmed', rathaus],
    ['b.open', rathaus],
    ['c.changed', rathaus],
    ['d.rejected', bauhof],
    ['e.bauhof', bauhof],
    ['f.later', rathaus],
  ] as const) {
    const person = await aPerson().at(at).with({ accountName, department: 'Bauamt' }).create(api);
    await assign('assignPrinter', { personId: person.id, printerId: queued.id, isDefault: true });
    await assign('assignPrinter', { personId: person.id, printerId: unqueued.id, isDefault: false });
    await assign('assignFileShare', { personId: person.id, fileShareId: mapped.id, access: 'WRITE' });
    await assign('assignFileShare', { personId: person.id, fileShareId: unmapped.id, access: 'READ' });
    for (const s of software) await assign('assignSoftware', { personId: person.id, softwareId: s.id });
    await assign('assignFachverfahren', { personId: person.id, fachverfahrenId: fv.id });
    people[accountName] = person;
  }
  await confirm(people['a.confirmed'], people['c.changed'], people['e.bauhof'], people['f.later']);
  await api.gql(`mutation($p: ID!) { rejectPerson(personId: $p, comment: "Drucker fehlt") { state } }`, {
    p: people['d.rejected'].id,
  });
  // Changed after confirmation: a printer taken away.
  await api.gql(`mutation($p: ID!, $r: ID!) { unassignPrinter(personId: $p, printerId: $r) { id } }`, {
    p: people['c.changed'].id,
    r: unqueued.id,
  });
  return { tenant, rathaus, bauhof, people, mapped, confirm };
}
