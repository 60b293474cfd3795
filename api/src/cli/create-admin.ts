import 'reflect-metadata';
import { ownerTransaction } from '../auth/owner-db';
import { PasswordTokens } from '../accounts/password-tokens';
import { createDataSource, migrate } from '../database/data-source';

/**
 * Creates an ADMIN account and prints its one-time set-password token — the way to the first
 * account on a database without demo data. Usage: create-admin <e-mail> [display name]
 */
async function main(): Promise<void> {
  const [email, displayName = 'Administration'] = process.argv.slice(2);
  const url = process.env.DATABASE_URL;
  if (!email || !url) {
    process.stderr.write('usage: DATABASE_URL=postgres://… node dist/api/src/cli/create-admin.js <e-mail> [name]\n');
    process.exit(2);
  }
  const dataSource = createDataSource({ url, poolSize: 1 });
  await dataSource.initialize();
  try {
    await migrate(dataSource);
    const { token, expiresAt } = await ownerTransaction(dataSource, async (query) => {
      const [{ id }] = await query<{ id: string }>(
        `INSERT INTO account (email, display_name, role) VALUES ($1, $2, 'ADMIN') RETURNING id`,
        [email, displayName],
      );
      return new PasswordTokens().issue(query, id);
    });
    process.stdout.write(
      `Admin ${email} created. Set its password within 72 h (until ${expiresAt.toISOString()}) with the ` +
        `set-password page and this token:\n${token}\n`,
    );
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
