import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../../../migrations';
import { Blocker } from '../blockers/blocker.entity';
import { SnakeNamingStrategy } from '../common/naming.strategy';
import { Fachverfahren } from '../fachverfahren/fachverfahren.entity';
import { FileShare } from '../file-shares/file-share.entity';
import { Location } from '../locations/location.entity';
import { Person } from '../persons/person.entity';
import { Printer } from '../printers/printer.entity';
import { Software } from '../software/software.entity';
import { Tenant } from '../tenants/tenant.entity';
import { TestRun } from '../test-runs/test-run.entity';
import { Workstation } from '../workstations/workstation.entity';

export const ENTITIES = [
  Tenant,
  Location,
  Person,
  Workstation,
  Printer,
  Software,
  FileShare,
  Fachverfahren,
  TestRun,
  Blocker,
];

export interface DataSourceOptions {
  url: string;
  poolSize?: number;
}

/** The schema comes only from migrations: synchronize stays off. */
export function createDataSource({ url, poolSize = 10 }: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    logging: false,
    extra: { max: poolSize, application_name: 'schaltplan' },
  });
}

/** Runs pending migrations as the connecting (owner) user; returns the names applied. */
export async function migrate(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((m) => m.name);
}
