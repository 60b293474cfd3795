import { ArgsType, Field, InputType, OmitType, PartialType, registerEnumType } from '@nestjs/graphql';
import { IsEmail, IsIn, IsOptional, MaxLength } from 'class-validator';
import { OptionalId, OptionalText, RequiredId, RequiredText, VersionField } from '../../common/input.decorators';
import { ListArgs } from '../../common/list.args';

@InputType()
export class CreatePersonInput {
  @RequiredId('The Verwaltung this person works for.')
  tenantId: string;

  @OptionalId()
  locationId?: string | null;

  @RequiredText(104, 'Windows account name (sAMAccountName).')
  accountName: string;

  @OptionalText()
  givenName?: string | null;

  @OptionalText()
  surname?: string | null;

  @RequiredText()
  displayName: string;

  @OptionalText(200, 'Fachbereich/Amt.')
  department?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email?: string | null;
}

@InputType()
export class UpdatePersonInput extends PartialType(OmitType(CreatePersonInput, ['tenantId'] as const), {
  // Omitted fields keep their value: create defaults must not reach updates.
  omitDefaultValues: true,
}) {
  @RequiredId()
  id: string;

  @VersionField()
  version: number;
}

export enum PersonSortField {
  DISPLAY_NAME = 'DISPLAY_NAME',
  ACCOUNT_NAME = 'ACCOUNT_NAME',
  DEPARTMENT = 'DEPARTMENT',
  SURNAME = 'SURNAME',
}
registerEnumType(PersonSortField, { name: 'PersonSortField' });

@ArgsType()
export class PersonListArgs extends ListArgs {
  @Field(() => String, { nullable: true, description: 'Only persons of this Fachbereich/Amt.' })
  @IsOptional()
  @MaxLength(200)
  department?: string;

  @Field(() => PersonSortField, { defaultValue: PersonSortField.DISPLAY_NAME })
  @IsIn(Object.values(PersonSortField))
  sortBy: PersonSortField = PersonSortField.DISPLAY_NAME;
}
