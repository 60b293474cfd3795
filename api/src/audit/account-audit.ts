import { currentActor, diff, writeAudit, type AuditAction, type AuditActor, type AuditQuery } from './audit-writer';

/** The account fields the trail records; never hashes, tokens or sign-in bookkeeping. */
interface AuditedAccount {
  id: string;
  email: string;
  displayName: string;
  role: string;
  active: boolean;
  tenantIds: string[];
  locationIds: string[];
}

const audited = (a: AuditedAccount | null): AuditedAccount | null =>
  a && {
    id: a.id,
    email: a.email,
    displayName: a.displayName,
    role: a.role,
    active: a.active,
    tenantIds: a.tenantIds,
    locationIds: a.locationIds,
  };

/**
 * Audits an account change inside the owner transaction that makes it (accounts are
 * provider-level: no tenant). Password actions record the fact, not the secret.
 */
export async function auditAccount(
  query: AuditQuery,
  action: AuditAction,
  before: AuditedAccount | null,
  after: AuditedAccount | null,
  options: { accountId?: string; actor?: AuditActor } = {},
): Promise<void> {
  const subject = after ?? before;
  const objectId = subject?.id ?? options.accountId;
  if (!objectId) throw new Error('auditAccount needs the account');
  // PASSWORD_SET / PASSWORD_RESET: the action is the change; the secret itself is never recorded.
  const changes = diff(audited(before), audited(after));
  await writeAudit(
    {
      tenantId: null,
      objectType: 'ACCOUNT',
      objectId,
      objectLabel: subject ? subject.displayName || subject.email : null,
      action,
      changes,
    },
    options.actor ?? currentActor(),
    query,
  );
}
