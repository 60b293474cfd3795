import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { LIMITS, PASSWORD_MAX_LENGTH, ROLES, type Role } from '@schaltplan/domain';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { RequiredId, RequiredText, VersionField } from '../../common/input.decorators';
import { RoleEnum } from '../account.model';

const MAX_LINKS = 500;

@InputType()
export class CreateAccountInput {
  @Field(() => String)
  @IsEmail()
  @MaxLength(254)
  email: string;

  @RequiredText()
  displayName: string;

  @Field(() => RoleEnum)
  @IsIn(ROLES)
  role: Role;

  @Field(() => [ID], {
    defaultValue: [],
    description: 'COORDINATOR/VIEWER: exactly one; PROJECT_MANAGER: the assigned tenants; others: none.',
  })
  @ArrayMaxSize(MAX_LINKS)
  @IsUUID('all', { each: true })
  tenantIds: string[] = [];

  @Field(() => [ID], { defaultValue: [], description: 'TECHNICIAN: the assigned locations; others: none.' })
  @ArrayMaxSize(MAX_LINKS)
  @IsUUID('all', { each: true })
  locationIds: string[] = [];
}

@InputType({ description: 'Absent fields keep their value; tenantIds/locationIds replace the whole set.' })
export class UpdateAccountInput {
  @RequiredId()
  id: string;

  @VersionField()
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  email?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(LIMITS.shortText)
  displayName?: string;

  @Field(() => RoleEnum, { nullable: true })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @Field(() => Boolean, { nullable: true, description: 'false ends all of the account’s sessions at once.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_LINKS)
  @IsUUID('all', { each: true })
  tenantIds?: string[];

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(MAX_LINKS)
  @IsUUID('all', { each: true })
  locationIds?: string[];
}

@ArgsType()
export class AccountListArgs {
  @Field(() => String, { nullable: true, description: 'Case-insensitive, in e-mail and name.' })
  @IsOptional()
  @MaxLength(LIMITS.searchMax)
  search?: string;

  @Field(() => RoleEnum, { nullable: true })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @Field(() => ID, { nullable: true, description: 'Only accounts working in this tenant.' })
  @IsOptional()
  @IsUUID()
  tenantId?: string;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  offset = 0;

  @Field(() => Int, { defaultValue: LIMITS.pageSizeDefault })
  @IsInt()
  @Min(1)
  @Max(LIMITS.pageSizeMax)
  limit: number = LIMITS.pageSizeDefault;
}

@ArgsType()
export class LoginArgs {
  @Field(() => String)
  @IsString()
  @MaxLength(254)
  email: string;

  // Length rules are not checked here: a short password simply fails like any wrong one.
  @Field(() => String)
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;
}

@ArgsType()
export class SetPasswordArgs {
  @Field(() => String)
  @IsString()
  @MaxLength(100)
  token: string;

  @Field(() => String, { description: 'At least 12 characters.' })
  @IsString()
  password: string;
}

@ArgsType()
export class ChangeOwnPasswordArgs {
  @Field(() => String)
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  currentPassword: string;

  @Field(() => String, { description: 'At least 12 characters.' })
  @IsString()
  newPassword: string;
}
