import { loginAs } from './accounts';
import { asNew, type AuditCase } from './audit-cases';
import { aTenant } from './factories';
import type { Session, TestApp } from './test-app';

const ACCOUNT_FIELDS = 'id version';

async function newAccount(api: TestApp): Promise<{ id: string; version: number; token: string; tenantId: string }> {
  const tenant = await aTenant().create(api);
  const data = await api.gql<{
    createAccount: { account: { id: string; version: number }; setPassword: { token: string } };
  }>(
    `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { ${ACCOUNT_FIELDS} } setPassword { token } } }`,
    {
      input: {
        email: `audit-${tenant.id.slice(0, 8)}@test.example`,
        displayName: 'Audit Konto',
        role: 'VIEWER',
        tenantIds: [tenant.id],
      },
    },
  );
  return { ...data.createAccount.account, token: data.createAccount.setPassword.token, tenantId: tenant.id };
}

/** Account mutations: provider-level entries (no tenant), written in the owner transaction. */
export const ACCOUNT_CASES: Record<string, AuditCase> = {
  createAccount: {
    async prepare(api) {
      const tenant = await aTenant().create(api);
      return async () => {
        const input = {
          email: `neu-${tenant.id.slice(0, 8)}@test.example`,
          displayName: 'Neues Konto',
          role: 'COORDINATOR',
          tenantIds: [tenant.id],
        };
        const data = await api.gql<{ createAccount: { account: { id: string } } }>(
          `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }`,
          { input },
        );
        return {
          objectType: 'ACCOUNT',
          objectId: data.createAccount.account.id,
          action: 'CREATE',
          tenantId: null,
          changes: { ...asNew(input), active: [null, 'true'], locationIds: [null, '[]'] },
        };
      };
    },
  },
  updateAccount: {
    async prepare(api) {
      const account = await newAccount(api);
      return async () => {
        await api.gql(`mutation($input: UpdateAccountInput!) { updateAccount(input: $input) { id } }`, {
          input: { id: account.id, version: account.version, displayName: 'Umbenannt', active: false },
        });
        return {
          objectType: 'ACCOUNT',
          objectId: account.id,
          action: 'UPDATE',
          tenantId: null,
          changes: { displayName: ['Audit Konto', 'Umbenannt'], active: ['true', 'false'] },
        };
      };
    },
  },
  resetPassword: {
    async prepare(api) {
      const account = await newAccount(api);
      return async () => {
        await api.gql(`mutation($id: ID!) { resetPassword(id: $id) { token } }`, { id: account.id });
        return { objectType: 'ACCOUNT', objectId: account.id, action: 'PASSWORD_RESET', tenantId: null, changes: {} };
      };
    },
  },
  setPassword: {
    async prepare(api) {
      const account = await newAccount(api);
      return async () => {
        await api.gql(
          `mutation($t: String!, $p: String!) { setPassword(token: $t, password: $p) }`,
          { t: account.token, p: 'ein-langes-passwort-42' },
          { session: null },
        );
        return {
          objectType: 'ACCOUNT',
          objectId: account.id,
          action: 'PASSWORD_SET',
          tenantId: null,
          changes: {},
          accountId: account.id,
        };
      };
    },
  },
  changeOwnPassword: {
    async prepare(api) {
      const tenant = await aTenant().create(api);
      const session: Session = await loginAs(api, 'VIEWER', { tenantIds: [tenant.id] });
      return async () => {
        await api.gql(
          `mutation($c: String!, $n: String!) { changeOwnPassword(currentPassword: $c, newPassword: $n) }`,
          { c: session.password, n: 'ein-anderes-passwort-42' },
          { session },
        );
        return {
          objectType: 'ACCOUNT',
          objectId: session.accountId,
          action: 'PASSWORD_SET',
          tenantId: null,
          changes: {},
          accountId: session.accountId,
        };
      };
    },
  },
};
