import type { Role } from '@schaltplan/domain';

/** The signed-in account of a request, resolved from its session cookie. */
export interface Principal {
  accountId: string;
  /** sha256 of the session token (the session's primary key). */
  sessionId: Buffer;
  role: Role;
  email: string;
  displayName: string;
  /** Tenants the account may see (empty for ADMIN, who sees all). */
  tenantIds: string[];
  /** Technicians only: the assigned locations. */
  locationIds: string[];
}
