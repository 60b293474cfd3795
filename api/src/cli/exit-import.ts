import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createDataSource, migrate } from '../database/data-source';
import { resolveDatabase } from '../database/embedded-postgres';
import { RequestContext } from '../database/request-context';
import { importExitArchive } from '../exit-archive/exit-archive-import';

/**
 * Creates a Verwaltung from an exit archive (docs/exit-archive.md), like POST /api/exit-archive:
 * one transaction as the runtime role with the provider scope, nothing written on any error.
 * Usage: exit-import <archive.zip>; DATABASE_URL, or the embedded database of `npm start` (stopped).
 */
async function main(): Promise<void> {
  const [file] = process.argv.slice(2);
  if (!file) {
    process.stderr.write('usage: npm run exit-import -w @schaltplan/api -- <Schaltplan-Exit-….zip>\n');
    process.exit(2);
  }
  // npm run -w starts in api/: a relative path means the caller's folder.
  const bytes = await readFile(resolve(process.env.INIT_CWD ?? process.cwd(), file));
  const database = await resolveDatabase({ log: (msg) => process.stderr.write(`${msg}\n`) });
  const dataSource = createDataSource({ url: database.url, poolSize: 1 });
  try {
    await dataSource.initialize();
    await migrate(dataSource);
    const ctx = new RequestContext(dataSource, { kind: 'all' });
    try {
      const imported = await RequestContext.run(ctx, () =>
        importExitArchive(bytes, { accountId: null, accountName: 'exit-import (CLI)' }),
      );
      await ctx.finish();
      const rows = Object.values(imported.rows).reduce((a, b) => a + b, 0);
      process.stdout.write(
        `Verwaltung "${imported.name}" (AGS ${imported.ags}, id ${imported.tenantId}) ` + `imported: ${rows} rows.\n`,
      );
    } catch (error) {
      ctx.failed = true;
      await ctx.finish().catch(() => undefined);
      throw error;
    }
  } finally {
    if (dataSource.isInitialized) await dataSource.destroy();
    await database.stop();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
