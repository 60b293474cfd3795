import { Injectable } from '@nestjs/common';
import { SINGLE_TENANT_ROLES, type Role } from '@schaltplan/domain';
import { DataSource } from 'typeorm';
import { auditAccount } from '../audit/account-audit';
import { ownerTransaction, type OwnerQuery } from '../auth/owner-db';
import type { Principal } from '../auth/principal';
import { SessionStore } from '../auth/session.store';
import { mapDbError } from '../common/db-errors';
import { invalidInput, notFound, staleVersion } from '../common/errors';
import type { Page } from '../common/page';
import { Account, CreateAccountResult, type SetPasswordToken } from './account.model';
import type { AccountListArgs, CreateAccountInput, UpdateAccountInput } from './dto/account.inputs';
import { PasswordTokens } from './password-tokens';

interface AccountRow {
  id: string;
  email: string;
  display_name: string;
  role: Role;
  active: boolean;
  has_password: boolean;
  tenant_ids: string[];
  location_ids: string[];
  last_login_at: Date | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  total?: number;
}

const SELECT = `
  SELECT a.id, a.email, a.display_name, a.role, a.active, a.password_hash IS NOT NULL AS has_password,
    a.last_login_at, a.version, a.created_at, a.updated_at,
    CASE WHEN a.tenant_id IS NOT NULL THEN ARRAY[a.tenant_id]
         WHEN a.role = 'TECHNICIAN' THEN
           ARRAY(SELECT DISTINCT tenant_id FROM account_location WHERE account_id = a.id ORDER BY 1)
         ELSE ARRAY(SELECT tenant_id FROM account_tenant WHERE account_id = a.id ORDER BY 1) END AS tenant_ids,
    ARRAY(SELECT location_id FROM account_location WHERE account_id = a.id ORDER BY 1) AS location_ids
  FROM account a`;

const toAccount = (r: AccountRow): Account => ({
  id: r.id,
  email: r.email,
  displayName: r.display_name,
  role: r.role,
  active: r.active,
  hasPassword: r.has_password,
  tenantIds: r.tenant_ids,
  locationIds: r.location_ids,
  lastLoginAt: r.last_login_at,
  version: r.version,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

interface Links {
  role: Role;
  tenantIds: string[];
  locationIds: string[];
}

/** Account administration (admins only, enforced by the policy guard), as the owner. */
@Injectable()
export class AccountsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionStore,
    private readonly tokens: PasswordTokens,
  ) {}

  async list(args: AccountListArgs): Promise<Page<Account>> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (args.search?.trim()) {
      params.push(`%${args.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
      where.push(`(a.email ILIKE $${params.length} OR a.display_name ILIKE $${params.length})`);
    }
    if (args.role) {
      params.push(args.role);
      where.push(`a.role = $${params.length}`);
    }
    if (args.tenantId) {
      params.push(args.tenantId);
      const p = `$${params.length}`;
      where.push(`(a.tenant_id = ${p} OR EXISTS (SELECT 1 FROM account_tenant x WHERE x.account_id = a.id AND x.tenant_id = ${p})
        OR EXISTS (SELECT 1 FROM account_location x WHERE x.account_id = a.id AND x.tenant_id = ${p}))`);
    }
    params.push(args.limit, args.offset);
    const rows = await this.dataSource.query<AccountRow[]>(
      `${SELECT.replace('FROM account a', ', count(*) OVER ()::int AS total FROM account a')}
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY lower(a.display_name), a.id LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    );
    return { items: rows.map(toAccount), totalCount: rows[0]?.total ?? 0 };
  }

  async get(id: string): Promise<Account> {
    const [row] = await this.dataSource.query<AccountRow[]>(`${SELECT} WHERE a.id = $1`, [id]);
    if (!row) throw notFound('Account', id);
    return toAccount(row);
  }

  async create(input: CreateAccountInput): Promise<CreateAccountResult> {
    const links: Links = { role: input.role, tenantIds: input.tenantIds, locationIds: input.locationIds };
    return ownerTransaction(this.dataSource, async (query) => {
      checkLinks(links);
      const [{ id }] = await this.write(() =>
        query<{ id: string }>(
          `INSERT INTO account (email, display_name, role, tenant_id) VALUES ($1, $2, $3, $4) RETURNING id`,
          [input.email.trim(), input.displayName.trim(), input.role, singleTenant(links)],
        ),
      );
      await this.replaceLinks(query, id, links);
      const setPassword: SetPasswordToken = await this.tokens.issue(query, id);
      const [row] = await query<AccountRow>(`${SELECT} WHERE a.id = $1`, [id]);
      await auditAccount(query, 'CREATE', null, toAccount(row));
      return { account: toAccount(row), setPassword };
    });
  }

  async update(input: UpdateAccountInput, actor: Principal): Promise<Account> {
    if (input.id === actor.accountId && (input.active === false || (input.role && input.role !== actor.role))) {
      throw invalidInput([{ field: 'active', message: 'you cannot deactivate or demote your own account' }]);
    }
    const account = await ownerTransaction(this.dataSource, async (query) => {
      const [current] = await query<AccountRow>(`${SELECT} WHERE a.id = $1 FOR UPDATE OF a`, [input.id]);
      if (!current) throw notFound('Account', input.id);
      if (current.version !== input.version) {
        throw staleVersion('Account', input.id, input.version, current.version);
      }
      const linksChange = input.role !== undefined || input.tenantIds !== undefined || input.locationIds !== undefined;
      const role = input.role ?? current.role;
      const roleChanged = role !== current.role;
      // A role change drops links that do not fit the new role unless new ones are sent; a
      // technician's tenants are derived from the locations, never stored.
      const links: Links = {
        role,
        tenantIds: input.tenantIds ?? (roleChanged || role === 'TECHNICIAN' ? [] : current.tenant_ids),
        locationIds: input.locationIds ?? (roleChanged ? [] : current.location_ids),
      };
      if (linksChange) checkLinks(links);
      await this.write(() =>
        query(
          `UPDATE account SET email = coalesce($2, email), display_name = coalesce($3, display_name),
             role = $4, active = coalesce($5, active), tenant_id = $6, version = version + 1
           WHERE id = $1`,
          [
            input.id,
            input.email?.trim() ?? null,
            input.displayName?.trim() || null,
            role,
            input.active ?? null,
            singleTenant(links),
          ],
        ),
      );
      if (linksChange) await this.replaceLinks(query, input.id, links);
      // Deactivation takes effect on the very next request: the sessions are gone.
      if (input.active === false) await this.sessions.endAllOf(query, input.id);
      const [row] = await query<AccountRow>(`${SELECT} WHERE a.id = $1`, [input.id]);
      await auditAccount(query, 'UPDATE', toAccount(current), toAccount(row));
      return toAccount(row);
    });
    // After the commit: this process's next request of the account reads the new state.
    this.sessions.forgetAccount(input.id);
    return account;
  }

  /** Clears the password, ends the sessions and issues a one-time set-password token. */
  async resetPassword(accountId: string): Promise<SetPasswordToken> {
    const token = await ownerTransaction(this.dataSource, async (query) => {
      const updated = await query(`UPDATE account SET password_hash = NULL WHERE id = $1 RETURNING id`, [accountId]);
      if (updated.length === 0) throw notFound('Account', accountId);
      await this.sessions.endAllOf(query, accountId);
      await auditAccount(query, 'PASSWORD_RESET', null, null, { accountId });
      return this.tokens.issue(query, accountId);
    });
    this.sessions.forgetAccount(accountId);
    return token;
  }

  private async write<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw mapDbError(error, 'Account');
    }
  }

  private async replaceLinks(query: OwnerQuery, accountId: string, links: Links): Promise<void> {
    await query(`DELETE FROM account_tenant WHERE account_id = $1`, [accountId]);
    await query(`DELETE FROM account_location WHERE account_id = $1`, [accountId]);
    if (links.role === 'PROJECT_MANAGER' && links.tenantIds.length) {
      await this.write(() =>
        query(`INSERT INTO account_tenant (account_id, tenant_id) SELECT $1, unnest($2::uuid[])`, [
          accountId,
          [...new Set(links.tenantIds)],
        ]),
      );
    }
    if (links.role === 'TECHNICIAN' && links.locationIds.length) {
      const ids = [...new Set(links.locationIds)];
      const inserted = await query(
        `INSERT INTO account_location (account_id, tenant_id, location_id)
         SELECT $1, l.tenant_id, l.id FROM location l WHERE l.id = ANY($2::uuid[]) RETURNING location_id`,
        [accountId, ids],
      );
      if (inserted.length !== ids.length) {
        throw invalidInput([{ field: 'locationIds', message: 'contains a location that does not exist' }]);
      }
    }
  }
}

function singleTenant(links: Links): string | null {
  return SINGLE_TENANT_ROLES.includes(links.role) ? links.tenantIds[0] : null;
}

/** The tenant/location links each role needs (the table's CHECK backs the single-tenant rule). */
function checkLinks({ role, tenantIds, locationIds }: Links): void {
  if (SINGLE_TENANT_ROLES.includes(role) && tenantIds.length !== 1) {
    throw invalidInput([{ field: 'tenantIds', message: `a ${role} account belongs to exactly one tenant` }]);
  }
  if (!SINGLE_TENANT_ROLES.includes(role) && role !== 'PROJECT_MANAGER' && tenantIds.length > 0) {
    throw invalidInput([{ field: 'tenantIds', message: `a ${role} account has no tenant links` }]);
  }
  if (role !== 'TECHNICIAN' && locationIds.length > 0) {
    throw invalidInput([{ field: 'locationIds', message: 'only technicians are assigned locations' }]);
  }
}
