import { Inventory1764000000000 } from './1764000000000-inventory';
import { Accounts1764100000000 } from './1764100000000-accounts';
import { Audit1764200000000 } from './1764200000000-audit';
import { Imports1764300000000 } from './1764300000000-imports';
import { Plan1764400000000 } from './1764400000000-plan';
import { Cutover1764500000000 } from './1764500000000-cutover';
import { SessionEvents1764600000000 } from './1764600000000-session-events';
import { Privacy1764700000000 } from './1764700000000-privacy';
import { ImportChunkStorage1764800000000 } from './1764800000000-import-chunk-storage';

/** All migrations in order; the data source registers exactly these. */
export const MIGRATIONS = [
  Inventory1764000000000,
  Accounts1764100000000,
  Audit1764200000000,
  Imports1764300000000,
  Plan1764400000000,
  Cutover1764500000000,
  SessionEvents1764600000000,
  Privacy1764700000000,
  ImportChunkStorage1764800000000,
];
export { TENANT_TABLES, RUNTIME_ROLE } from './1764000000000-inventory';
export { ACCOUNT_TABLES } from './1764100000000-accounts';
export { AUDIT_TABLES } from './1764200000000-audit';
export { IMPORT_TABLES } from './1764300000000-imports';
export { PLAN_TABLES } from './1764400000000-plan';
export { CUTOVER_TABLES, CUTOVER_CHANNEL } from './1764500000000-cutover';
export { SESSION_CHANNEL, SESSION_CHANGED_ALL } from './1764600000000-session-events';
