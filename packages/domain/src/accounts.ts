/** Account roles (app logins, not the migrated employees). Order: most to least privileged. */
export const ROLES = ['ADMIN', 'PROJECT_MANAGER', 'COORDINATOR', 'TECHNICIAN', 'VIEWER'] as const;
export type Role = (typeof ROLES)[number];

/** Roles bound to exactly one tenant (Verwaltung). */
export const SINGLE_TENANT_ROLES: readonly Role[] = ['COORDINATOR', 'VIEWER'];

export const PASSWORD_MIN_LENGTH = 12;
/** argon2 hashes any length, but a bound stops multi-megabyte "passwords" from costing CPU. */
export const PASSWORD_MAX_LENGTH = 256;
