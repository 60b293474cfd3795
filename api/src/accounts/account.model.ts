import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ROLES, type Role } from '@schaltplan/domain';

export const RoleEnum = Object.fromEntries(ROLES.map((r) => [r, r])) as Record<Role, Role>;
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'What an account may do: see docs/policy-table.md.',
});

@ObjectType({ description: 'An app login (not a migrated employee).' })
export class Account {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  email: string;

  @Field(() => String)
  displayName: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => Boolean, { description: 'Inactive accounts cannot sign in; deactivation ends their sessions.' })
  active: boolean;

  @Field(() => Boolean, { description: 'False until the account has set a password through its link.' })
  hasPassword: boolean;

  @Field(() => [ID], {
    description:
      'Tenants the account works in: the one tenant of a coordinator or viewer, the assigned tenants of a ' +
      'project manager, the tenants of a technician’s locations; empty for an admin (who sees all).',
  })
  tenantIds: string[];

  @Field(() => [ID], { description: 'Assigned locations (technicians only).' })
  locationIds: string[];

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastLoginAt: Date | null;

  @Field(() => Int, { description: 'Send it back with updates: a stale version is refused as a conflict.' })
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

@ObjectType({ description: 'A one-time set-password token; the UI turns it into a link for the admin to pass on.' })
export class SetPasswordToken {
  @Field(() => String)
  token: string;

  @Field(() => GraphQLISODateTime)
  expiresAt: Date;
}

@ObjectType()
export class CreateAccountResult {
  @Field(() => Account)
  account: Account;

  @Field(() => SetPasswordToken, { description: 'The new account sets its first password with it.' })
  setPassword: SetPasswordToken;
}
