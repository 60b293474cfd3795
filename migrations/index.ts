import { Inventory1764000000000 } from './1764000000000-inventory';

/** All migrations in order; the data source registers exactly these. */
export const MIGRATIONS = [Inventory1764000000000];
export { TENANT_TABLES, RUNTIME_ROLE } from './1764000000000-inventory';
