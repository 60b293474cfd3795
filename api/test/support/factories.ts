import type { Session, TestApp } from './test-app';

let seq = 0;
const next = (): number => ++seq;

export interface Created {
  id: string;
  version: number;
  tenantId?: string;
  [key: string]: unknown;
}

/**
 * Builder-style test data: `aPrinter().at(location).with({ room: '1.04' }).create(api)`.
 * Builders produce GraphQL create inputs, so every object goes through the real API.
 */
export class Builder<I extends Record<string, unknown>> {
  constructor(
    private readonly mutation: string,
    private readonly inputType: string,
    private input: I,
  ) {}

  with(values: Partial<I> & Record<string, unknown>): this {
    this.input = { ...this.input, ...values };
    return this;
  }

  /** Belongs to the tenant (for objects without a location). */
  of(tenant: { id: string }): this {
    return this.with({ tenantId: tenant.id } as unknown as Partial<I>);
  }

  /** Stands at the location (and so belongs to its tenant). */
  at(location: { id: string; tenantId?: string }): this {
    return this.with({ tenantId: location.tenantId, locationId: location.id } as unknown as Partial<I>);
  }

  build(): I {
    return { ...this.input };
  }

  /** Created as the test app's admin unless another session is given. */
  async create(api: TestApp, session?: Session): Promise<Created> {
    const data = await api.gql<Record<string, Created>>(
      `mutation($input: ${this.inputType}!) { ${this.mutation}(input: $input) { id version ${this.mutation === 'createTenant' ? '' : 'tenantId'} } }`,
      { input: this.build() },
      { session },
    );
    return data[this.mutation];
  }
}

const builder = <I extends Record<string, unknown>>(type: string, input: I): Builder<I> =>
  new Builder(`create${type}`, `Create${type}Input`, input);

export const aTenant = () => {
  const n = next();
  return builder('Tenant', {
    name: `Amt Testland ${n}`,
    kind: 'AMT',
    ags: String(10_000_000 + n * 7919).slice(0, 8),
    inhabitants: 12_000 + n,
    memberMunicipalities: ['Nordheim', 'Südheim'],
  });
};
export const aLocation = () => builder('Location', { name: `Rathaus ${next()}`, kind: 'RATHAUS', city: 'Testhausen' });
export const aPerson = () => {
  const n = next();
  return builder('Person', {
    accountName: `p.muster${n}`,
    givenName: 'Petra',
    surname: `Muster${n}`,
    displayName: `Petra Muster ${n}`,
    department: 'Bürgerservice',
    email: `p.muster${n}@testland.de`,
  });
};
export const aWorkstation = () => {
  const n = next();
  return builder('Workstation', {
    name: `AP-${n}`,
    room: 'EG 0.12',
    currentHostname: `PC${n}`,
    currentOs: 'Windows 10',
  });
};
export const aPrinter = () => builder('Printer', { name: `DR-${next()}`, kind: 'PRINTER', model: 'Kyocera ECOSYS' });
export const aSoftware = () => builder('Software', { product: `Fachsoftware ${next()}`, vendor: 'Muster GmbH' });
export const aFileShare = () => builder('FileShare', { uncPath: `\\\\fs01\\Ablage${next()}`, driveLetter: 'G' });
export const aFachverfahren = () =>
  builder('Fachverfahren', { name: `Verfahren ${next()}`, area: 'EINWOHNERMELDEWESEN', vendor: 'AKDB' });
